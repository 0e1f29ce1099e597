import Foundation
import RepertoireModel
import RepertoireParsing

/// What a careful editor of the Repertoire would flag in one document. Each check is its own function;
/// a consequence of another finding (links lost with a truncated page, a count off because of a
/// conflicting row) is not reported again.
/// A class: its checks capture it in closures, and a struct this size was copied field by field each time.
public final class DocumentChecks {
    public let facts: Facts
    public let layout: PageLayout
    public let blocks: Blocks
    /// The symbols the text cites, with their lines.
    public let citations: [Citation]
    /// Council members by year from outside the document (official data), if any.
    public let members: [Int: Set<String>]
    /// The twelve presidents (ISO3) of each year the official data covers.
    public let presidencies: [Int: [String]]
    /// Also the checks outside the facts schema's vocabulary (names that resolve to nothing).
    public let editorial: Bool
    /// The text goes on after what was read (a part of a longer one, `PartReader`): its end is no truncation.
    public let goesOn: Bool
    let gazetteer = Gazetteer.shared
    let m: CheckText
    /// Lookups built once, so that every check is linear in the document.
    let index: Index

    struct Index {
        /// Paragraphs by their first line.
        var paragraphs: [Int: Passage] = [:]
        /// Each item's first paragraph's lines.
        var overview: [Int: [Int]] = [:]
        var meetingsByItem: [Int: [Meeting]] = [:]
        var videoconferencesByItem: [Int: [Videoconference]] = [:]
        var notes: [String: [Int]] = [:]
        var eventsByLine: [Int: Event] = [:]
        var decisionsByRecord: [DocumentSymbol: [Decision]] = [:]

        init(facts: Facts, blocks: Blocks) {
            var item: Int? = nil
            paragraphs.reserveCapacity(blocks.blocks.count)
            for block in blocks.blocks {
                switch block {
                case .heading(let h): item = h.number
                case .paragraph(let p):
                    if let first = p.firstLine { paragraphs[first] = p }
                    if let item, overview[item] == nil { overview[item] = p.lines }
                case .table: break
                }
            }
            for m in facts.meetings { if let i = m.agendaItem { meetingsByItem[i, default: []].append(m) } }
            for v in facts.videoconferences { if let i = v.agendaItem { videoconferencesByItem[i, default: []].append(v) } }
            for n in facts.tableNotes {
                let key = "\(n.agendaItem ?? -1)/\(n.letter)"
                if notes[key] == nil { notes[key] = n.locations.lines }
            }
            for e in facts.events { if let first = e.locations.first, eventsByLine[first] == nil { eventsByLine[first] = e } }
            for d in facts.decisions { if let r = d.record { decisionsByRecord[r, default: []].append(d) } }
        }
    }

    public init(_ result: Extractor.Result, members: [Int: Set<String>] = [:], presidencies: [Int: [String]] = [:],
                editorial: Bool = false, goesOn: Bool = false) {
        self.goesOn = goesOn
        facts = result.facts; layout = result.layout; blocks = result.blocks; citations = result.citations
        self.members = members
        self.presidencies = presidencies; self.editorial = editorial
        index = Index(facts: result.facts, blocks: result.blocks)
        m = CheckText.of(language: result.facts.language)
    }

    public func findings() -> [Finding] {
        var all: [Finding] = []
        all += decisionConflicts()
        all += voteConflicts()
        all += countMismatches()
        all += membersInvitedUnderRule37()
        all += footnoteSequence()
        all += links()
        all += truncation()
        all += orphanFragment()
        all += incompleteDates()
        all += nameVariants()
        all += presidencyConflicts()
        // A tally already reported as a vote conflict (`一致通过` against 8-0-7) is not a second finding.
        let conflicting = Set(all.filter { $0.kind == "vote-conflict" }.map(\.subjects))
        all += tallies().filter { !conflicting.contains($0.subjects) }
        if editorial { all += unresolvedNames() }
        return all
    }

