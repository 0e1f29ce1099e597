/// Stage 3's output: the document as headings, paragraphs and tables, and the footnotes.
public struct Heading: Sendable {
    public let number: Int
    public internal(set) var title: String
    public let line: Int
    /// The lines a title too long for one line goes on to.
    public internal(set) var continuationLines: [Int] = []
    public var lines: [Int] { [line] + continuationLines }
}

public struct NoteBlock: Sendable {
    public let letter: String
    public var passage: Passage
}

public struct Table: Sendable {
    public enum Kind: Sendable { case meetings, videoconferences }
    /// `表 1` → 1; nil for the stray fragment of an earlier item's table.
    public let number: Int?
    public var kind: Kind
    public let line: Int
    /// Row lines in order, table headers removed; a spaces-only line is an empty cell.
    public var rowLines: [SourceLine] = []
    public var notes: [NoteBlock] = []
}

public struct FootnoteText: Sendable {
    public let number: Int
    public let passage: Passage
    public let page: Int
}

public enum Block: Sendable {
    case heading(Heading)
    case paragraph(Passage)
    case table(Table)
}

public struct Blocks: Sendable {
    /// The document's bytes, where the tables' row lines lie.
    public var text: [UInt8] = []
    public var blocks: [Block] = []
    public var footnotes: [FootnoteText] = []
}
