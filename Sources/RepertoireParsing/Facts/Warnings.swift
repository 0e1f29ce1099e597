/// What the reader could not place, for `file:line: warning:` lines.
public enum Warnings {
    /// The line stops mid-sentence: no full stop, and not a table cell or a link.
    public static func endsMidSentence(_ line: SourceLine, in text: [UInt8]) -> Bool { !FootnoteEnd.isComplete(text[line.range]) }
    public static func endsMidSentence(_ text: [UInt8]) -> Bool { !FootnoteEnd.isComplete(Bytes.trimmed(text[...])) }

    static func of(_ blocks: Blocks, layout: PageLayout) -> [(line: Int, message: String)] {
        var result: [(Int, String)] = []
        // The footnote numbers marked in the text, gathered into a set sized once (no list made per paragraph).
        var referenced = Set<Int>(minimumCapacity: blocks.footnotes.count)
        for case .paragraph(let p) in blocks.blocks { for marker in p.markers { referenced.insert(marker.number) } }
        for note in blocks.footnotes where !referenced.contains(note.number) {
            result.append((note.passage.lineStarts.first?.line ?? 0, "footnote \(note.number) has no marker in the text"))
        }
        // Only prose ends in a full stop: a table's last row does not (whether a table is whole is for the checks).
        if case .paragraph? = blocks.blocks.last, let last = layout.body.last(where: { !$0.line.isEmpty })?.line,
           !FootnoteEnd.isComplete(layout.text[last.range]) {
            result.append((last.number, "the text stops mid-sentence: the document may be cut off"))
        } else if case .heading(let h)? = blocks.blocks.last {
            result.append((h.line, "the text stops after the heading of item \(h.number): the document may be cut off"))
        }
        return result.map { (line: $0.0, message: $0.1) }
    }
}

enum FootnoteEnd {
    static func isComplete(_ s: ArraySlice<UInt8>) -> Bool { PageLayout.isComplete(s) }
}
