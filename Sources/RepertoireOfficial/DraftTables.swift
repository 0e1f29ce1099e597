import RepertoireModel

/// The decisions part of next year's Repertoire tables, drafted from the UN's records of a year: for each agenda
/// item the records name, the decisions taken at meetings (Table 1: the meeting's record and date, the draft with
/// its sponsors, the decision and its vote) and those taken by written procedure (Table 2, with the letter giving
/// the outcome). An editor checks the draft against the meetings' records; nothing is invented where the data is
/// silent.
public struct DraftedItem: Sendable {
    /// The agenda item as the UN's data names it (`Maintenance of international peace and security`).
    public let agendaItem: String
    /// Table 1: decisions taken at meetings, by date and symbol.
    public var meetings: [DraftedRow] = []
    /// Table 2: decisions taken by written procedure, by date and symbol.
    public var writtenProcedures: [DraftedRow] = []

    public init(agendaItem: String) { self.agendaItem = agendaItem }
}

/// One decision of a drafted table.
public struct DraftedRow: Sendable {
    /// The meeting's record (Table 1) or the letter giving the outcome of a written procedure (Table 2).
    public let record: DocumentSymbol?
    public let date: RepertoireDate?
    public let draft: DocumentSymbol?
    public let sponsors: [Member]
    public let decision: DocumentSymbol
    public let vote: Vote
    public let method: VoteRecord.Method
    public let chapterVII: Bool
    /// A draft put to the vote and not adopted (`decision` is then the draft): for want of votes, or vetoed.
    public var notAdopted: OfficialText.RecordedOutcome? = nil

    public init(record: DocumentSymbol?, date: RepertoireDate?, draft: DocumentSymbol?, sponsors: [Member], decision: DocumentSymbol,
                vote: Vote, method: VoteRecord.Method, chapterVII: Bool) {
        (self.record, self.date, self.draft, self.sponsors, self.decision) = (record, date, draft, sponsors, decision)
        (self.vote, self.method, self.chapterVII) = (vote, method, chapterVII)
    }
}

public enum DraftTables {
    /// The items of `year`, in the order of their first decision, each with its tables.
    public static func draft(_ data: OfficialData, year: Int) -> [DraftedItem] {
        var items: [String: DraftedItem] = [:], order: [String] = []
        let records = data.votes.values.filter { $0.date?.year == year }
            .sorted { ($0.date?.iso ?? "", $0.symbol.compact) < ($1.date?.iso ?? "", $1.symbol.compact) }
        for record in records {
            let name = record.agendaItemName.trimmingSpaces
            if items[name] == nil { items[name] = DraftedItem(agendaItem: name); order.append(name) }
            let written = record.venue == .writtenProcedure
            // The vote extract's sponsors, else those of the decision's texts (the English first).
            let texts = (data.texts[record.symbol] ?? []).sorted { ($0.language == "en" ? "" : $0.language) < ($1.language == "en" ? "" : $1.language) }
            let sponsors = record.sponsors.isEmpty ? (texts.first { !$0.sponsors.isEmpty }?.sponsors ?? []) : record.sponsors
            let row = DraftedRow(record: written ? record.outcomeLetter : record.meeting, date: record.date, draft: record.draft,
                                 sponsors: sponsors, decision: record.symbol, vote: record.counts, method: record.method,
                                 chapterVII: record.chapterVII)
            if written { items[name]?.writtenProcedures.append(row) } else { items[name]?.meetings.append(row) }
        }
        // The drafts put to the vote that year and not adopted, in Table 1 at their meeting: the item their text's
        // keywords name, else the item of a decision taken at the same meeting, else a section of their own.
        let itemOfMeeting = Dictionary(records.compactMap { r in r.meeting.map { ($0.compact, r.agendaItemName.trimmingSpaces) } }, uniquingKeysWith: { a, _ in a })
        for draft in data.drafts {
            guard case let outcome? = draft.recordedOutcome, outcome != .adopted,
                  let vote = draft.steps.last(where: { $0.outcome == "notAdopted" || $0.outcome == "veto" }) ?? draft.steps.last,
                  vote.date?.year == year else { continue }
            let name = draft.agendaItemName.flatMap { n in items.keys.first { $0.lowercased() == n.lowercased() } ?? n }
                ?? vote.record.flatMap { itemOfMeeting[$0.compact] } ?? notAdoptedItem
            if items[name] == nil { items[name] = DraftedItem(agendaItem: name); order.append(name) }
            var row = DraftedRow(record: vote.record, date: vote.date, draft: draft.symbol, sponsors: draft.sponsors, decision: draft.symbol,
                                 vote: draft.statedCounts ?? Vote(for: 0, against: 0, abstaining: 0), method: .vote, chapterVII: false)
            row.notAdopted = outcome
            items[name]?.meetings.append(row)
        }
        return order.compactMap { name in
            items[name].map { item in
                var item = item
                item.meetings.sort { ($0.date?.iso ?? "", $0.decision.compact) < ($1.date?.iso ?? "", $1.decision.compact) }
                return item
            }
        }
    }

