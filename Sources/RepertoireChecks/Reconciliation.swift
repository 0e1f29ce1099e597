import Foundation
import RepertoireModel
import RepertoireOfficial

/// Compares a document's decisions with the UN's own record: each disagreement a finding that quotes both
/// sides; agreement is silent. A row already in conflict is not checked again for what follows from it.
public struct Reconciliation {
    public let facts: Facts
    public let official: [DocumentSymbol: OfficialDecision]
    let gazetteer = Gazetteer.shared

    public init(facts: Facts, official: OfficialData) {
        self.facts = facts
        official_years = Set(official.votes.values.compactMap { $0.date?.year })
        self.official = Dictionary(official.decisions().map { ($0.symbol, $0) }, uniquingKeysWith: { a, _ in a })
    }

    let official_years: Set<Int>

    public func findings() -> [Finding] {
        var result: [Finding] = []
        var conflictedRows = Set<DocumentSymbol>()
        // Table rows: the decision a row lists against where the UN's record places it.
        for row in rows {
            for ref in row.decisions {
                guard let o = official[ref.symbol], o.record != nil else { continue }
                if !sameOccasion(row, o) {
                    conflictedRows.insert(row.record)
                    let here = official.values.first(where: { $0.meeting == row.record || $0.record?.outcomeLetter == row.record })
                    let message = FindingMessage("row-official", [
                        .word(row.label), .text(row.record.compact), row.date.map { .text($0.iso) } ?? .word("no_date"), .text(ref.symbol.compact),
                        .part(occasion(o)),
                        here.flatMap { $0.symbol != ref.symbol ? .part(FindingMessage("part-and", [.text($0.symbol.compact), .part(occasion($0))])) : nil } ?? .none,
                    ])
                    result.append(Finding("decision-conflict", [row.record.compact, ref.symbol.compact], .error, message, lines: row.lines))
                    continue
                }
                if let v = ref.vote, let ov = o.record?.counts, v != ov {
                    result.append(Finding("vote-conflict", [ref.symbol.compact], .error,
                                          FindingMessage("row-vote-official", [.text(row.record.compact), .text(ref.symbol.compact), .text(v.text), .text(ov.text)]), lines: row.lines))
                }
                if ref.chapterVII != o.chapterVII {
                    result.append(Finding("official-record-mismatch", [ref.symbol.compact, "chapter_vii"], .warning,
                                          FindingMessage(ref.chapterVII ? "chapter7-said" : "chapter7-said-not", [.text(row.record.compact), .text(ref.symbol.compact)]),
                                          lines: row.lines))
                }
                if row.isVideoconference, let letter = o.record?.outcomeLetter, o.record?.venue == .writtenProcedure,
                   letter != row.record, letter != row.writtenProcedure {
                    result.append(Finding("official-record-mismatch", [ref.symbol.compact, "outcome_letter"], .warning,
                                          FindingMessage("outcome-letter", [.word(row.label), .text(row.record.compact), row.writtenProcedure.map { .text($0.compact) } ?? .word("none"),
                                                                           .text(ref.symbol.compact), .text(letter.compact)]),
                                          lines: row.lines))
                }
            }
        }
        // Drafts: sponsors against the UN's record of the draft (rows not already in conflict).
        for meeting in facts.meetings where !conflictedRows.contains(meeting.record) {
            for draft in meeting.drafts where !draft.sponsors.isEmpty {
                guard let o = official.values.first(where: { $0.record?.draft == draft.symbol }), let record = o.record else { continue }
                let ours = Set(draft.sponsors.compactMap { gazetteer.resolve($0)?.code })
                let theirs = Set(record.sponsors.compactMap(\.code))
                if ours != theirs {
                    let missing = theirs.subtracting(ours).sorted(), extra = ours.subtracting(theirs).sorted()
                    result.append(Finding("official-record-mismatch", [draft.symbol.compact, "sponsors"], .warning,
                                          FindingMessage("sponsors-differ", [.text(draft.symbol.compact), .text(draft.sponsorsNote ?? "?"), .text(String(ours.count)),
                                                                            .text(String(theirs.count)), .text(missing.joined(separator: ", ")),
                                                                            .text(extra.joined(separator: ", "))]),
                                          lines: meeting.locations.lines))
                }
            }
        }
        // The narrative's decisions: occasion, date and vote.
        for d in facts.decisions {
            guard let o = official[d.symbol], let record = o.record else {
                if let y = d.date?.year, official_years.contains(y), d.kind == .resolution {
                    result.append(Finding("official-record-mismatch", [d.symbol.compact, "missing"], .warning,
                                          FindingMessage("not-in-record", [.text(d.symbol.compact), .text(String(y))]), lines: d.locations.lines))
                }
                continue
            }
            if let date = d.date, let od = o.date, date != od {
                result.append(Finding("official-record-mismatch", [d.symbol.compact, "date"], .error,
                                      FindingMessage("narrative-date", [.text(d.symbol.compact), .text(date.iso), .text(od.iso)]), lines: d.locations.lines))
            }
            if let r = d.record, d.venue == .meeting, record.venue == .meeting, let m = record.meeting, r != m {
                result.append(Finding("decision-conflict", [r.compact, d.symbol.compact], .error,
                                      FindingMessage("narrative-placed", [.text(d.symbol.compact), .text(r.compact), .part(occasion(o))]), lines: d.locations.lines))
            }
            if d.venue == .meeting && record.venue == .writtenProcedure || d.venue == .videoconference && record.venue == .meeting {
                result.append(Finding("decision-conflict", [(d.record?.compact ?? d.symbol.compact), d.symbol.compact], .error,
                                      FindingMessage("narrative-venue", [.text(d.symbol.compact), d.venue.map { .word("venue_" + $0.rawValue) } ?? .text("?"), .part(occasion(o))]),
                                      lines: d.locations.lines))
            }
            if let v = d.vote, v != record.counts {
                result.append(Finding("vote-conflict", [d.symbol.compact], .error,
                                      FindingMessage("narrative-vote", [.text(d.symbol.compact), .text(v.text), .text(record.counts.text)]), lines: d.locations.lines))
            }
            if d.unanimous == true && !record.counts.isUnanimousInFavour {
                result.append(Finding("vote-conflict", [d.symbol.compact], .error,
                                      FindingMessage("narrative-unanimous", [.text(d.symbol.compact), .text(record.counts.text)]), lines: d.locations.lines))
            }
        }
        return unique(result)
    }

