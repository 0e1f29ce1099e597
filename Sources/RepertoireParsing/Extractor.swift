import RepertoireModel

/// The pipeline: decode → page layout → blocks → facts. The language's profile is the one given, or the one the
/// text is written in (`LanguageDetection`).
public struct Extractor: Sendable {
    /// The language code every text is read in, or nil: each text's own. (The profile itself is its kit's: an
    /// extractor stays a dictionary and a code, cheap to copy into every worker.)
    let fixedCode: String?
    /// The profiles' matchers and readers, built once and shared by every document (and thread), by language code.
    let kits: [String: Kit]

    /// Reads every text with `profile`.
    public init(profile: LanguageProfile) {
        fixedCode = profile.code
        kits = [profile.code: Kit(profile: profile)]
    }

    /// Reads each text with the profile of its language.
    public init() {
        fixedCode = nil
        kits = Dictionary(uniqueKeysWithValues: LanguageProfile.all.map { ($0.code, Kit(profile: $0)) })
    }

    /// The profile given, or Chinese (the first) where each text's is detected.
    public var profile: LanguageProfile { fixed ?? LanguageProfile.all[0] }

    /// The profile every text is read with, or nil: each text's own.
    public var fixed: LanguageProfile? { fixedCode.flatMap { kits[$0]?.m.profile } }
    /// The kit of the fixed profile (or of Chinese).
    var kit: Kit { kits[profile.code]! }

    final class Kit: Sendable {
        let m: TextMatching, names: NameList, cells: CellBuilder, blocks: BlockReader

        init(profile: LanguageProfile) {
            m = TextMatching(profile: profile)
            names = NameList(profile: profile)
            cells = CellBuilder(profile: profile)
            blocks = BlockReader(profile: profile)
        }
    }

    public struct Result: Sendable {
        public var facts: Facts
        public let warnings: [(line: Int, message: String)]
        /// Damaged bytes read through (also the first of `warnings`): where, and how many.
        public let repair: (line: Int, message: String)?
        /// The stages' output, for checks that need pages, links and lines.
        public let layout: PageLayout
        public let blocks: Blocks
        /// Every symbol cited in footnotes, then in paragraphs and tables in order, with its line.
        public let citations: [Citation]
    }

    /// Reads one document. Throws `InputError` for input that is not Repertoire text. With `citations` false, the
    /// result's `citations` (for the checks) are left empty.
    public func extract(_ input: [UInt8], file: String, citations: Bool = true) throws(InputError) -> Result {
        let decoded = try TextDecoder.decode(input)
        let result = read(decoded, kit: try kit(for: decoded), file: file, citations: citations)
        if !result.facts.hasStructure { throw .noRepertoireStructure }
        return result
    }

    /// The kit of the fixed profile, or of the language the text is written in.
    func kit(for decoded: DecodedText) throws(InputError) -> Kit {
        guard let code = fixedCode ?? LanguageDetection.profile(of: decoded.bytes)?.code, let kit = kits[code] else {
            throw .unknownLanguage(known: LanguageProfile.all.map(\.code))
        }
        return kit
    }

    /// Stages 2 to 4 on decoded text.
    func read(_ decoded: DecodedText, kit: Kit, file: String, citations: Bool) -> Result {
        let layout = PageLayout(decoded, profile: kit.m.profile)
        let blocks = kit.blocks.read(layout)
        let (facts, citations) = FactsReader(kit, citations: citations).read(blocks, layout: layout, file: file)
        let repair = decoded.repaired.map { (line: $0.lines[0], message: $0.message) }
        return Result(facts: facts, warnings: (repair.map { [$0] } ?? []) + Warnings.of(blocks, layout: layout), repair: repair,
                      layout: layout, blocks: blocks, citations: citations)
    }
}

extension Facts {
    /// Whether the text read as a Repertoire document at all: an item, a footnote, a meeting or a videoconference.
    var hasStructure: Bool { !(agendaItems.isEmpty && footnotes.isEmpty && meetings.isEmpty && videoconferences.isEmpty) }
}

/// Stage 4, facts: reads the blocks item by item.
struct FactsReader {
    let kit: Extractor.Kit
    var m: TextMatching { kit.m }
    var profile: LanguageProfile { kit.m.profile }

    /// Whether the symbols' citations (each with its line, for the checks) are kept.
    let keepsCitations: Bool

    init(_ kit: Extractor.Kit, citations: Bool = true) { self.kit = kit; keepsCitations = citations }

    /// An item's part of the document: indices into the document's paragraphs and tables (a passage or a table
    /// copied is its arrays retained, each an atomic operation).
    struct Section {
        var heading: Heading?
        var paragraphs: Range<Int>
        var tables: [Int] = []
    }

