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
        while i < trimmed.startIndex {
            i += raw[i] == 0xE3 ? 3 : 1
            indent += 1
        }
        self.indent = indent
        trailingSpace = !trimmed.isEmpty && trimmed.endIndex < raw.endIndex
        spacesOnly = trimmed.isEmpty && !raw.isEmpty
    }

    public var isEmpty: Bool { content.isEmpty }
    public var text: String { Bytes.string(content) }
}
