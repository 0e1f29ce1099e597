#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RepertoireModel

/// A long text read a few megabytes at a time, so that memory holds the text and the stages of one part, not the
/// stages of the whole text (each takes a few times the text's size).
///
/// A part runs from an item's heading to the heading where the next part begins (the first part from the text's
/// start). Each part is read in a window from the link list before its heading (the rest of that page) to the link
/// list after the next part's heading (that page's footnotes, which the part's last paragraphs cite, and the links
/// its citations are checked against). What a window reads outside its part is left to the part it belongs to; a
/// line that looked like a heading but that the window does not read as one is no boundary (the part grows to the
/// next). `docs/parsing.md` (*Long files: parts*) says more.
///
/// What differs from reading the text whole: a date written without its year takes the year of its part's rows, a
/// footnote marker is recognised among the numbers of its part's footnotes, and the checks (left to the caller)
/// compare within a part.
public struct PartReader: Sendable {
    /// Texts longer than this are read in parts of about this size.
    public static let partBytes = 4 << 20

    public let extractor: Extractor
    public let partBytes: Int
    /// How far a window reads past its part's end (to the next heading's page's links) and before its start (from
    /// the page before's links) at most: lines, and bytes (a few pages; a long line does not make it more).
    public let lookahead: Int, lookaheadBytes: Int
    /// How many lines that look like headings but are none a part may pass before it runs to the text's end.
    static let refusalsBeforeTheEnd = 16
    /// The longest part: a text with no item heading in this many bytes is refused (`InputError.noHeadingWithin`)
    /// rather than read whole, so that memory stays bounded whatever the text.
    public let maxPartBytes: Int

    public init(extractor: Extractor, partBytes: Int = PartReader.partBytes, lookahead: Int = 600, lookaheadBytes: Int = 1 << 20,
                maxPartBytes: Int = 256 << 20) {
        self.extractor = extractor; self.partBytes = max(1, partBytes)
        self.lookahead = max(1, lookahead); self.lookaheadBytes = max(1, lookaheadBytes)
        self.maxPartBytes = max(self.partBytes, maxPartBytes)
    }

    /// One part: its facts and warnings are those of its own lines; its layout, blocks and citations are its window's.
    public struct Part: Sendable {
        public let result: Extractor.Result
        /// The numbers of the lines it holds.
        public let lines: Range<Int>
        public let isFirst: Bool, isLast: Bool

        /// Whether a finding or a fact at `line` is this part's (one without a line is the first part's).
        public func owns(line: Int?) -> Bool { line.map(lines.contains) ?? isFirst }
    }

    /// What the parts add up to beyond their own lists.
    public struct Whole: Sendable {
        public let language: String
        /// Every symbol the text cites or links, sorted; the linked ones among them, in that order.
        public let symbols: [DocumentSymbol], urlSymbols: [DocumentSymbol]
    }

    /// Reads `input` part by part, handing each to `each` in order. Throws `InputError` for input that is not
    /// Repertoire text (possibly after some parts were handed over), or what `each` throws.
    public func read(_ input: consuming [UInt8], file: String, citations: Bool = true, _ each: (Part) throws -> Void) throws -> Whole {
        try read(decoded: TextDecoder.decode(consume input), file: file, citations: citations, each)
    }

