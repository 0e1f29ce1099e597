import RepertoireModel

/// Stage 2, page layout: which lines are body text, footnotes or a page's link list, and where pages end.
public struct PageLayout: Sendable {
    public enum Role: Sendable, Equatable {
        case blank, separator, link, footnoteStart(Int), footnoteText, body
    }

    public struct BodyLine: Sendable {
        public let line: SourceLine
        /// The first body line of a page that came after a link list: its indent has one extra space.
        public let afterLinks: Bool
        /// The first body line of a new page.
        public let pageStart: Bool
        public let page: Int
        /// Indent with the page-start space removed: above zero, the line opens a paragraph.
        public var paragraphIndent: Int { afterLinks ? max(0, line.indent - 1) : line.indent }
    }

    public struct FootnoteEntry: Sendable {
        public let number: Int
        public var lines: [SourceLine]
        public let page: Int
    }

    public struct Link: Sendable {
        public let line: Int, page: Int
        public let symbol: DocumentSymbol?
    }

    /// The document's bytes, where its lines lie (`text[line.range]`).
    public let text: [UInt8]
    public let lines: [SourceLine]
    public let roles: [Role]
    public let body: [BodyLine]
    public let footnotes: [FootnoteEntry]
    public let links: [Link]
    public let pageCount: Int
    /// The number of the first line (1, or where a part of a longer text begins).
    public let firstLine: Int

    /// The line numbered `n`, if the text holds it.
    public func line(numbered n: Int) -> SourceLine? {
        let k = n - firstLine
        return k >= 0 && k < lines.count ? lines[k] : nil
    }

    /// The role of the line numbered `n` (a number outside the text: blank).
    public func role(ofLine n: Int) -> Role {
        let k = n - firstLine
        return k >= 0 && k < roles.count ? roles[k] : .blank
    }

    public init(_ decoded: DecodedText, profile: LanguageProfile) {
        let text = decoded.bytes
        var lines: [SourceLine] = []
        lines.reserveCapacity(decoded.lines.count)
        for (i, range) in decoded.lines.enumerated() { lines.append(SourceLine(number: i + decoded.firstLine, raw: range, in: text)) }
        var roles = [Role](repeating: .blank, count: lines.count)
        var body: [BodyLine] = [], footnotes: [FootnoteEntry] = [], links: [Link] = []
        body.reserveCapacity(lines.count)
        // Room for a page's footnotes and links over a few dozen pages (a list that grows is copied at each doubling).
        footnotes.reserveCapacity(64); links.reserveCapacity(64)
        let linkPrefix = profile.linkPrefix.bytes
        let units = profile.numberUnits.map(\.bytes)
        var inFootnotes = false, page = 0, pendingPageStart = false, afterLinks = false
        var lastFootnote: Int? = nil
        // How far the document indents a footnote's opening line, by the number's width (learnt from the first of
        // each width, as numbers may be set flush right): where footnotes open indented, a body line at the margin
        // that opens with a number of that width is a footnote marker, not a footnote.
        var openingIndents = OpeningIndents()

        for i in lines.indices {
            if lines[i].isEmpty {
                if lines[i].spacesOnly && !inFootnotes {
                    body.append(BodyLine(line: lines[i], afterLinks: false, pageStart: false, page: page))
                }
                continue
            }
            let range = lines[i].range
            // Tested on the bytes in place: a slice of the text retains it, for every line.
            if text[range.lowerBound] == UInt8(ascii: "_"), PageLayout.isSeparator(text[range], minimum: profile.footnoteSeparatorMinimum) {
                roles[i] = .separator; inFootnotes = true; continue
            }
            if range.count >= linkPrefix.count, Bytes.hasPrefix(linkPrefix, in: text, at: range.lowerBound) {
                roles[i] = .link
                links.append(Link(line: lines[i].number, page: page, symbol: PageLayout.linkSymbol(text[range], prefixLength: linkPrefix.count)))
                inFootnotes = false; pendingPageStart = true; afterLinks = true
                continue
            }
            if inFootnotes {
                if let n = PageLayout.footnoteNumber(text[range], after: lastFootnote, units: units),
                   PageLayout.mayOpenFootnote(n, lines[i], openingIndents) {
                    roles[i] = .footnoteStart(n)
                    // Room for a footnote's usual few lines at once (its lines are added as they come).
                    var noteLines: [SourceLine] = []
                    noteLines.reserveCapacity(4)
                    noteLines.append(lines[i])
                    footnotes.append(FootnoteEntry(number: n, lines: noteLines, page: page))
                    lastFootnote = n
                    openingIndents.learn(n, lines[i].indent)
                    continue
                }
                if !footnotes.isEmpty, !PageLayout.isComplete(text[footnotes[footnotes.count - 1].lines[footnotes[footnotes.count - 1].lines.count - 1].range])
                    || PageLayout.footnotesGoOn(lines, in: text, after: i, last: lastFootnote, openingIndents: openingIndents, linkPrefix: linkPrefix, units: units,
                                                minimum: profile.footnoteSeparatorMinimum) {
                    roles[i] = .footnoteText
                    footnotes[footnotes.count - 1].lines.append(lines[i])
                    continue
                }
                inFootnotes = false; pendingPageStart = true; afterLinks = false
            }
            roles[i] = .body
            if pendingPageStart { page += 1 }
            body.append(BodyLine(line: lines[i], afterLinks: pendingPageStart && afterLinks, pageStart: pendingPageStart, page: page))
            pendingPageStart = false; afterLinks = false
        }
        self.text = text; self.lines = lines; self.roles = roles; self.body = body
        self.footnotes = footnotes; self.links = links; self.pageCount = page + 1; firstLine = decoded.firstLine
    }

