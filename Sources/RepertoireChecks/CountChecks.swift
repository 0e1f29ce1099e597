import RepertoireModel

extension DocumentChecks {
    /// A stated count that differs from what it counts: an item's overview against its tables, and a
    /// table's `94 个会员国 a` against the length of note a. An item the document stops in is not checked.
    func countMismatches() -> [Finding] {
        var result: [Finding] = []
        var checked = Set<Int>()
        for item in facts.agendaItems where item.number != truncatedItem && checked.insert(item.number).inserted {
            let meetings = index.meetingsByItem[item.number] ?? []
            let vcs = index.videoconferencesByItem[item.number] ?? []
            guard !meetings.isEmpty || !vcs.isEmpty else { continue }
            let listed = Set(meetings.flatMap(\.decisions).map(\.symbol) + vcs.flatMap(\.decisions).map(\.symbol))
            // (the subject's name, as the message words it, stated, found)
            let counted: [(String, String, Int?, Int)] = [
                ("meetings", "count_meetings", item.statedCounts.meetings, meetings.count),
                ("videoconferences", "count_videoconferences", item.statedCounts.videoconferences, vcs.count),
                ("resolutions", "count_resolutions", item.statedCounts.resolutions, listed.filter { $0.kind == .resolution }.count),
                ("presidential_statements", "count_presidential_statements", item.statedCounts.presidentialStatements,
                 listed.filter { $0.kind == .presidentialStatement }.count),
            ]
            for (name, words, stated, found) in counted {
                guard let stated, stated != found else { continue }
                let rowLines = (meetings.map(\.locations) + vcs.map(\.locations)).flatMap(\.lines)
                result.append(Finding("count-mismatch", [String(item.number), name], .error,
                                      FindingMessage("count-item", [.text(String(item.number)), .text(String(stated)), .word(words), .text(String(found))]),
                                      lines: Array(item.locations.lines.prefix(1)) + overviewLines(item.number) + rowLines))
            }
        }
        for meeting in facts.meetings where meeting.agendaItem != truncatedItem || truncatedItem == nil {
            if let n = meeting.rule37Count, let note = meeting.rule37Note, !meeting.rule37States.isEmpty, n != meeting.rule37States.count {
                result.append(Finding("count-mismatch", [meeting.record.compact, note], .error,
                                      FindingMessage("count-rule37", [.text(meeting.record.compact), .text(String(n)), .text(note), .text(String(meeting.rule37States.count))]),
                                      lines: meeting.locations.lines + noteLines(meeting.agendaItem, note)))
            }
            for draft in meeting.drafts {
                if let n = draft.sponsorsCount, let note = draft.sponsorsNote, !draft.sponsors.isEmpty, n != draft.sponsors.count {
                    result.append(Finding("count-mismatch", [meeting.record.compact, note], .error,
                                          FindingMessage("count-sponsors", [.text(draft.symbol.compact), .text(String(n)), .text(note), .text(String(draft.sponsors.count))]),
                                          lines: meeting.locations.lines + noteLines(meeting.agendaItem, note)))
                }
            }
        }
        return result
    }

    func noteLines(_ item: Int?, _ letter: String) -> [Int] {
        index.notes["\(item ?? -1)/\(letter)"] ?? []
    }

    /// The lines of an item's first paragraph (where its counts are stated).
    func overviewLines(_ item: Int) -> [Int] { index.overview[item] ?? [] }
}