    /// The section of drafts not adopted whose item neither their text nor their meeting gives.
    public static let notAdoptedItem = "Drafts not adopted (agenda item not recorded)"
}

extension DraftTables {
    /// Where the Repertoire's tables for the item (as stored) and the UN's records disagree: Table 1 by meeting
    /// record, each resolution the UN records at a meeting against the row of that record, and each resolution a
    /// row lists that the UN records elsewhere; Table 2 by resolution, taken by written procedure or not. The
    /// Repertoire's presidential statements have no vote record in the UN's data and are not compared. One message
    /// a record, in English.
    public static func disagreements(_ item: DraftedItem, table1: [String: [String]], table2: Set<String>) -> [(record: String, message: String)] {
        var out: [(String, String)] = []
        // Adopted decisions only: a draft not adopted is in the table's other documents, not its decisions.
        let byMeeting = Dictionary(grouping: item.meetings.filter { $0.record != nil && $0.notAdopted == nil }, by: { $0.record!.compact })
        let recorded = Dictionary(item.meetings.map { ($0.decision.compact, $0) } + item.writtenProcedures.map { ($0.decision.compact, $0) },
                                  uniquingKeysWith: { a, _ in a })
        func place(_ row: DraftedRow?) -> String {
            guard let row else { return "no record of it" }
            let when = row.date.map { " on \($0.iso)" } ?? ""
            if item.writtenProcedures.contains(where: { $0.decision == row.decision }) {
                return "by written procedure\(when)" + (row.record.map { " (\($0.compact))" } ?? "")
            }
            return "at \(row.record?.compact ?? "a meeting")\(when)"
        }
        for record in Set(byMeeting.keys).union(table1.keys).sorted() {
            let listed = (table1[record] ?? []).filter { $0.hasPrefix("S/RES/") }
            let official = (byMeeting[record] ?? []).map(\.decision.compact)
            guard Set(listed) != Set(official) else { continue }
            if table1[record] == nil {
                out.append((record, "Table 1 has no row \(record); the UN's record: " + official.joined(separator: ", ") + " adopted there"))
                continue
            }
            let listedText = listed.isEmpty ? "no resolution" : listed.joined(separator: ", ")
            let elsewhere = listed.filter { !official.contains($0) }.map { "\($0) \(place(recorded[$0]))" }
            let missing = official.filter { !listed.contains($0) }.map { "\($0) adopted at \(record)" }
            out.append((record, "Table 1 row \(record) lists \(listedText); the UN's record: " + (missing + elsewhere).joined(separator: "; ")))
        }
        let written = Set(item.writtenProcedures.map(\.decision.compact))
        for symbol in written.subtracting(table2).sorted() {
            out.append((symbol, "\(symbol) was adopted by written procedure (the UN's record) and is in no row of Table 2"))
        }
        for symbol in table2.filter({ $0.hasPrefix("S/RES/") }).subtracting(written).sorted() {
            out.append((symbol, "Table 2 lists \(symbol); the UN's record: \(place(recorded[symbol]))"))
        }
        return out
    }
}
