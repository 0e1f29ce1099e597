import RepertoireModel

/// Small matchers over a passage's bytes shared by the fact readers.
/// A reference type: built once per profile (`Extractor`) and shared, never copied field by field.
final class TextMatching: Sendable {
    let profile: LanguageProfile
    let symbols: SymbolScanner
    let dates: DateScanner
    /// The profile's phrases as bytes.
    let p: Phrases

    init(profile: LanguageProfile) {
        self.profile = profile
        p = Phrases(profile)
        symbols = SymbolScanner(profile: profile)
        dates = DateScanner(profile: profile)
    }

    func contains(_ s: [UInt8], anyOf words: [[UInt8]]) -> Bool {
        words.contains { Bytes.find($0, in: s) != nil }
    }

    /// `firstOf` for whole words: a word that begins with a Latin letter does not match inside another (`held` in
    /// `upheld`).
    func firstWord(_ words: [[UInt8]], in s: [UInt8], from: Int = 0, to: Int? = nil) -> (offset: Int, length: Int)? {
        var start = from
        while let hit = firstOf(words, in: s, from: start, to: to) {
            let opensWord = hit.offset == 0 || !Bytes.isASCIILetter(s[hit.offset - 1]) || !Bytes.isASCIILetter(s[hit.offset])
            if opensWord { return hit }
            start = hit.offset + 1
        }
        return nil
    }

    /// The first occurrence at or after `from` of any of `words`: (offset, length).
    func firstOf(_ words: [[UInt8]], in s: [UInt8], from: Int = 0, to: Int? = nil) -> (offset: Int, length: Int)? {
        var best: (Int, Int)? = nil
        for w in words {
            let limit = best.map { min($0.0 + w.count, s.count) } ?? to
            if let i = Bytes.find(w, in: s, from: from, to: limit), best == nil || i < best!.0 { best = (i, w.count) }
        }
        return best.map { (offset: $0.0, length: $0.1) }
    }

    /// The number written just before `offset` (`3 次会议`, `四项决议`), digits or numerals.
    func number(before offset: Int, in s: [UInt8]) -> Int? {
        var i = offset
        while i > 0, Bytes.isSpace(s[i - 1]) { i -= 1 }
        var end = i
        while i > 0, Bytes.isDigit(s[i - 1]) { i -= 1 }
        if i < end { return Int(Bytes.string(s[i..<end])) }
        if i > 0, Bytes.isASCIILetter(s[i - 1]) { return wordNumber(endingAt: i, in: s) }
        end = i
        while i >= 3, profile.numerals[Bytes.string(s[(i - 3)..<i])] != nil { i -= 3 }
        guard i < end else { return nil }
        var c = Cursor(s, at: i, end: end)
        return c.readCount(numerals: profile.numerals)
    }

    /// A number written as a word just before `end` (`three`, `twenty-three`), by the profile's numerals.
    func wordNumber(endingAt end: Int, in s: [UInt8]) -> Int? {
        var i = end
        while i > 0, Bytes.isASCIILetter(s[i - 1]) || s[i - 1] == UInt8(ascii: "-") { i -= 1 }
        let word = Bytes.string(s[i..<end]).lowercased()
        if let n = profile.numerals[word] { return n }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = profile.numerals[String(parts[0])], tens >= 20, tens % 10 == 0,
              let units = profile.numerals[String(parts[1])], units < 10 else { return nil }
        return tens + units
    }

    /// The number written just after `offset` (`to 2`, `to none`), digits or a word.
    func number(after offset: Int, in s: [UInt8]) -> Int? {
        var c = Cursor(s, at: offset)
        c.skipWhitespace()
        if let n = c.readInt(maxDigits: 6) { return n }
        var e = c.position
        while e < s.count, Bytes.isASCIILetter(s[e]) || s[e] == UInt8(ascii: "-") { e += 1 }
        return e > c.position ? wordNumber(endingAt: e, in: s) : nil
    }

    /// The end of the sentence at or after `from`: the first of the profile's sentence ends that does not close an
    /// abbreviation (`Ms.`, `para.`), or nil.
    func sentenceEnd(in s: [UInt8], from: Int = 0, to: Int? = nil) -> (offset: Int, length: Int)? {
        var start = from
        while let hit = firstOf(p.sentenceEnd, in: s, from: start, to: to) {
            if !p.abbreviations.contains(where: { a in hit.offset + 1 >= a.count && Bytes.hasPrefix(a, in: s, at: hit.offset + 1 - a.count)
                && (hit.offset + 1 == a.count || !Bytes.isASCIILetter(s[hit.offset - a.count])) }) {
                return hit
            }
            start = hit.offset + 1
        }
        return nil
    }

    /// `15-0-0` anywhere in `s`: (range, vote).
    func votes(in s: [UInt8]) -> [(range: Range<Int>, vote: Vote)] {
        var result: [(Range<Int>, Vote)] = []
        var i = 0
        while i < s.count {
            guard Bytes.isDigit(s[i]), i == 0 || !(Bytes.isDigit(s[i - 1]) || s[i - 1] == UInt8(ascii: "-")) else { i += 1; continue }
            var c = Cursor(s, at: i)
            if let a = c.readInt(maxDigits: 2), c.skip(Literal.dash), let b = c.readInt(maxDigits: 2), c.skip(Literal.dash),
               let d = c.readInt(maxDigits: 2), c.current.map({ !Bytes.isDigit($0) && $0 != UInt8(ascii: "-") }) ?? true,
               a <= 15, b <= 15, d <= 15 {
                result.append((i..<c.position, Vote(for: a, against: b, abstaining: d)))
                i = c.position
            } else { i += 1 }
        }
        return result.map { (range: $0.0, vote: $0.1) }
    }

    /// Ranges of the profile's Chapter VII marks.
    /// Where each mark of adoption under Chapter VII stands: every one (a cell of two resolutions may mark both).
    func chapterVIIMarks(in s: [UInt8]) -> [Int] {
        var marks: [Int] = []
        for phrase in p.chapterVII where !phrase.isEmpty {
            var from = 0
            while let at = Bytes.find(phrase, in: s, from: from) { marks.append(at); from = at + phrase.count }
        }
        return marks.sorted()
    }
}
