import RepertoireModel

/// An item's opening paragraphs: the counts it states and its sub-items.
struct Overview {
    let m: TextMatching

    /// The first number stated before each count phrase (`举行了 3 次会议`, `通过了四项决议`).
    func statedCounts(_ paragraphs: [Passage]) -> StatedCounts {
        func first(_ phrases: [String]) -> Int? {
            for p in paragraphs {
                var from = 0
                while let hit = m.firstOf(phrases, in: p.bytes, from: from) {
                    if let n = m.number(before: hit.offset, in: p.bytes) { return n }
                    from = hit.offset + hit.length
                }
            }
            return nil
        }
        let profile = m.profile
        return StatedCounts(meetings: first(profile.meetingsCount), videoconferences: first(profile.videoconferencesCount),
                            resolutions: first(profile.resolutionsCount),
                            presidentialStatements: first(profile.presidentialStatementsCount))
    }

    /// `专题分项目是：(a) …；(b) …。` and `…区域的分项目是：(a) …。`
    func subItems(_ paragraphs: [Passage]) -> [SubItem] {
        var result: [SubItem] = []
        for p in paragraphs {
            for (intros, kind) in [(m.profile.thematicSubItemsIntro, SubItem.Kind.thematic), (m.profile.regionalSubItemsIntro, .regional)] {
                guard let intro = m.firstOf(intros, in: p.bytes) else { continue }
                let start = intro.offset + intro.length
                let end = m.firstOf(["。"], in: p.bytes, from: start)?.offset ?? p.bytes.count
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
            let sep = m.firstOf(m.profile.subItemSeparators, in: p.bytes, from: start, to: range.upperBound)
            let end = sep?.offset ?? range.upperBound
            var c = Cursor(p.bytes, at: start, end: end)
            c.skipWhitespace()
            if c.skip("(".bytes) || c.skip("（".bytes) {
                while let b = c.current, Bytes.isASCIILetter(b) { c.position += 1 }
                _ = c.skip(")".bytes) || c.skip("）".bytes)
            }
            let title = p.string(c.position..<end)
            if !title.isEmpty { result.append((title, p.lines(in: c.position..<end))) }
            start = end + (sep?.length ?? 0)
        }
        return result
    }
}
