import Foundation
import Testing
import RepertoireModel
import RepertoireOfficial
@testable import RepertoireStore

/// Next year's tables drafted from the UN's records, held against a Repertoire document's own tables.
@Suite("Store: tables drafted from the UN's records")
struct DraftTablesTests {
    static let data = OfficialData.read([Fixture.samples.appendingPathComponent("unxml").path])

    /// 2020, item 35: the draft agrees with the development document's tables except at its known error, the row
    /// S/PV.8748, which lists S/RES/2532(2020) where the UN records S/RES/2535(2020) (2532 was adopted by written
    /// procedure on 1 July).
    @Test func item35AgreesButForItsKnownError() throws {
        let items = DraftTables.draft(Self.data, year: 2020)
        let item = try #require(items.first { $0.agendaItem == "Maintenance of international peace and security" })
        #expect(item.meetings.map { "\($0.record?.compact ?? "") \($0.decision.compact) \($0.vote.text)" }
                == ["S/PV.8748 S/RES/2535(2020) 15-0-0", "S/PV.8763 S/RES/2546(2020) 15-0-0"])
        #expect(item.writtenProcedures.map(\.decision.compact) == ["S/RES/2532(2020)", "S/RES/2553(2020)"])
        #expect(item.writtenProcedures.first?.record?.compact == "S/2020/632")
        #expect(item.meetings.first?.sponsors.count == 84)

        let matched = try #require(try Fixture.store.agendaItem(titled: item.agendaItem))
        #expect(matched.number == 35)
        let tables = try Fixture.store.tableDecisions(item: 35)
        let differences = DraftTables.disagreements(item, table1: tables.table1, table2: tables.table2)
        #expect(differences.map(\.record) == ["S/PV.8748"])
        #expect(differences.first?.message.contains("lists S/RES/2532(2020)") == true)
        #expect(differences.first?.message.contains("S/RES/2535(2020) adopted at S/PV.8748") == true)
        // Every other item of the year is drafted too, each in its own section.
        #expect(items.count > 15)
        #expect(items.reduce(0) { $0 + $1.meetings.count + $1.writtenProcedures.count } == Self.data.votes.values.filter { $0.date?.year == 2020 }.count)
    }

    /// 2023: each draft the Council voted on and did not adopt is in Table 1 at its meeting, under the item its text
    /// names, with its vote and, for a veto, who cast it; the comparison with a document's tables leaves it out.
    @Test func draftsNotAdoptedGoToTheirMeetings() throws {
        let data = OfficialData.read([Fixture.root.appendingPathComponent("Data/un-data").path])
        let items = DraftTables.draft(data, year: 2023)
        let rows = items.flatMap(\.meetings).filter { $0.notAdopted != nil }
        #expect(rows.count == data.drafts.filter { $0.steps.contains { $0.date?.year == 2023 } }.count)
        #expect(rows.count >= 10 && rows.allSatisfy { $0.record != nil && $0.date?.year == 2023 && $0.draft == $0.decision })
        let failed = try #require(rows.first { $0.decision.compact == "S/2023/212" })
        #expect(failed.record?.compact == "S/PV.9295" && failed.vote.text == "3-0-12" && failed.notAdopted == .notAdopted)
        #expect(failed.sponsors.count == 8)
        let vetoed = rows.filter { if case .vetoed = $0.notAdopted { return true } else { return false } }
        #expect(!vetoed.isEmpty)
        let item = try #require(items.first { $0.meetings.contains { $0.decision == failed.decision } })
        #expect(item.agendaItem != DraftTables.notAdoptedItem)
        #expect(DraftTables.disagreements(item, table1: [:], table2: []).allSatisfy { !$0.message.contains("S/2023/212") })
    }

    /// Each kind of disagreement, one at a time, against tables that otherwise agree.
    @Test(arguments: [
        // (Table 1 as stored, Table 2 as stored, the records named)
        (["S/PV.1": ["S/RES/1(2020)"]], ["S/RES/2(2020)"], [String]()),                      // all agree
        (["S/PV.1": ["S/RES/1(2020)", "S/PRST/2020/9"]], ["S/RES/2(2020)"], []),              // a statement is not compared
        (["S/PV.1": ["S/RES/9(2020)"]], ["S/RES/2(2020)"], ["S/PV.1"]),                      // a row lists another decision
        ([String: [String]](), ["S/RES/2(2020)"], ["S/PV.1"]),                               // no row for a meeting
        (["S/PV.1": ["S/RES/1(2020)"]], [], ["S/RES/2(2020)"]),                              // a written procedure missing
        (["S/PV.1": ["S/RES/1(2020)"]], ["S/RES/2(2020)", "S/RES/1(2020)"], ["S/RES/1(2020)"]),  // Table 2 lists a meeting's decision
    ])
    func oneDisagreementAtATime(_ table1: [String: [String]], _ table2: [String], _ expected: [String]) throws {
        func row(_ record: String, _ decision: String) -> DraftedRow {
            DraftedRow(record: DocumentSymbol(record), date: RepertoireDate(year: 2020, month: 1, day: 2), draft: nil, sponsors: [],
                       decision: DocumentSymbol(decision)!, vote: Vote(for: 15, against: 0, abstaining: 0), method: .vote, chapterVII: false)
        }
        var item = DraftedItem(agendaItem: "Test")
        item.meetings = [row("S/PV.1", "S/RES/1(2020)")]
        item.writtenProcedures = [row("S/2020/5", "S/RES/2(2020)")]
        #expect(DraftTables.disagreements(item, table1: table1, table2: Set(table2)).map(\.record) == expected)
    }
}