    func read(_ blocks: Blocks, layout: PageLayout, file: String) -> (Facts, [Citation]) {
        var facts = Facts(file: file, language: profile.code)
        var paragraphs: [Passage] = [], tableList: [Table] = []
        // The symbols of each paragraph, scanned once: for the facts, the document's symbol list and the checks.
        var symbols: [[SymbolScanner.Hit]] = []
        var sections = [Section(paragraphs: 0..<0)]
        // Lists sized once: a block is at most one paragraph.
        paragraphs.reserveCapacity(blocks.blocks.count); symbols.reserveCapacity(blocks.blocks.count)
        // The document's symbols (linked, cited anywhere, or in a heading) and, for the checks, each citation.
        var cited: [Citation] = [], citedInNotes: [Citation] = [], all = Set<DocumentSymbol>()
        // Room for about one symbol a footnote (a set that grows hashes all it holds again at each doubling).
        all.reserveCapacity(16 + blocks.footnotes.count)
        func cite(_ hits: [SymbolScanner.Hit], in passage: Passage, notes: Bool = false) {
            for hit in hits { all.insert(hit.symbol) }
            guard keepsCitations else { return }
            if notes { citedInNotes += Citation.of(passage, hits) } else { cited += Citation.of(passage, hits) }
        }
        for i in blocks.blocks.indices {
            switch blocks.blocks[i] {
            case .heading(let h): sections.append(Section(heading: h, paragraphs: paragraphs.count..<paragraphs.count))
            case .paragraph(let p):
                let hits = m.symbols.scan(p.bytes)
                cite(hits, in: p)
                paragraphs.append(p)
                symbols.append(hits)
                sections[sections.count - 1].paragraphs = sections[sections.count - 1].paragraphs.lowerBound..<paragraphs.count
            case .table(let t):
                let rows = Passage(lines: t.rowLines, in: blocks.text)  // lines of spaces only have no content: the passage skips them
                cite(m.symbols.scan(rows.bytes), in: rows)
                for note in t.notes { cite(m.symbols.scan(note.passage.bytes), in: note.passage) }
                tableList.append(t)
                sections[sections.count - 1].tables.append(tableList.count - 1)
            }
        }
        let year = documentYear(blocks)
        // Each footnote number's position (the first, where a number repeats: set last).
        var footnoteIndex: [Int: Int] = [:]
        footnoteIndex.reserveCapacity(blocks.footnotes.count)
        for k in blocks.footnotes.indices.reversed() { footnoteIndex[blocks.footnotes[k].number] = k }
        let tables = TableFacts(kit, documentYear: year, text: blocks.text)
        let narrative = Narrative(m: m, names: kit.names, footnotes: blocks.footnotes, footnoteIndex: footnoteIndex, documentYear: year)
        let overview = Overview(m: m)

        for section in sections {
            let item = section.heading?.number
            // The item's introduction runs up to its first event (its opening), which is kept for the events below.
            var opening: (index: Int, event: Event)? = nil
            if let h = section.heading {
                var agenda = AgendaItem(number: h.number, title: h.title, locations: Locations(h.lines))
                for k in section.paragraphs {
                    if let e = narrative.event(paragraphs[k], item: item) { opening = (k, e); break }
                }
                let introduction = paragraphs[section.paragraphs.lowerBound..<(opening?.index ?? section.paragraphs.upperBound)]
                agenda.statedCounts = overview.statedCounts(introduction)
                agenda.subItems = overview.subItems(introduction)
                facts.agendaItems.append(agenda)
            }
            // The item's rows and events go straight into the document's lists (a fact copied from one list to another
            // retains every string and array it holds); its decisions are placed among the item's part of them.
            let firstMeeting = facts.meetings.count, firstVideoconference = facts.videoconferences.count, firstEvent = facts.events.count
            for t in section.tables {
                let notes = Dictionary(tableList[t].notes.map { ($0.letter, Self.listText($0.passage.bytes)) }, uniquingKeysWith: { a, _ in a })
                switch tableList[t].kind {
                case .meetings: tables.meetings(tableList[t], item: item, notes: notes, into: &facts.meetings)
                case .videoconferences: tables.videoconferences(tableList[t], item: item, into: &facts.videoconferences)
                }
                for note in tableList[t].notes {
                    facts.tableNotes.append(RepertoireModel.TableNote(agendaItem: item, table: tableList[t].number ?? 0, letter: note.letter,
                                                      text: note.passage.text, locations: Locations(note.passage.lines)))
                }
            }
            guard section.heading != nil || !section.tables.isEmpty else { continue }
            var decided: [(decision: Decision, unanimous: Bool)] = []
            var inSummary = false
            for k in section.paragraphs where section.heading != nil {
                if isSummaryOpening(paragraphs[k]) { inSummary = true }
                if !inSummary, let e = k == opening?.index ? opening?.event : narrative.event(paragraphs[k], item: item) { facts.events.append(e) }
                decided += narrative.decisions(paragraphs[k], symbols: symbols[k], item: item)
            }
            let linker = DecisionLinker(meetings: facts.meetings[firstMeeting...], videoconferences: facts.videoconferences[firstVideoconference...],
                                        events: facts.events[firstEvent...])
            facts.decisions += linker.link(decided)
        }
        // Each footnote read where it stands (a closure's argument is a copy).
        facts.footnotes.reserveCapacity(blocks.footnotes.count)
        for k in blocks.footnotes.indices {
            let hits = m.symbols.scan(blocks.footnotes[k].passage.bytes)
            cite(hits, in: blocks.footnotes[k].passage, notes: true)
            facts.footnotes.append(Footnote(number: blocks.footnotes[k].number, text: blocks.footnotes[k].passage.text,
                                            symbols: unique(hits.map(\.symbol)), locations: Locations(blocks.footnotes[k].passage.lines)))
        }
        let linked = Set(layout.links.compactMap(\.symbol))
        all.formUnion(linked)
        for case .heading(let h) in blocks.blocks { for hit in m.symbols.scan(h.title.bytes) { all.insert(hit.symbol) } }
        facts.symbols = Array(all).sorted()
        // The linked symbols are among them: taken in their order, not sorted again.
        facts.urlSymbols = facts.symbols.filter { linked.contains($0) }
        return (facts, citedInNotes + cited)
    }

