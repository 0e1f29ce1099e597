/// One input line with the facts about its shape that later stages key on.
public struct SourceLine: Sendable {
    /// 1-based line number in the input.
    public let number: Int
    /// The line without leading and trailing white space.
    public let content: ArraySlice<UInt8>
    /// Leading white space, in characters (an ideographic space counts as one).
    public let indent: Int
    /// True when the line ended in white space: in a flattened table that closes a cell.
    public let trailingSpace: Bool
    /// The line held only white space (an empty table cell), not nothing at all.
    public let spacesOnly: Bool

    init(number: Int, raw: ArraySlice<UInt8>) {
        self.number = number
        let trimmed = Bytes.trimmed(raw)
        content = trimmed
        var indent = 0, i = raw.startIndex
        let array = Array(raw)
        var k = 0
        while k < array.count && k < trimmed.startIndex - raw.startIndex {
            let w = Bytes.whitespaceLength(array, at: k); if w == 0 { break }
            k += w; indent += 1
        }
        _ = i; i = 0
        self.indent = indent
        trailingSpace = !trimmed.isEmpty && trimmed.endIndex < raw.endIndex
        spacesOnly = trimmed.isEmpty && !raw.isEmpty
    }

    public var isEmpty: Bool { content.isEmpty }
    public var text: String { Bytes.string(content) }
}
