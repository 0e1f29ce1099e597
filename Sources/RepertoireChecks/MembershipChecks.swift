import Foundation
import RepertoireModel

extension DocumentChecks {
    /// Council members of a year: from official data where given, and from the document itself (a state
    /// that held the presidency, `当月轮值主席越南`, sat on the Council).
    func councilMembers(year: Int) -> Set<String> {
        var codes = members[year] ?? []
        for event in facts.events where event.date?.year == year {
            guard let state = event.initiative, heldPresidency(event), let code = gazetteer.resolve(state)?.code else { continue }
            codes.insert(code)
        }
        return codes
    }

    /// The event paragraph says the initiative state was that month's president (the profile's `presidency` words:
    /// `当月轮值主席`, `which held the presidency`).
    func heldPresidency(_ event: Event) -> Bool {
        guard let first = event.locations.first, let p = index.paragraphs[first] else { return false }
        return m.profile.presidency.contains { ByteSearch.find(Array($0.utf8), in: p.bytes) != nil }
    }

    /// A state that sits on the Council that year appears in a rule 37 list.
    func membersInvitedUnderRule37() -> [Finding] {
        var result: [Finding] = []
        var byYear: [Int: Set<String>] = [:]
        for meeting in facts.meetings {
            guard let year = meeting.date?.year else { continue }
            if byYear[year] == nil { byYear[year] = councilMembers(year: year) }
            let members = byYear[year]!
            for state in meeting.rule37States {
                guard let code = gazetteer.resolve(state)?.code, members.contains(code) else { continue }
                let noteLines = meeting.rule37Note.map { self.noteLines(meeting.agendaItem, $0) } ?? []
                result.append(Finding("member-invited-under-rule-37", [meeting.record.compact, state], .error,
                                      FindingMessage("member-rule37", [.text(state), .text(String(year)), .text(meeting.record.compact)]),
                                      lines: lineOf(state, in: noteLines) + Array(meeting.locations.lines.prefix(1))))
            }
        }
        return result
    }

    /// The line among `lines` that holds `text` (a name in a note), else all of them.
    func lineOf(_ text: String, in lines: [Int]) -> [Int] {
        let needle = Array(text.utf8)
        let hit = lines.first { n in
            layout.line(numbered: n).map { ByteSearch.find(needle, in: Array(layout.text[$0.range])) != nil } ?? false
        }
        return hit.map { [$0] } ?? lines
    }
}
