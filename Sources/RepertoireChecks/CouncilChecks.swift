import Foundation
import RepertoireModel
import RepertoireOfficial

extension DocumentChecks {
    /// The text says a state held that month's presidency (`根据当月轮值主席越南的倡议`) but the rotation
    /// (rule 18, from the official data) gives another.
    func presidencyConflicts() -> [Finding] {
        guard !presidencies.isEmpty else { return [] }
        return facts.events.compactMap { event in
            guard let state = event.initiative, heldPresidency(event), let date = event.date,
                  let rotation = presidencies[date.year], rotation.count == 12,
                  let code = gazetteer.resolve(state)?.code, rotation[date.month - 1] != code else { return nil }
            let president = gazetteer.entity(code: rotation[date.month - 1])?.english ?? rotation[date.month - 1]
            return Finding("presidency-conflict", [state, date.iso], .error,
                           FindingMessage("presidency", [.text(state), .text("\(date.year)-\(date.month < 10 ? "0" : "")\(date.month)"), .text(president)]),
                           lines: event.locations.lines)
        }
    }

    /// A state in a rule 37 list or a sponsors' note whose name resolves to no state or entity.
    func unresolvedNames() -> [Finding] {
        var result: [Finding] = [], seen = Set<String>()
        for meeting in facts.meetings {
            let listed = meeting.rule37States.map { ($0, meeting.rule37Note) } + meeting.drafts.flatMap { d in d.sponsors.map { ($0, d.sponsorsNote) } }
            for (name, note) in listed where gazetteer.resolve(name) == nil && seen.insert(name).inserted {
                let lines = note.map { lineOf(name, in: noteLines(meeting.agendaItem, $0)) } ?? meeting.locations.lines
                result.append(Finding("unresolved-name", [name], .note,
                                      FindingMessage("unresolved-name", [.text(name)]), lines: lines))
            }
        }
        return result
    }

    /// A vote whose tally exceeds the Council, or which by Article 27 would not have adopted the decision listed.
    func tallies() -> [Finding] {
        var result: [Finding] = []
        for row in rows {
            for ref in row.decisions {
                guard let v = ref.vote, let year = row.date?.year, ref.symbol.kind == .resolution else { continue }
                let ballot = DecisionRules.Ballot(inFavour: v.for, against: v.against, abstaining: v.abstaining, permanentAgainst: 0)
                if let problem = DecisionRules.tallyIssue(ballot, year: year).map(Self.tallyMessage) {
                    result.append(Finding("vote-tally", [ref.symbol.compact], .error, FindingMessage("tally-impossible", [.text(row.record.compact), .text(ref.symbol.compact), .text(v.text), .part(problem)]),
                                          lines: Array(ref.locations.lines.reversed()) + row.lines))
                } else if DecisionRules.outcome(ballot, year: year) != .adopted {
                    result.append(Finding("vote-tally", [ref.symbol.compact], .error,
                                          FindingMessage("tally-too-few", [.text(row.record.compact), .text(ref.symbol.compact), .text(v.text)]),
                                          lines: Array(ref.locations.lines.reversed()) + row.lines))
                }
            }
        }
        return result
    }
}

extension DocumentChecks {
    /// `DecisionRules.tallyProblem` as a catalogue entry.
    static func tallyMessage(_ problem: DecisionRules.TallyProblem) -> FindingMessage {
        switch problem {
        case .tooMany(let cast, let size, let notParticipating):
            FindingMessage("tally-too-many", [.text(String(cast)), .text(String(size)), .text(String(notParticipating))])
        case .namesDiffer(let cast, let listed): FindingMessage("tally-names", [.text(String(cast)), .text(String(listed))])
        }
    }
}
