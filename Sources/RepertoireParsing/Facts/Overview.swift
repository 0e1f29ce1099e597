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

    /// The list's pieces: between its lettered markers `(a)`, `(b)`, … where it has them (so that `Women, peace and
    /// security` and a list joined by `, and (c)` keep their titles whole), else between the profile's separators
    /// (`；`); each without its marker, the separators and conjunction that close it, and the paragraph's full stop.
    func pieces(_ p: Passage, _ range: Range<Int>) -> [(title: String, lines: [Int])] {
        let starts = letteredMarkers(p.bytes, range)
        let spans: [Range<Int>]
        if starts.count >= 2 {
            spans = starts.indices.map { k in starts[k].end..<(k + 1 < starts.count ? starts[k + 1].start : range.upperBound) }
        } else {
            var found: [Range<Int>] = [], start = range.lowerBound
            while start < range.upperBound {
                let sep = m.firstOf(m.p.subItemSeparators, in: p.bytes, from: start, to: range.upperBound)
                let end = sep?.offset ?? range.upperBound
                var c = Cursor(p.bytes, at: start, end: end)
                c.skipWhitespace()
                if c.skip(anyOf: Literal.openParen) {
                    while let b = c.current, Bytes.isASCIILetter(b) { c.position += 1 }
                    _ = c.skip(anyOf: Literal.closeParen)
                }
                found.append(c.position..<end)
                start = end + (sep?.length ?? 0)
            }
            spans = found
        }
        return spans.compactMap { span in
            let r = trimmedPiece(p.bytes, span)
            return r.isEmpty ? nil : (p.string(r), p.lines(in: r))
        }
    }

    /// `(a)`, `(b)`, … in order in `range`, each opening the text or after white space: where each stands and ends.
    func letteredMarkers(_ s: [UInt8], _ range: Range<Int>) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = [], from = range.lowerBound
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
            var hit: (Int, Int)? = nil
            for (open, close) in zip(Literal.openParen, Literal.closeParen) {
                let marker = open + [letter] + close
                var at = from
                while let i = Bytes.find(marker, in: s, from: at, to: range.upperBound) {
                    if i == range.lowerBound || Bytes.isSpace(s[i - 1]) || s[i - 1] >= 0x80 || m.p.subItemSeparators.contains(where: { Bytes.hasPrefix($0, in: s, at: i - $0.count) }) {
                        if hit == nil || i < hit!.0 { hit = (i, i + marker.count) }
                        break
                    }
                    at = i + 1
                }
            }
            guard let (start, end) = hit else { break }
            result.append((start, end)); from = end
        }
        return result
    }

    /// A piece without white space, the separators and conjunctions that close it (`…reform; and`, `…security,`),
    /// and the paragraph's full stop where the list ends the paragraph.
    func trimmedPiece(_ s: [UInt8], _ span: Range<Int>) -> Range<Int> {
        var lo = span.lowerBound, hi = span.upperBound
        while lo < hi, Bytes.isSpace(s[lo]) { lo += 1 }
        let closers = m.p.subItemSeparators + m.p.listJoiners + Literal.listEnds
        var changed = true
        while changed && hi > lo {
            changed = false
            while hi > lo, Bytes.isSpace(s[hi - 1]) { hi -= 1; changed = true }
            if hi == s.count, hi > lo, s[hi - 1] == UInt8(ascii: ".") { hi -= 1; changed = true }
            for w in closers where hi - lo > w.count && Bytes.hasPrefix(w, in: s, at: hi - w.count) {
                // A conjunction word ends the piece only as a whole word (`and`, not the end of `Rwanda`).
                if let first = w.first, Bytes.isASCIILetter(first), hi - w.count > lo, Bytes.isASCIILetter(s[hi - w.count - 1]) { continue }
                hi -= w.count; changed = true; break
            }
        }
        return lo..<hi
    }
}
