/// One input line with the facts about its shape that later stages key on.
///
/// A line holds where its text lies in the document's bytes (`PageLayout.text`, `Blocks.text`), not the bytes: a
/// copy of a line is then a copy of a few numbers. Holding a slice of the bytes made every copy and every release of
/// a line an atomic operation on the bytes' reference count, a fifth of the extraction's time.
public struct SourceLine: Sendable {
    /// 1-based line number in the input.
    public let number: Int
    /// The line without leading and trailing white space: its place in the document's bytes.
    public let range: Range<Int>
    /// Leading white space, in characters (an ideographic space counts as one).
    public let indent: Int
    /// True when the line ended in white space: in a flattened table that closes a cell.
    public let trailingSpace: Bool
    /// The line held only white space (an empty table cell), not nothing at all.
    public let spacesOnly: Bool
    /// The line ended in two or more white-space characters: in a flattened table whose every line ends in one space
    /// (English), the gap after a cell.
    public let trailingGap: Bool

    /// The line `raw` of `text` (its place, with its line end left out).
    init(number: Int, raw: Range<Int>, in text: [UInt8]) {
        self.number = number
        let trimmed = Bytes.trimmed(text, raw)
        range = trimmed
        var indent = 0, i = raw.lowerBound
        while i < trimmed.lowerBound {
            i += text[i] == 0xE3 ? 3 : 1
            indent += 1
        }
        self.indent = indent
        trailingSpace = !trimmed.isEmpty && trimmed.upperBound < raw.upperBound
        trailingGap = !trimmed.isEmpty && trimmed.upperBound + 1 < raw.upperBound
        spacesOnly = trimmed.isEmpty && !raw.isEmpty
    }

    /// Part of a line (a table cell that begins or ends inside it), trimmed.
    init(number: Int, part: Range<Int>, in text: [UInt8], indent: Int, trailingSpace: Bool, trailingGap: Bool = false) {
        self.number = number
        range = Bytes.trimmed(text, part)
        self.indent = indent
        self.trailingSpace = trailingSpace
        self.trailingGap = trailingGap
        spacesOnly = false
    }

    public var isEmpty: Bool { range.isEmpty }
    public func text(in bytes: [UInt8]) -> String { Bytes.string(bytes[range]) }
}
