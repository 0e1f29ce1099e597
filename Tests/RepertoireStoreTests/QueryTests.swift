import Foundation
import GRDB
import Testing
import RepertoireModel
import RepertoireParsing
@testable import RepertoireStore

/// The database answers as the facts JSON does, for the development document.
@Suite("Store: queries against the facts")
struct QueryTests {
    static let facts = try! Extractor().extract([UInt8](FileManager.default.contents(atPath: Fixture.sample.path)!), file: "sample").facts

    @Test func meetingsAreTheFacts() throws {
        let rows = try Fixture.store.query(PracticeQuery(.meetings))
        let expected = Self.facts.meetings.sorted { ($0.date?.iso ?? "", $0.record.compact) < ($1.date?.iso ?? "", $1.record.compact) }
        #expect(rows.column("record").compactMap(\.string) == expected.map(\.record.compact))
        #expect(rows.column("date").map(\.description) == expected.map { $0.date?.iso ?? "" })
        #expect(rows.column("rule37_count").map(\.int) == expected.map(\.rule37Count))
        // Lists are arrays: the speakers as the table lists them, the decisions in their order.
        #expect(rows.column("speakers").map { ColumnType.elements($0.string ?? "").map(\.description) } == expected.map(\.speakers))
        #expect(rows.column("decisions").map { Rows.words($0, column: "decisions") } == expected.map { $0.decisions.map(\.symbol.compact).joined(separator: " ") })
    }

    @Test func videoconferencesAreTheFacts() throws {
        let rows = try Fixture.store.query(PracticeQuery(.videoconferences))
        #expect(rows.rows.count == Self.facts.videoconferences.count)
        #expect(rows.column("date").map(\.description).sorted() == Self.facts.videoconferences.map { $0.date?.iso ?? "" }.sorted())
        let item35 = try Fixture.store.query(PracticeQuery(.videoconferences, item: 35))
        #expect(item35.rows.count == Self.facts.videoconferences.filter { $0.agendaItem == 35 }.count)
    }

    @Test func decisionsAreTheFactsWithTheOfficialVote() throws {
        var repertoire = PracticeQuery(.decisions)
        repertoire.source = "repertoire"
        let rows = try Fixture.store.query(repertoire)
        #expect(Set(rows.column("symbol").compactMap(\.string)) == Set(Self.facts.decisions.map(\.symbol.compact)))
        for decision in Self.facts.decisions {
            let k = rows.column("symbol").firstIndex(of: .text(decision.symbol.compact))!
            #expect(rows.rows[k][rows.columns.firstIndex(of: "vote")!].string == decision.vote?.text)
        }
        var resolutionsQuery = PracticeQuery(.decisions, kind: "resolution")
        resolutionsQuery.source = "repertoire"
        let resolutions = try Fixture.store.query(resolutionsQuery)
        #expect(resolutions.rows.count == Self.facts.decisions.filter { $0.kind == .resolution }.count)
        // Every resolution has its official tally beside it.
        #expect(resolutions.column("official_vote").allSatisfy { $0 != .null })
    }

    @Test func dateFiltersAreInclusive() throws {
        let all = try Fixture.store.query(PracticeQuery(.meetings))
        let first = try #require(all.column("date").first?.string)
        let parts = first.split(separator: "-").map { Int($0)! }
        let day = RepertoireDate(year: parts[0], month: parts[1], day: parts[2])!
        #expect(try Fixture.store.query(PracticeQuery(.meetings, from: day, to: day)).rows.count >= 1)
        #expect(try Fixture.store.query(PracticeQuery(.meetings, to: day)).rows.count < all.rows.count)
    }

    /// A list cut inside its query (read along the index of its order, stopped at the page's end) gives the rows of
    /// the whole list cut after.
    @Test(arguments: [PracticeQuery.Subject.meetings, .videoconferences, .events, .symbols])
    func aPageIsItsSliceOfTheWholeList(subject: PracticeQuery.Subject) throws {
        for language in [nil, "zh", "en"] as [String?] {
            var whole = PracticeQuery(subject)
            whole.language = language
            let all = try Fixture.store.query(whole)
            try #require(all.rows.count >= 3)
            var page = whole
            page.limit = min(5, all.rows.count - 2); page.offset = 1
            #expect(try Fixture.store.query(page).rows == Array(all.rows[1..<(1 + page.limit!)]), "\(subject) \(language ?? "-")")
        }
    }

