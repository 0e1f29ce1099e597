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
struct CellBuilder: Sendable {
    let countWord: [UInt8], continuation: [[UInt8]]

    init(profile: LanguageProfile) {
        countWord = profile.memberStatesCount.bytes
        continuation = profile.submittedBy.map(\.bytes)
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
                    opening(SourceLine(number: line.number, part: rest..<line.range.upperBound, in: text, indent: 0, trailingSpace: line.trailingSpace))
                    emptyBefore = max(0, split.gap - 1)
                    if line.trailingSpace { close() }
                } else {
                    opening(countLine)
                    let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
                    let continues = next.map { n in continuation.contains { text[n.range].starts(with: $0) } } ?? false
                    if !continues { close() }
                }
                continue
            }
            open.append(line)
            if line.trailingSpace { close() }
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
