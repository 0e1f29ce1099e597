/// A cell of a flattened table rebuilt from its lines.
public struct Cell: Sendable {
    public var passage: Passage
    /// Empty cells the spacing says stand before this one (`70 个会员国 f  多米尼加…`: one).
    public var emptyBefore: Int = 0
    public var text: String { passage.text }
}

/// Rebuilds cells from a row's lines: a line ending in white space closes its cell; a count of
/// Member States with its note letter (`94 个会员国 a`) is a cell of its own, and the spaces after
/// it tell how many empty cells follow; a spaces-only line is an empty cell.
///
/// Where every line ends in white space (English), line ends say nothing: a cell closes after a gap of two spaces,
/// before a line that opens a cell (the profile's `cellOpeners`, a decision's symbol), and after a document's symbol
/// in brackets (`(S/2020/1)`), which ends its title.
struct CellBuilder: Sendable {
    let countWord: [UInt8], continuation: [[UInt8]]
    let closesAtLineEnd: Bool
    let openers: [[UInt8]]

    init(profile: LanguageProfile) {
        countWord = profile.memberStatesCount.bytes
        continuation = profile.submittedBy.map(\.bytes)
        closesAtLineEnd = profile.cellsCloseAtLineEnd
        openers = (profile.cellOpeners + ["S/RES/", "S/PRST/"]).map(\.bytes)
    }

    /// Whether `line` opens a new cell of a table whose lines all end in white space (`previous`, the line before in
    /// the open cell).
    func opensCell(_ line: SourceLine, after previous: SourceLine?, in text: [UInt8]) -> Bool {
        guard let previous else { return true }
        let content = text[line.range]
        let bracketedSymbol = content.first == UInt8(ascii: "(") && content.dropFirst().first.map { $0 >= 0x41 && $0 <= 0x5A } == true
            && content.dropFirst().contains(UInt8(ascii: "/"))
        if previous.trailingGap { return !bracketedSymbol }
        if openers.contains(where: { content.starts(with: $0) }) { return true }
        // A title ends with its document's symbol in brackets.
        let before = text[previous.range]
        if before.last == UInt8(ascii: ")"), let open = before.lastIndex(of: UInt8(ascii: "(")), open + 1 < before.endIndex,
           before[open + 1] >= 0x41 && before[open + 1] <= 0x5A, before[open...].contains(UInt8(ascii: "/")) {
            return true
        }
        return false
    }

    func cells(_ lines: [SourceLine], in text: [UInt8]) -> [Cell] { cells(lines[...], in: text) }

    /// The cells of `lines`, lines of the document `text`.
    func cells(_ lines: ArraySlice<SourceLine>, in text: [UInt8]) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(8)
        // The open cell's lines: one buffer, emptied as each cell closes (not a new list a cell).
        var open: [SourceLine] = [], emptyBefore = 0, pendingEmpty = 0
        open.reserveCapacity(8)
        func close() {
            guard !open.isEmpty else { return }
            cells.append(Cell(passage: Passage(lines: open, in: text), emptyBefore: emptyBefore))
            open.removeAll(keepingCapacity: true); emptyBefore = 0
        }
        func opening(_ line: SourceLine) { open.removeAll(keepingCapacity: true); open.append(line) }
        for index in lines.indices {
            let line = lines[index]
            if line.spacesOnly { close(); pendingEmpty += 1; continue }
            if open.isEmpty { emptyBefore = pendingEmpty; pendingEmpty = 0 }
            if let split = countSplit(text[line.range]) {
                close()
                emptyBefore = pendingEmpty; pendingEmpty = 0
                let countLine = SourceLine(number: line.number, part: line.range.lowerBound..<split.end, in: text, indent: 0, trailingSpace: true)
                if let rest = split.rest {
                    opening(countLine); close()
                    opening(SourceLine(number: line.number, part: rest..<line.range.upperBound, in: text, indent: 0, trailingSpace: line.trailingSpace, trailingGap: line.trailingGap))
                    emptyBefore = max(0, split.gap - 1)
                    if closesAtLineEnd && line.trailingSpace { close() }
                } else {
                    opening(countLine)
                    let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
                    let continues = next.map { n in continuation.contains { text[n.range].starts(with: $0) } } ?? false
                    if !continues { close() }
                }
                continue
            }
            if !closesAtLineEnd, !open.isEmpty, opensCell(line, after: open.last, in: text) { close(); emptyBefore = 0 }
            open.append(line)
            if closesAtLineEnd && line.trailingSpace { close() }
        }
        close()
        return cells
    }

    /// Where a leading `N 个会员国 x` ends, the white space after it, and where the rest begins.
    func countSplit(_ content: ArraySlice<UInt8>) -> (end: Int, gap: Int, rest: Int?)? {
        guard let first = content.first, Bytes.isDigit(first) else { return nil }
        let s = Array(content), base = content.startIndex
        var c = Cursor(s)
        guard c.readInt(maxDigits: 4) != nil else { return nil }
        c.skipWhitespace()
        guard c.skip(countWord) else { return nil }
        c.skipWhitespace()
        if let b = c.current, Bytes.isLower(b), c.position + 1 == s.count || Bytes.isSpace(s[c.position + 1]) {
            c.position += 1
        }
        let end = c.position
        var gap = 0
        while c.position < s.count, Bytes.isSpace(s[c.position]) { gap += 1; c.position += 1 }
        return (base + end, gap, c.isAtEnd ? nil : base + c.position)
    }
}
