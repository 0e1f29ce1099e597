import Foundation
import RepertoireModel

extension DocumentChecks {
    /// A table row lists a decision that the narrative places at another occasion: at another record, or on a day
    /// the row's occasion (with its resumptions) was not held.
    func decisionConflicts() -> [Finding] {
        let narrative = Dictionary(facts.decisions.map { ($0.symbol, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Finding] = []
        for row in rows {
            for ref in row.decisions {
                guard let told = narrative[ref.symbol] else { continue }
                guard let placed = told.record, placed != row.record else {
                    if let day = told.date, let held = row.date, !row.days.contains(day) {
                        result.append(Finding("decision-conflict", [row.record.compact, ref.symbol.compact], .error,
                                              FindingMessage("row-dated", [.word(row.label), .text(row.record.compact), .text(held.iso), .text(ref.symbol.compact), .text(day.iso)]),
                                              lines: lineOf(ref, in: row.lines) + row.lines + told.locations.lines))
                    }
                    continue
                }
                // Which decision the narrative places at this row's occasion, if any.
                let here = index.decisionsByRecord[row.record]?.first { $0.kind == told.kind }
                let message = FindingMessage("row-placed", [
                    .word(row.label), .text(row.record.compact), .text(ref.symbol.compact), .text(placed.compact),
                    told.date.map { .part(FindingMessage("part-date", [.text($0.iso)])) } ?? .none,
                    here.map { .part(FindingMessage("part-narrative-has", [.text($0.symbol.compact), .text(row.record.compact)])) } ?? .none,
                ])
                result.append(Finding("decision-conflict", [row.record.compact, ref.symbol.compact], .error, message,
                                      lines: lineOf(ref, in: row.lines) + row.lines + told.locations.lines + (here?.locations.lines ?? [])))
            }
        }
        return result
    }

    /// One decision's vote differs between two places, or a tally contradicts "unanimously".
    func voteConflicts() -> [Finding] {
        var result: [Finding] = []
        var votes: [DocumentSymbol: [(Vote, [Int], FindingMessage.Argument)]] = [:]
        // A row that lists a decision of another occasion gives that occasion's vote: no second finding.
        let conflicting = Set(decisionConflicts().map { $0.subjects })
        for row in rows {
            for ref in row.decisions where !conflicting.contains([row.record.compact, ref.symbol.compact]) {
                if let v = ref.vote { votes[ref.symbol, default: []].append((v, Array(ref.locations.lines.reversed()) + row.lines, .text(row.record.compact))) }
            }
        }
        for d in facts.decisions {
            if let v = d.vote { votes[d.symbol, default: []].append((v, d.locations.lines, .word("the_narrative"))) }
        }
        for d in facts.decisions where d.unanimous == true {
            if let split = votes[d.symbol]?.first(where: { !$0.0.isUnanimousInFavour }) {
                result.append(Finding("vote-conflict", [d.symbol.compact], .error,
                                      FindingMessage("unanimous-split", [.text(d.symbol.compact), split.2, .text(split.0.text)]),
                                      lines: split.1 + d.locations.lines))
            }
        }
        for (symbol, list) in votes.sorted(by: { $0.key < $1.key }) {
            guard let first = list.first, let other = list.first(where: { $0.0 != first.0 }) else { continue }
            guard !result.contains(where: { $0.subjects == [symbol.compact] }) else { continue }
            result.append(Finding("vote-conflict", [symbol.compact], .error,
                                  FindingMessage("vote-differs", [.text(symbol.compact), .text(first.0.text), first.2, .text(other.0.text), other.2]),
                                  lines: first.1 + other.1))
        }
        return result
    }

    /// The row's line that lists `ref` (its decision cell), else the row's first line.
    func lineOf(_ ref: DecisionReference, in rowLines: [Int]) -> [Int] {
        ref.locations.first.map { [$0] } ?? Array(rowLines.prefix(1))
    }

    struct Row {
        let label: String, record: DocumentSymbol, date: RepertoireDate?, item: Int?
        let decisions: [DecisionReference]
        let lines: [Int]
        /// The days the occasion was held: a meeting's and its resumptions'.
        var days: [RepertoireDate] = []
    }

    /// Table rows of both tables that have a record.
    var rows: [Row] {
        facts.meetings.map {
            Row(label: "table1_row", record: $0.record, date: $0.date, item: $0.agendaItem, decisions: $0.decisions, lines: $0.locations.lines,
                days: [$0.date].compactMap { $0 } + $0.continuations.compactMap(\.date))
        } + facts.videoconferences.compactMap { vc in
            vc.record.map { Row(label: "table2_row", record: $0, date: vc.date, item: vc.agendaItem, decisions: vc.decisions, lines: vc.locations.lines,
                                days: [vc.date].compactMap { $0 }) }
        }
    }
}