    /// Reads a text already decoded (its list of lines is dropped once its language is told).
    public func read(decoded text: consuming DecodedText, file: String, citations: Bool = true, _ each: (Part) throws -> Void) throws -> Whole {
        // The whole text is kept as bytes only: its lines are found again window by window.
        var decoded: DecodedText? = consume text
        let kit = try extractor.kit(for: decoded!)
        let repair = decoded!.repaired
        let text = decoded!.bytes
        decoded = nil
        let profile = kit.m.profile

        var symbols = Set<DocumentSymbol>(), linked = Set<DocumentSymbol>(), structure = false
        var start = Lines.Mark(byte: 0, line: 1), first = true
        // Where the window of the part at `start` begins (`windowStart`).
        var context = start, afterLinks: Lines.Mark? = nil
        while start.byte < text.count {
            // The next boundary: a heading far enough on, that the window also reads as a heading.
            var scan = Lines(at: start)
            _ = scan.next(in: text)   // the part's own heading
            var result: Extractor.Result
            var end: Lines.Mark
            // Each line refused reads the window again, longer: past a few, the part runs to the text's end (reading
            // stays linear in the text whatever it holds).
            var refused = 0
            while true {
                let candidate = refused < Self.refusalsBeforeTheEnd
                    ? nextHeading(after: &scan, from: start, in: text, kit: kit, afterLinks: &afterLinks) : nil
                let stop = candidate.map { windowEnd(after: $0, in: text, profile: profile) } ?? Lines.Mark(byte: text.count, line: Int.max)
                let from = first ? start : context
                guard stop.byte - start.byte <= maxPartBytes + lookaheadBytes else {
                    throw InputError.noHeadingWithin(mebibytes: (maxPartBytes + (1 << 20) - 1) >> 20, line: start.line)
                }
                result = extractor.read(region(from, stop, in: text), kit: kit, file: file, citations: citations)
                guard let candidate else { end = Lines.Mark(byte: text.count, line: Int.max); break }
                if result.blocks.blocks.contains(where: { if case .heading(let h) = $0 { h.line == candidate.line } else { false } }) {
                    end = candidate; break
                }
                refused += 1
            }
            let part = Part(result: Self.owned(result, lines: start.line..<end.line, repair: first ? repair : nil),
                            lines: start.line..<end.line, isFirst: first, isLast: end.byte >= text.count)
            symbols.formUnion(result.facts.symbols)
            linked.formUnion(result.facts.urlSymbols)
            structure = structure || part.result.facts.hasStructure
            try each(part)
            // The next window reads from the page before its heading, at most `lookahead` lines back.
            context = end.byte < text.count ? windowStart(at: end, afterLinks: afterLinks) : end
            start = end; first = false
        }
        if !structure { throw InputError.noRepertoireStructure }
        let sorted = symbols.sorted()
        return Whole(language: profile.code, symbols: sorted, urlSymbols: sorted.filter(linked.contains))
    }

    /// The next line after `scan` that opens an item (as the block reader reads a heading) at least `partBytes` past
    /// `from`, with `scan` left after it; nil at the text's end or past `maxPartBytes`.
    /// `afterLinks` is left at the line after the last link list before the line found.
    func nextHeading(after scan: inout Lines, from: Lines.Mark, in text: [UInt8], kit: Extractor.Kit,
                     afterLinks: inout Lines.Mark?) -> Lines.Mark? {
        let linkPrefix = kit.m.profile.linkPrefix.bytes
        var lastEndsInHyphen = false
        while let (mark, range) = scan.nextWithMark(in: text) {
            guard mark.byte - from.byte <= maxPartBytes else { return nil }   // the caller refuses a part this long
            guard !range.isEmpty else { continue }
            defer { lastEndsInHyphen = text[range.upperBound - 1] == UInt8(ascii: "-") }
            let line = SourceLine(number: mark.line, raw: range, in: text)
            guard !line.isEmpty else { continue }
            if Bytes.hasPrefix(linkPrefix, in: text, at: line.range.lowerBound) { afterLinks = scan.mark; continue }
            guard mark.byte - from.byte >= partBytes, !lastEndsInHyphen else { continue }
            if Bytes.isDigit(text[line.range.lowerBound]), kit.blocks.heading(line, in: text) != nil { return mark }
        }
        return nil
    }

    /// Where the window of the part that begins at `heading` begins: after the last link list before it (so that the
    /// window reads every line whose links come after the heading, and the footnotes of each page it reads with their
    /// markers), at most `lookahead` lines (or `lookaheadBytes`) back; the heading itself where there is none.
    func windowStart(at heading: Lines.Mark, afterLinks: Lines.Mark?) -> Lines.Mark {
        guard let afterLinks, afterLinks.line <= heading.line, heading.line - afterLinks.line <= lookahead,
              heading.byte - afterLinks.byte <= lookaheadBytes else { return heading }
        return afterLinks
    }


