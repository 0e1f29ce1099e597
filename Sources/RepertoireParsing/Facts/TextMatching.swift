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
        end = i
        while i >= 3, profile.numerals[Bytes.string(s[(i - 3)..<i])] != nil { i -= 3 }
        guard i < end else { return nil }
        var c = Cursor(s, at: i, end: end)
        return c.readCount(numerals: profile.numerals)
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
    func chapterVIIMarks(in s: [UInt8]) -> [Int] {
        p.chapterVII.compactMap { Bytes.find($0, in: s) }
    }
}
