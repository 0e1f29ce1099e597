import RepertoireModel
import RepertoireParsing

/// An account's words, for finding a briefer named another way where titles lead and words are spaced (English):
/// `President and Chief Executive Officer of the International Crisis Group` mentioned later as `President and Chief
/// Executive of the International Crisis Group`. A mention starts with the name's first word and differs by a word or
/// two, ending on one of the name's own words: a word left out or added costs one, a word changed costs one when the two are spelled alike (`Peacebuilding`,
/// `Peace-building`) and two otherwise. A mention that is the name cut short (`Director of Sustainable Pacific
/// Consultancy` for `… in Niue`) is no other name.
struct MentionWords {
    /// The account's passages, as UTF-8: searched for a name's first word, and read word by word only after it.
    let texts: [[UInt8]]

    init(_ passages: [Passage]) { texts = passages.map(\.bytes) }

    /// The words of UTF-8 text split at white space from `start`, at most `limit` of them, each without the
    /// punctuation around it (`,.;:"()` and curly quotation marks), and whether a sentence ends after it (`.`, `;`,
    /// `:`).
    static func words(_ s: [UInt8], from start: Int = 0, limit: Int = .max) -> [([UInt8], Bool)] {
        var out: [([UInt8], Bool)] = []
        var i = start
        while i < s.count, out.count < limit {
            while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A { i += 1 }
            var j = i
            while j < s.count, s[j] != 0x20 && s[j] != 0x09 && s[j] != 0x0A { j += 1 }
            guard j > i else { break }
            var lo = i, hi = j
            let last = s[hi - 1]
            let ends = last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":")
            while lo < hi, let n = punctuationLength(s, at: lo, end: hi) { lo += n }
            while hi > lo, let n = punctuationLength(endingAt: hi, in: s, start: lo) { hi -= n }
            if hi > lo { out.append((Array(s[lo..<hi]), ends)) }
            i = j
        }
        return out
    }

    static let asciiPunctuation: Set<UInt8> = Set(",.;:\"()".utf8)
    /// `“` and `”`: E2 80 9C, E2 80 9D.
    static func isCurlyQuote(_ s: [UInt8], _ k: Int) -> Bool { s[k] == 0xE2 && s[k + 1] == 0x80 && (s[k + 2] == 0x9C || s[k + 2] == 0x9D) }
    static func punctuationLength(_ s: [UInt8], at k: Int, end: Int) -> Int? {
        if asciiPunctuation.contains(s[k]) { return 1 }
        return k + 3 <= end && isCurlyQuote(s, k) ? 3 : nil
    }
    static func punctuationLength(endingAt k: Int, in s: [UInt8], start: Int) -> Int? {
        if asciiPunctuation.contains(s[k - 1]) { return 1 }
        return k - 3 >= start && isCurlyQuote(s, k - 3) ? 3 : nil
    }

    /// A mention of `name` written another way, or nil. A mention ends, as the name does, on one of its words, never
    /// on a function word (`for the` of another briefer's `for the Rule of Law`).
    /// `others` are the event's briefers (a mention that is one of them is no variant); `functionWords` lower case.
    func variant(of name: String, others otherNames: Set<String>, functionWords: Set<[UInt8]>) -> String? {
        let target = MentionWords.words(Array(name.utf8)).map(\.0)
        let allowed = target.count >= 4 ? 2 : target.count >= 2 ? 1 : 0
        // A name of more than 40 words is no briefer's (a damaged text's).
        guard allowed > 0, target.count <= 40, let first = target.first else { return nil }
        let endings = Set(target.dropFirst().filter { !functionWords.contains($0.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }) })
        var best: (cost: Int, mention: [[UInt8]])? = nil
        for text in texts {
            var from = 0
            while let at = ByteSearch.find(first, in: text, from: from) {
                from = at + 1
                // The first word whole: white space or punctuation before it.
                if at > 0, let b = Optional(text[at - 1]), b != 0x20 && b != 0x0A && !MentionWords.asciiPunctuation.contains(b) && b != 0x9C { continue }
                // The candidate runs at most to its sentence's end.
                var run: [[UInt8]] = []
                for (word, ends) in MentionWords.words(text, from: at, limit: target.count + allowed) {
                    run.append(word)
                    if ends { break }
                }
                guard run.first == first, !run.starts(with: target) else { continue }   // not the name itself
                let shortest = max(1, target.count - allowed), longest = min(run.count, target.count + allowed)
                guard shortest <= longest else { continue }
                for length in shortest...longest {
                    let candidate = Array(run.prefix(length))
                    guard let last = candidate.last, endings.contains(last) else { continue }
                    if target.starts(with: candidate) { continue }   // cut short
                    guard let cost = Self.distance(target, candidate, limit: allowed), cost > 0 else { continue }
                    let mention = candidate.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                    if otherNames.contains(mention) { continue }
                    if best == nil || cost < best!.cost { best = (cost, candidate) }
                }
            }
        }
        return best.map { $0.mention.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") }
    }

    /// Word edit distance when at most `limit`: a word left out or added costs one, a word changed one when
    /// `alike`, two otherwise.
    static func distance(_ a: [[UInt8]], _ b: [[UInt8]], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit, !a.isEmpty else { return nil }
        var previous = Array(0...b.count), current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let change = a[i - 1] == b[j - 1] ? 0 : alike(a[i - 1], b[j - 1]) ? 1 : 2
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change)
            }
            swap(&previous, &current)
        }
        let d = previous[b.count]
        return d <= limit ? d : nil
    }

    /// Two words spelled alike: the same letters but for hyphens and case, or one letter apart in words of five or
    /// more (UTF-8). Compared in place: this runs for every pair of words a candidate's distance weighs.
    static func alike(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if abs(x.count - y.count) > 1 && !x.contains(UInt8(ascii: "-")) && !y.contains(UInt8(ascii: "-")) { return false }
        // Equal but for hyphens and ASCII case.
        var i = 0, j = 0
        while true {
            while i < x.count, x[i] == UInt8(ascii: "-") { i += 1 }
            while j < y.count, y[j] == UInt8(ascii: "-") { j += 1 }
            guard i < x.count, j < y.count else { break }
            let p = x[i] >= 0x41 && x[i] <= 0x5A ? x[i] | 0x20 : x[i], q = y[j] >= 0x41 && y[j] <= 0x5A ? y[j] | 0x20 : y[j]
            guard p == q else { break }
            i += 1; j += 1
        }
        if i == x.count && j == y.count { return true }
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        // One edit apart: skip the common prefix and suffix, at most one byte left on each side.
        var lo = 0
        while lo < x.count, lo < y.count, x[lo] == y[lo] { lo += 1 }
        var m = x.count, n = y.count
        while m > lo, n > lo, x[m - 1] == y[n - 1] { m -= 1; n -= 1 }
        return m - lo <= 1 && n - lo <= 1
    }
}