    /// Where the window of a part that ends at `boundary` ends: after the first link list that follows it (the
    /// links of the boundary's page, and of the page before where that had none, follow its footnotes), at most
    /// `lookahead` lines (or `lookaheadBytes`) on, or at the text's end.
    func windowEnd(after boundary: Lines.Mark, in text: [UInt8], profile: LanguageProfile) -> Lines.Mark {
        let linkPrefix = profile.linkPrefix.bytes
        var scan = Lines(at: boundary), inLinks = false
        while let (mark, range) = scan.nextWithMark(in: text) {
            if mark.line - boundary.line >= lookahead || mark.byte - boundary.byte >= lookaheadBytes { return mark }
            let line = SourceLine(number: mark.line, raw: range, in: text)
            if line.isEmpty { continue }
            let isLink = Bytes.hasPrefix(linkPrefix, in: text, at: line.range.lowerBound)
            if inLinks && !isLink { return mark }
            inLinks = isLink
        }
        return scan.mark
    }

    /// The lines from `a` up to `b` as a text of their own (numbered as in the whole).
    func region(_ a: Lines.Mark, _ b: Lines.Mark, in text: [UInt8]) -> DecodedText {
        DecodedText(bytes: Array(text[a.byte..<b.byte]), encoding: "UTF-8",
                    lines: text[a.byte..<b.byte].withUnsafeBufferPointer { UTF8Automaton.lines($0) }, firstLine: a.line)
    }



    /// The facts and warnings of a window that lie on `lines` (its citations all kept: the checks read the window).
    static func owned(_ r: Extractor.Result, lines: Range<Int>, repair: DecodedText.Repair?) -> Extractor.Result {
        func mine(_ l: Locations) -> Bool { l.first.map(lines.contains) ?? true }
        var facts = Facts(file: r.facts.file, language: r.facts.language)
        facts.agendaItems = r.facts.agendaItems.filter { mine($0.locations) }
        facts.meetings = r.facts.meetings.filter { mine($0.locations) }
        facts.videoconferences = r.facts.videoconferences.filter { mine($0.locations) }
        facts.decisions = r.facts.decisions.filter { mine($0.locations) }
        facts.events = r.facts.events.filter { mine($0.locations) }
        facts.footnotes = r.facts.footnotes.filter { mine($0.locations) }
        facts.tableNotes = r.facts.tableNotes.filter { mine($0.locations) }
        facts.symbols = r.facts.symbols; facts.urlSymbols = r.facts.urlSymbols
        let repaired = repair.map { (line: $0.lines[0], message: $0.message) }
        return Extractor.Result(facts: facts, warnings: (repaired.map { [$0] } ?? []) + r.warnings.filter { lines.contains($0.line) },
                                repair: repaired, layout: r.layout, blocks: r.blocks, citations: r.citations)
    }
}

extension SourceLine {
    /// The lines numbered `wanted` of a whole text, as a layout reads them (`SourceLine.range`), found in one pass
    /// without listing every line: what a text read in parts quotes at the end.
    public static func ranges(of wanted: Set<Int>, in text: [UInt8]) -> [Int: Range<Int>] {
        guard let last = wanted.max() else { return [:] }
        var found: [Int: Range<Int>] = [:], scan = Lines(at: Lines.Mark(byte: 0, line: 1))
        while let (mark, raw) = scan.nextWithMark(in: text), mark.line <= last {
            if wanted.contains(mark.line) { found[mark.line] = SourceLine(number: mark.line, raw: raw, in: text).range }
        }
        return found
    }
}

/// Walks a text's lines without listing them: each line's range (without its line feed), its number and where it
/// starts.
struct Lines {
    struct Mark: Sendable { var byte: Int, line: Int }
    private(set) var mark: Mark

    init(at mark: Mark) { self.mark = mark }

    /// The next line, or nil at the text's end.
    mutating func next(in text: [UInt8]) -> Range<Int>? { nextWithMark(in: text)?.1 }

    /// The next line and where it starts.
    mutating func nextWithMark(in text: [UInt8]) -> (Mark, Range<Int>)? {
        guard mark.byte < text.count else { return nil }
        let at = mark
        let end = text.withUnsafeBufferPointer { b -> Int in
            guard let hit = memchr(b.baseAddress! + at.byte, 0x0A, b.count - at.byte) else { return b.count }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(b.baseAddress!)
        }
        mark = Mark(byte: min(end + 1, text.count), line: at.line + 1)
        return (at, at.byte..<end)
    }
}