    /// Where the document stops mid-item: the narrative's last line when it ends mid-sentence, or the last
    /// line of an item that states meetings or videoconferences but whose tables never come.
    var truncatedAt: Int? {
        guard !goesOn, let last = layout.body.last(where: { !$0.line.isEmpty })?.line else { return nil }
        switch blocks.blocks.last {
        case .paragraph?:
            if Warnings.endsMidSentence(last, in: layout.text) { return last.number }
            if let item = facts.agendaItems.last,
               (item.statedCounts.meetings ?? 0) + (item.statedCounts.videoconferences ?? 0) > 0,
               index.meetingsByItem[item.number] == nil, index.videoconferencesByItem[item.number] == nil {
                return last.number
            }
        case .heading?:
            return last.number
        case .table(let table)?:
            return tableCutShort(table, last: last) ? last.number : nil
        case nil:
            break
        }
        return nil
    }

    /// The document ends in a table that is not whole: a line cut mid-cell, fewer rows than the item states,
    /// a note that rows refer to but that never comes, or the videoconference table still to come.
    func tableCutShort(_ table: Table, last: SourceLine) -> Bool {
        if !last.trailingSpace && Warnings.endsMidSentence(last, in: layout.text) { return true }
        guard let item = facts.agendaItems.last else { return false }
        let meetings = index.meetingsByItem[item.number] ?? [], vcs = index.videoconferencesByItem[item.number] ?? []
        switch table.kind {
        case .meetings:
            if let stated = item.statedCounts.meetings, meetings.count < stated { return true }
            if (item.statedCounts.videoconferences ?? 0) > 0 && vcs.isEmpty { return true }
            let referenced = Set(meetings.flatMap { m in [m.rule37Note].compactMap { $0 } + m.drafts.compactMap(\.sponsorsNote) + m.speakerNotes })
            let present = Set(table.notes.map(\.letter))
            if !referenced.isSubset(of: present) { return true }
            if let lastNote = table.notes.last, Warnings.endsMidSentence(lastNote.passage.bytes) { return true }
        case .videoconferences:
            if let stated = item.statedCounts.videoconferences, vcs.count < stated { return true }
        }
        return false
    }

    /// The item the document stops in, when it stops mid-sentence.
    var truncatedItem: Int? { truncatedAt == nil ? nil : facts.agendaItems.last?.number }
}

/// Byte helpers for the checks, over the language profile's phrases.
struct CheckText: Sendable {
    /// Built once for each profile: a document's checks only read it.
    static let all = LanguageProfile.all.map(CheckText.init(profile:))

    /// The helpers of a document's language (Chinese for an unknown code).
    static func of(language code: String) -> CheckText { all.first { $0.profile.code == code } ?? all[0] }

    let profile: LanguageProfile
    /// The profile's function words, lower case, as UTF-8.
    let functionWords: Set<[UInt8]>
    let dates: DateScanner
    let symbols: SymbolScanner
    /// The profile's title endings as Unicode scalars.
    let titleEndings: [[Unicode.Scalar]]
    /// The endings' last characters, as bits by scalar value (below U+10000; those above are never ruled out).
    private let titleLasts: [UInt64]

    init(profile: LanguageProfile) {
        self.profile = profile
        functionWords = Set(profile.functionWords.map { Array($0.lowercased().utf8) })
        dates = DateScanner(profile: profile); symbols = SymbolScanner(profile: profile)
        titleEndings = profile.titleEndings.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        var lasts = [UInt64](repeating: 0, count: 1024)
        for ending in titleEndings where ending.last!.value < 0x10000 {
            let v = Int(ending.last!.value)
            lasts[v >> 6] |= 1 << UInt64(v & 63)
        }
        titleLasts = lasts
    }

    /// Whether a title ending may end with `last`: one load rules out most characters before the endings are
    /// compared (a briefer's mention is tried at each of several lengths, each against every ending).
    @inline(__always) func mayEndTitle(_ last: Unicode.Scalar) -> Bool {
        let v = Int(last.value)
        return v >= 0x10000 || titleLasts[v >> 6] & (1 << UInt64(v & 63)) != 0
    }
}

extension Finding {
    init(_ kind: String, _ subjects: [String], _ severity: Severity, _ text: FindingMessage, lines: [Int]) {
        self.init(kind: kind, subjects: subjects, severity: severity, text: text, locations: Locations(lines), line: lines.first)
    }
}