    /// A meeting's and a state's page ask for one row past their limit in their long sections, the rest whole.
    @Test func longSectionsStopPastTheLimit() throws {
        let record = try #require(DocumentSymbol("S/PV.8699"))
        let full = try #require(try Fixture.store.meeting(record)), cut = try #require(try Fixture.store.meeting(record, limit: 0))
        for (a, b) in zip(full, cut) {
            if ["placed", "findings"].contains(a.section) { #expect(b.rows.rows == Array(a.rows.rows.prefix(1)), "\(a.section)") }
            else { #expect(b.rows == a.rows, "\(a.section)") }
        }
        #expect(full.first { $0.section == "placed" }!.rows.rows.count > 1)
        let code = try #require(try Fixture.store.query(PracticeQuery(.states)).column("iso3").first?.string)
        let whole = try #require(try Fixture.store.state(code)), some = try #require(try Fixture.store.state(code, limit: 0))
        for (a, b) in zip(whole, some) where ["participation", "sponsored", "votes"].contains(a.section) {
            #expect(b.rows.rows == Array(a.rows.rows.prefix(1)), "\(a.section)")
        }
        // The summary read ready-made is the one counted live.
        #expect(whole[0].rows == (try Fixture.store.read { db in
            let (sql, arguments) = PracticeQuery(.states, state: code).sql(live: true)
            return try Rows.fetch(db, sql: sql, arguments: arguments)
        }))
    }

    /// Each language's events are its edition's; with no language, the practice's own document's.
    @Test func eventsAreThoseOfTheEditionInTheLanguage() throws {
        for language in ["zh", "en"] {
            let text = [UInt8](FileManager.default.contents(atPath: Fixture.samples.appendingPathComponent("\(language)-2020-part1-items35-36.txt").path)!)
            let facts = try Extractor().extract(text, file: "sample").facts
            var query = PracticeQuery(.events)
            query.language = language
            let rows = try Fixture.store.query(query)
            #expect(rows.column("initiative").compactMap(\.string).sorted() == facts.events.compactMap(\.initiative).sorted(), "\(language)")
        }
        #expect(try Fixture.store.query(PracticeQuery(.events)).rows.count == Self.facts.events.count)
    }

    /// The symbols' counts summed up at ingest are the citations'.
    @Test func symbolCountsAreTheCitations() throws {
        let rows = try Fixture.store.query(PracticeQuery(.symbols))
        let live = try Fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT symbol, count(*) AS n, count(DISTINCT document_id) AS d FROM citation GROUP BY symbol")
        }
        let counts = Dictionary(uniqueKeysWithValues: live.map { (($0["symbol"] as String), (Int64($0["n"] as Int), Int64($0["d"] as Int))) })
        for k in rows.rows.indices {
            let symbol = rows.rows[k][0].string ?? ""
            let (n, d) = counts[symbol] ?? (0, 0)
            #expect(rows.column("citations")[k] == .integer(n) && rows.column("documents")[k] == .integer(d), "\(symbol)")
        }
    }

    @Test func symbolsAreEverySymbolOfTheFacts() throws {
        let stored = Set(try Fixture.store.query(PracticeQuery(.symbols)).column("symbol").compactMap(\.string))
        #expect(Set(Self.facts.symbols.map(\.compact)).isSubset(of: stored))
    }

    @Test func statesCountTheirParticipation() throws {
        let rows = try Fixture.store.query(PracticeQuery(.states))
        let rule37 = rows.column("invited_rule37").compactMap(\.int).reduce(0, +)
        let resolvedRule37 = Self.facts.meetings.flatMap(\.rule37States).filter { Gazetteer.shared.resolve($0) != nil }.count
        #expect(rule37 == resolvedRule37)
        #expect(rule37 > 0)
        // The fifteen members of 2020 voted; those never invited are listed too.
        #expect(rows.column("voted").filter { ($0.int ?? 0) > 0 }.count == 15)
        let one = try #require(rows.column("iso3").first?.string)
        let only = try Fixture.store.query(PracticeQuery(.states, state: one.lowercased()))
        #expect(only.column("iso3") == [.text(one)])
    }

    @Test func showGathersEverythingAboutASymbol() throws {
        let sections = Dictionary(uniqueKeysWithValues: try Fixture.store.show(DocumentSymbol("S/RES/2532(2020)")!).map { ($0.section, $0.rows) })
        #expect(sections["symbol"]?.rows.count == 1)
        #expect(sections["citations"]!.column("context").contains(.text("text")))
        #expect(sections["decisions"]?.rows.count == 1)
        #expect(sections["official_record"]?.rows.count == 1)
        #expect(sections["member_votes"]?.rows.count == 15)
        #expect(sections["official_texts"]!.column("language").compactMap(\.string).sorted() == ["en", "zh"])
        // The sample's table lists 2532 at the wrong meeting: the decision-conflict finding names it.
        #expect(sections["findings"]!.column("kind").contains(.text("decision-conflict")))
    }

    @Test func formats() {
        let rows = Rows(columns: ["a", "b"], rows: [[.text("x,y"), .integer(1)], [.text("say \"hi\"\nthere"), .null]])
        #expect(CSV.render(rows) == "a,b\r\n\"x,y\",1\r\n\"say \"\"hi\"\"\nthere\",\r\n")
        #expect(rows.jsonString == #"[{"a": "x,y", "b": 1}, {"a": "say \"hi\"\nthere", "b": null}]"#)
        let wide = Rows(columns: ["title"], rows: [[.text(String(repeating: "安全理事会", count: 20))]])
        let table = TextTable.render(wide, width: 40)
        #expect(table.split(separator: "\n").allSatisfy { TextTable.displayWidth(String($0)) <= 40 })
        #expect(table.contains("…"))
    }

    /// At 100 columns the decisions table shows every symbol, record, date and vote whole; other columns give way.
    @Test func keysKeepTheirWidth() throws {
        let rows = try Fixture.store.query(PracticeQuery(.decisions))
        let table = TextTable.render(rows, width: 100)
        #expect(table.split(separator: "\n").allSatisfy { TextTable.displayWidth(String($0)) <= 100 })
        for symbol in rows.column("symbol") + rows.column("record") + rows.column("date") { #expect(table.contains(symbol.description)) }
        #expect(table.contains("S/RES/2532(2020)") && table.contains("15-0-0"))
    }

    /// The `states` list with no filter is read from what the last ingest summed up: the same rows as summing now.
    @Test func statesFromTheSummaryAreTheLiveSums() throws {
        let summed = try Fixture.store.query(PracticeQuery(.states))
        let (sql, arguments) = PracticeQuery(.states).sql(live: true)
        let live = try Fixture.store.read { db in try Rows.fetch(db, sql: sql, arguments: arguments) }
        #expect(summed.rows.count > 50)
        #expect(summed == live)
    }

    /// An item's page asks for a few rows a section (and one more, to tell there are more); `found` counts them all.
    @Test func anItemsLongSectionsAreCutAndCounted() throws {
        let sections = try #require(try Fixture.store.item(35, limit: 1))
        let byName = Dictionary(uniqueKeysWithValues: sections.map { ($0.section, $0.rows) })
        #expect(byName["meetings"]?.rows.count == 2)
        #expect(byName["found"]?.column("meetings").first?.int == 3)
        #expect(byName["found"]?.column("videoconferences").first?.int == Self.facts.videoconferences.filter { $0.agendaItem == 35 }.count)
        let all = try #require(try Fixture.store.item(35))
        #expect(all.first { $0.section == "meetings" }?.rows.rows.count == 3)
    }
}

/// An array column read on its bytes gives what Foundation's JSON parser gives; what it does not read (escapes,
/// fractions, nesting) goes to that parser.
@Suite("Store: array columns")
struct ArrayColumnTests {
    @Test(arguments: [
        (#"["S/PV.8699(Resumption1)", "S/PV.8699(Resumption2)"]"#, true),
        (#"[1487, 1488, -3]"#, true),
        (#"[]"#, true),
        (#" [ "安理会全体成员" ,"92 个会员国", null ] "#, true),
        (#"["a \"quoted\" name"]"#, false),           // an escape
        (#"["tab\tinside"]"#, false),
        (#"[1.5, 2]"#, false),                        // a fraction
        (#"[[1], 2]"#, false),                        // nesting
        (#"[1, 2"#, false),                           // cut short: neither reads it
        (#"["a"] x"#, false),                         // something after
        (#"[99999999999999999999]"#, false),          // past Int64
    ])
    func readAsFoundationReadsIt(text: String, fast: Bool) {
        #expect((ColumnType.flatArray(text) != nil) == fast)
        #expect(ColumnType.elements(text) == ColumnType.parsedArray(text))
    }
}