    /// `adopted at S/PV.8748 on 2020-07-14, 15-0-0` / `adopted by written procedure on 2020-07-01 (S/2020/632), 15-0-0`
    func occasion(_ o: OfficialDecision) -> FindingMessage {
        guard let r = o.record else { return FindingMessage("occasion-none") }
        let when: FindingMessage.Argument = r.date.map { .part(FindingMessage("part-on", [.text($0.iso)])) } ?? .none
        switch r.venue {
        case .meeting: return FindingMessage("occasion-meeting", [r.meeting.map { .text($0.compact) } ?? .word("a_meeting"), when, .text(r.counts.text)])
        case .writtenProcedure:
            return FindingMessage("occasion-written", [when, r.outcomeLetter.map { .part(FindingMessage("part-letter", [.text($0.compact)])) } ?? .none,
                                                       .text(r.counts.text)])
        }
    }

    func sameOccasion(_ row: Row, _ o: OfficialDecision) -> Bool {
        guard let r = o.record else { return true }
        switch r.venue {
        case .meeting: return !row.isVideoconference && r.meeting == row.record
        case .writtenProcedure: return row.isVideoconference && (r.date == nil || row.date == nil || r.date == row.date)
        }
    }

    struct Row {
        let label: String, record: DocumentSymbol, date: RepertoireDate?, isVideoconference: Bool
        let writtenProcedure: DocumentSymbol?
        let decisions: [DecisionReference], lines: [Int]
    }

    var rows: [Row] {
        facts.meetings.map { Row(label: "table1_row", record: $0.record, date: $0.date, isVideoconference: false,
                                 writtenProcedure: nil, decisions: $0.decisions, lines: $0.locations.lines) }
            + facts.videoconferences.compactMap { vc in
                vc.record.map { Row(label: "table2_row", record: $0, date: vc.date, isVideoconference: true,
                                    writtenProcedure: vc.writtenProcedureRecord, decisions: vc.decisions, lines: vc.locations.lines) }
            }
    }

    func unique(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { seen.insert($0.kind + "|" + $0.subjects.sorted().joined(separator: "|")).inserted }
    }
}
