import Testing
@testable import RepertoireParsing

/// The byte scans that skip text eight bytes at a time agree with a plain loop.
struct ScanTests {
    static func naive(_ s: [UInt8], from: Int, capitals: Bool) -> Int {
        var k = from
        while k < s.count, !((s[k] >= 0x30 && s[k] <= 0x39) || capitals && s[k] >= 0x41 && s[k] <= 0x5A) { k += 1 }
        return k
    }

    @Test(arguments: [
        "安理会第 8699 次会议",        // a digit after Chinese, past the first eight bytes
        "见 S/PV.8699。",              // a capital before the digits
        "/:@[`{ 0",                    // the bytes just outside both ranges, then a digit at the end
        "全是中文没有数字的一句话而已",      // none: the end
        "9",                           // one byte
        "",
    ])
    func findsTheNextDigitOrCapital(_ text: String) {
        let s = Array(text.utf8)
        for from in 0...s.count {
            #expect(Bytes.nextDigit(s, from: from, to: s.count) == Self.naive(s, from: from, capitals: false))
            #expect(Bytes.nextDigitOrCapital(s, from: from, to: s.count) == Self.naive(s, from: from, capitals: true))
        }
    }

    @Test func agreesOnEveryByteValue() {
        // Each byte value alone, at each position of a sixteen-byte run of a Chinese character's bytes.
        for value in 0...255 {
            for at in 0..<16 {
                var s = Array(repeating: UInt8(0xE4), count: 16)
                s[at] = UInt8(value)
                #expect(Bytes.nextDigitOrCapital(s, from: 0, to: s.count) == Self.naive(s, from: 0, capitals: true))
                #expect(Bytes.nextDigit(s, from: 0, to: s.count) == Self.naive(s, from: 0, capitals: false))
            }
        }
    }

    @Test(arguments: [("安理会全体成员、b 92 个会员国", true), ("伊拉克、科威特和阿拉伯叙利亚共和国", false), ("", false),
                      ("ABCDEFGHIJ z", true), ("`{@[", false), ("全体成员全体成员a", true)])
    func findsALowerCaseLetter(_ text: String, expected: Bool) {
        #expect(Bytes.containsLower(Array(text.utf8)) == expected)
    }

    @Test func stopsAtTheLimit() {
        let s = Array("abc 123".utf8)
        #expect(Bytes.nextDigit(s, from: 0, to: 4) == 4)
        #expect(Bytes.nextDigit(s, from: 0, to: 5) == 4)
    }

    @Test(arguments: ["通过", "决议", "S/RES", "a", "号决议"])
    func findsAWordWhereAPlainSearchDoes(_ word: String) {
        let hay = Array("安理会一致通过第 2532(2020)号决议。S/RES/2533 a 决议".utf8), needle = Array(word.utf8)
        for from in 0...hay.count {
            let plain = from + needle.count <= hay.count
                ? (from...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle } : nil
            #expect(Bytes.find(needle, in: hay, from: from) == plain)
        }
    }
}

/// The word matcher's two-byte prefilter never rejects a place where a word starts (one-byte words, words at the
/// text's last byte), and does reject characters that only share a word's lead byte.
@Suite struct WordMatcherTests {
    static let words = ["和", "、", "（", "）", "(", "的通报", "a"].map { Array($0.utf8) }

    @Test(arguments: ["德国、法国和特立尼达和多巴哥", "（主管政治事务）副秘书长的通报(a)", "和", "a", "(", "咊和咊", "x、"])
    func acceptsEveryPlaceAWordStarts(text: String) {
        let matcher = WordMatcher(Self.words), s = Array(text.utf8)
        for i in s.indices where matcher.match(s, at: i) != nil {
            let accepted = matcher.mayStart(s, at: i)
            #expect(accepted, "\(text) at \(i)")
        }
    }

    /// A matcher built to stop at brackets too flags every place its words or the brackets start, and only those
    /// among the text's characters (the list scan's one test a position).
    @Test(arguments: ["德国、法国和特立尼达和多巴哥", "（主管政治事务）副秘书长、和(a)", "国（", "、"])
    func stopsAtItsWordsAndTheBrackets(text: String) {
        let brackets = ["（", "）", "(", ")"].map { Array($0.utf8) }
        let matcher = WordMatcher(["、", "和"].map { Array($0.utf8) }, alsoStoppingAt: brackets), bracketMatcher = WordMatcher(brackets)
        let s = Array(text.utf8)
        var i = 0
        while i < s.count {
            let starts = matcher.match(s, at: i) != nil || bracketMatcher.match(s, at: i) != nil
            #expect(matcher.mayStart(s, at: i) == starts || i == s.count - 1, "\(text) at \(i)")
            i += Bytes.scalarLength(s[i])
        }
    }

    /// `nextStop` lands on the first character from `from` on whose first byte opens a word or a bracket, and never
    /// inside a character (a word's first byte is no continuation byte).
    @Test(arguments: [
        ("德国、法国", 0, 6),              // the separator after two Chinese characters
        ("德国、法国", 6, 6),              // already on it
        ("德国、法国", 7, 15),             // past it (from inside it): none after, the end
        ("国（主管）、", 0, 3),            // a full-width bracket stops it first
        ("ab(c)", 0, 2),                  // an ASCII bracket
        ("塞拉利昂和多哥", 0, 21),         // no separator or bracket (和 is not this matcher's word): the end
        ("", 0, 0),                       // nothing to read
    ])
    func nextStopFindsTheFirstPossibleStart(text: String, from: Int, expected: Int) {
        let brackets = ["（", "）", "(", ")"].map { Array($0.utf8) }
        let matcher = WordMatcher([Array("、".utf8)], alsoStoppingAt: brackets), s = Array(text.utf8)
        let stop = matcher.nextStop(s, from: from)
        // The plain answer: the first position from `from` whose byte opens a word or a bracket.
        let firsts = Set(([Array("、".utf8)] + brackets).map { $0[0] })
        let plain = s.indices.first { $0 >= from && firsts.contains(s[$0]) } ?? s.count
        #expect(stop == expected && stop == plain, "\(text) from \(from)")
    }

    @Test func rejectsASharedLeadByte() {
        // 他 (E4 BB 96) and 国 (E5 9B BD) share at most a word's lead byte (和 is E5 92 8C).
        let matcher = WordMatcher(Self.words)
        let s = Array("他国".utf8)
        let other = matcher.mayStart(s, at: 0) || matcher.mayStart(s, at: 3), word = matcher.mayStart(Array("和".utf8), at: 0)
        #expect(!other && word)
    }
}