    /// `2020 年，安理会就…`: the closing summary of decisions holds no events.
    func isSummaryOpening(_ p: Passage) -> Bool {
        var c = Cursor(p.bytes)
        guard let y = c.readInt(maxDigits: 4), y > 1900 else { return false }
        c.skipWhitespace()
        return c.skip(m.p.summaryOpening)
    }

    /// The year most dates of the document's table rows give (of its text where it has no table);
    /// dates written without one take it.
    func documentYear(_ blocks: Blocks) -> Int? {
        var counts: [Int: Int] = [:]
        for case .table(let t) in blocks.blocks {
            // Read in place: a row's date stands in its first 24 bytes.
            for line in t.rowLines where !line.isEmpty && Bytes.isDigit(blocks.text[line.range.lowerBound]) {
                let end = min(line.range.upperBound, line.range.lowerBound + 24)
                if let hit = m.dates.date(blocks.text, at: line.range.lowerBound, end: end), let y = hit.date.year {
                    counts[y, default: 0] += 1
                }
            }
        }
        if counts.isEmpty {
            for case .paragraph(let p) in blocks.blocks {
                for hit in m.dates.scan(p.bytes) { if let y = hit.date.year { counts[y, default: 0] += 1 } }
            }
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// A note's text as a list: white space at both ends and its final full stop removed (on the bytes: a note
    /// lists a hundred states, and its text is not needed as a string for that).
    static func listText(_ text: [UInt8]) -> [UInt8] {
        var lo = 0, hi = text.count
        while lo < hi, let w = Bytes.unicodeWhitespaceLength(text, at: lo) { lo += w }
        while lo < hi, let w = Bytes.unicodeWhitespaceLength(endingAt: hi, in: text) { hi -= w }
        while hi > lo {
            if text[hi - 1] == UInt8(ascii: ".") || text[hi - 1] == UInt8(ascii: ";") { hi -= 1; continue }
            if hi - lo >= 3, Literal.listEnds.contains(where: { Bytes.hasPrefix($0, in: text, at: hi - 3) }) { hi -= 3; continue }
            break
        }
        return Array(text[lo..<hi])
    }

    /// The symbols without repeats, in order. A footnote cites a few, each compared with those kept: a set of its
    /// own for every footnote hashed every symbol. Many go through a set.
    func unique(_ symbols: [DocumentSymbol]) -> [DocumentSymbol] {
        guard symbols.count > 1 else { return symbols }
        guard symbols.count <= 8 else {
            var seen = Set<DocumentSymbol>()
            return symbols.filter { seen.insert($0).inserted }
        }
        var kept: [DocumentSymbol] = []
        kept.reserveCapacity(symbols.count)
        for s in symbols where !kept.contains(s) { kept.append(s) }
        return kept
    }
}
