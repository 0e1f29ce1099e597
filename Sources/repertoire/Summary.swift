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
        for item in facts.agendaItems {
            let meetings = facts.meetings.filter { $0.agendaItem == item.number }
            let vcs = facts.videoconferences.filter { $0.agendaItem == item.number }
            let decisions = facts.decisions.filter { $0.agendaItem == item.number }
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
}