    static func isSeparator(_ s: ArraySlice<UInt8>, minimum: Int) -> Bool {
        s.count >= minimum && s.allSatisfy { $0 == UInt8(ascii: "_") }
    }

    /// `905 关于会议…`: a footnote's opening line, its number plausible after the last one.
    static func footnoteNumber(_ s: ArraySlice<UInt8>, after last: Int?, units: [[UInt8]]) -> Int? {
        // Read in place (this runs for every footnote line): at most five digits, then white space.
        var i = s.startIndex, n = 0
        while i < s.endIndex, Bytes.isDigit(s[i]) {
            guard i - s.startIndex < 5 else { return nil }
            n = n * 10 + Int(s[i] - 0x30); i += 1
        }
        guard i > s.startIndex, i < s.endIndex, Bytes.isSpace(s[i]) else { return nil }
        while i < s.endIndex {
            let w = Bytes.whitespaceLength(s, at: i)
            if w == 0 { break }
            i += w
        }
        guard i < s.endIndex, !units.contains(where: { s[i...].starts(with: $0) }) else { return nil }
        if let last { guard n >= last - 2 && n <= last + 30 else { return nil } }
        return n
    }

    /// A line after a complete footnote is still footnote text when, within the next few lines, the page's link
    /// list begins or the next footnote (numbered one or two after the last) opens: a footnote broken after one of
    /// its sentences, or one that lost its number. Body text never stands between a page's footnotes and its links.
    static func footnotesGoOn(_ lines: [SourceLine], in text: [UInt8], after i: Int, last: Int?, openingIndents: OpeningIndents, linkPrefix: [UInt8], units: [[UInt8]],
                              minimum: Int) -> Bool {
        guard let last, !lines[i].isEmpty else { return false }
        var seen = 0, j = i + 1
        while j < lines.count && seen < 6 {
            defer { j += 1 }
            if lines[j].isEmpty { continue }
            let content = text[lines[j].range]
            if isSeparator(content, minimum: minimum) { return false }
            if content.starts(with: linkPrefix) { return true }
            if let n = footnoteNumber(content, after: last, units: units), mayOpenFootnote(n, lines[j], openingIndents) {
                return n == last + 1 || n == last + 2
            }
            seen += 1
        }
        return false
    }

    /// A line at the margin does not open footnote `n` in a document whose footnotes of that width open indented.
    static func mayOpenFootnote(_ n: Int, _ line: SourceLine, _ openingIndents: OpeningIndents) -> Bool {
        line.indent > 0 || !openingIndents.indented(n)
    }

    /// Whether the first footnote of each number width (1 to 5 digits) opened indented.
    struct OpeningIndents {
        private var seen: UInt8 = 0, indented: UInt8 = 0

        private static func width(_ n: Int) -> Int { n < 10 ? 1 : n < 100 ? 2 : n < 1_000 ? 3 : n < 10_000 ? 4 : 5 }

        mutating func learn(_ n: Int, _ indent: Int) {
            let bit: UInt8 = 1 << UInt8(Self.width(n))
            guard seen & bit == 0 else { return }
            seen |= bit
            if indent > 0 { indented |= bit }
        }

        func indented(_ n: Int) -> Bool { indented & (1 << UInt8(Self.width(n))) != 0 }
    }

    /// A footnote's text ends with a full stop (or a closing bracket after one).
    static func isComplete(_ s: ArraySlice<UInt8>) -> Bool {
        Literal.sentenceEnds.contains { s.count >= $0.count && s.suffix($0.count).elementsEqual($0) }
    }

    /// `https://undocs.org/ch/S/PV.8699(Resumption1)` → `S/PV.8699(Resumption1)`.
    static func linkSymbol(_ line: ArraySlice<UInt8>, prefixLength: Int) -> DocumentSymbol? {
        var rest = line.dropFirst(prefixLength)
        if let slash = rest.firstIndex(of: UInt8(ascii: "/")), slash - rest.startIndex <= 3,
           rest[..<slash].allSatisfy(Bytes.isLower) {
            rest = rest[(slash + 1)...]
        }
        return DocumentSymbol(utf8: rest)
    }
}
