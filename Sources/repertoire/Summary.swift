import RepertoireChecks
import RepertoireModel

/// A readable overview of a document's facts for a terminal.
struct Summary {
    let facts: Facts
    let path: String

    var text: String {
        var out = "\(path) (\(facts.language)): \(facts.agendaItems.count) agenda items, \(facts.footnotes.count) footnotes, \(facts.symbols.count) symbols\n"
        let orphans = facts.videoconferences.filter { $0.agendaItem == nil }.count + facts.meetings.filter { $0.agendaItem == nil }.count
        if orphans > 0 { out += "  \(orphans) table rows before the first item (an earlier item's table)\n" }
        if !facts.findings.isEmpty { out += "  findings: \(Diagnostics.summary(facts.findings)) (repertoire check shows them with their lines)\n" }
        // Each item's rows and decisions: those of its number from its heading to the next one (a long file can hold an
        // item number more than once; filtering every list for every item took the square of the file's size).
        var meetingsAt = Cursor(facts.meetings, \.locations), vcsAt = Cursor(facts.videoconferences, \.locations)
        var decisionsAt = Cursor(facts.decisions, \.locations)
        for (k, item) in facts.agendaItems.enumerated() {
            let end = k + 1 < facts.agendaItems.count ? facts.agendaItems[k + 1].locations.first ?? Int.max : Int.max
            let meetings = meetingsAt.take(before: end).filter { $0.agendaItem == item.number }
            let vcs = vcsAt.take(before: end).filter { $0.agendaItem == item.number }
            let decisions = decisionsAt.take(before: end).filter { $0.agendaItem == item.number }
            let c = item.statedCounts
            func n(_ v: Int?) -> String { v.map(String.init) ?? "–" }
            out += "\n\(item.number). \(item.title)\n"
            out += "  stated: \(n(c.meetings)) meetings, \(n(c.videoconferences)) videoconferences, \(n(c.resolutions)) resolutions, \(n(c.presidentialStatements)) presidential statements\n"
            out += "  tables: \(meetings.count) meetings, \(vcs.count) videoconferences; \(item.subItems.count) sub-items\n"
            for mt in meetings {
                let decided = mt.decisions.map { "\($0.symbol)\($0.vote.map { " " + $0.text } ?? "")" }.joined(separator: ", ")
                out += "  meeting \(mt.record) \(mt.date?.iso ?? "?")  rule 37: \(mt.rule37Count.map(String.init) ?? "\(mt.rule37States.count)")  \(decided)\n"
            }
            for vc in vcs {
                let decided = vc.decisions.map { "\($0.symbol)\($0.vote.map { " " + $0.text } ?? "")" }.joined(separator: ", ")
                out += "  videoconference \(vc.date?.iso ?? "?") \(vc.record?.compact ?? "?")  \(decided)\n"
            }
            for d in decisions {
                out += "  decision \(d.symbol) \(d.date?.iso ?? "?") \(d.venue?.rawValue ?? "?") \(d.record?.compact ?? "?")\(d.vote.map { " " + $0.text } ?? "")\(d.chapterVII ? " (Chapter VII)" : "")\n"
            }
        }
        return out
    }

    /// A list in line order, taken a section at a time.
    struct Cursor<T> {
        let items: [T], locations: KeyPath<T, Locations>
        var next = 0

        init(_ list: [T], _ locations: KeyPath<T, Locations>) {
            items = list.sorted { ($0[keyPath: locations].first ?? 0) < ($1[keyPath: locations].first ?? 0) }
            self.locations = locations
        }

        /// The items from the last taken up to (not including) those at `line` or after.
        mutating func take(before line: Int) -> ArraySlice<T> {
            let start = next
            while next < items.count, (items[next][keyPath: locations].first ?? 0) < line { next += 1 }
            return items[start..<next]
        }
    }
}
