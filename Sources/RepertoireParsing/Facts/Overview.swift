import RepertoireModel

/// An item's opening paragraphs: the counts it states and its sub-items.
struct Overview {
    let m: TextMatching

    /// The first number stated before each count phrase (`举行了 3 次会议`, `通过了四项决议`).
    func statedCounts(_ paragraphs: ArraySlice<Passage>) -> StatedCounts {
        func first(_ phrases: [[UInt8]]) -> Int? {
            for p in paragraphs {
                var from = 0
                while let hit = m.firstOf(phrases, in: p.bytes, from: from) {
                    if let n = m.number(before: hit.offset, in: p.bytes) { return n }
                    from = hit.offset + hit.length
                }
            }
            return nil
        }
        return StatedCounts(meetings: first(m.p.meetingsCount), videoconferences: first(m.p.videoconferencesCount),
                            resolutions: first(m.p.resolutionsCount),
                            presidentialStatements: first(m.p.presidentialStatementsCount))
    }

    /// `专题分项目是：(a) …；(b) …。` and `…区域的分项目是：(a) …。`
    func subItems(_ paragraphs: ArraySlice<Passage>) -> [SubItem] {
        var result: [SubItem] = []
        for p in paragraphs {
            for (intros, kind) in [(m.p.thematicSubItemsIntro, SubItem.Kind.thematic), (m.p.regionalSubItemsIntro, .regional)] {
                guard let intro = m.firstOf(intros, in: p.bytes) else { continue }
                let start = intro.offset + intro.length
                let end = m.sentenceEnd(in: p.bytes, from: start)?.offset ?? p.bytes.count
                result += pieces(p, start..<end).map { SubItem(title: $0.title, kind: kind, locations: Locations($0.lines)) }
            }
        }
        return result
    }

    /// Splits on `；` and drops each piece's `(a)` marker.
    func pieces(_ p: Passage, _ range: Range<Int>) -> [(title: String, lines: [Int])] {
        var result: [(String, [Int])] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let sep = m.firstOf(m.p.subItemSeparators, in: p.bytes, from: start, to: range.upperBound)
            let end = sep?.offset ?? range.upperBound
            var c = Cursor(p.bytes, at: start, end: end)
            c.skipWhitespace()
            // `; and (g) …`: the list's last conjunction before the last marker.
            var probe = c
            if probe.skip(anyOf: m.p.listJoiners) {
                probe.skipWhitespace()
                if Literal.openParen.contains(where: { Bytes.hasPrefix($0, in: p.bytes, at: probe.position) }) { c = probe }
            }
            if c.skip(anyOf: Literal.openParen) {
                while let b = c.current, Bytes.isASCIILetter(b) { c.position += 1 }
                _ = c.skip(anyOf: Literal.closeParen)
            }
            c.skipWhitespace()
            var stop = end
            // A list's own last conjunction (`…reform; and`) is not part of its last title.
            while stop > c.position, Bytes.isSpace(p.bytes[stop - 1]) { stop -= 1 }
            // The paragraph's own full stop, where the list ends it.
            if stop == p.bytes.count, stop > c.position, p.bytes[stop - 1] == UInt8(ascii: ".") { stop -= 1 }
            let title = p.string(c.position..<stop)
            if !title.isEmpty { result.append((title, p.lines(in: c.position..<stop))) }
            start = end + (sep?.length ?? 0)
        }
        return result
    }
}
