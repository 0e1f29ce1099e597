/// Finds which of a few words starts at a position: the words are keyed by their first Unicode
/// scalar's UTF-8 bytes packed in an integer, so most positions are rejected by a few integer compares.
/// A class: a matcher is built once per profile and passed around, each copy of a struct of three arrays retained
/// all three.
final class WordMatcher: Sendable {
    /// `keys[k]` is the packed first scalar of `words[k]`.
    private let keys: [UInt32]
    let words: [[UInt8]]
    /// The first two bytes of the words and of `alsoStoppingAt`, as a 65,536-bit set (a word of one ASCII byte takes
    /// every second byte): a Chinese word's lead byte is shared by a sixth of all characters, its first two bytes by 64.
    private let pairs: [UInt64]
    /// For each byte: 0 where it is the first byte of a word or of `alsoStoppingAt`, else the length of the character
    /// it opens (1 for a continuation byte), so that `nextStop` steps a character at a time with one load.
    private let steps: [UInt8]

    /// A matcher of `words` whose prefilter also lets through where one of `others` starts (brackets, for a scan
    /// that tracks them: one test a position for both).
    init(_ words: [[UInt8]], alsoStoppingAt others: [[UInt8]] = []) {
        self.words = words.filter { !$0.isEmpty }
        keys = self.words.map { WordMatcher.key($0, at: 0) }
        var p = [UInt64](repeating: 0, count: 1024)
        for w in self.words + others.filter({ !$0.isEmpty }) {
            let seconds = w.count > 1 ? [Int(w[1])] : Array(0...255)
            for second in seconds { let key = Int(w[0]) << 8 | second; p[key >> 6] |= 1 << UInt64(key & 63) }
        }
        pairs = p
        var table = (0...255).map { UInt8(Bytes.scalarLength(UInt8($0))) }
        for w in self.words + others where !w.isEmpty { table[Int(w[0])] = 0 }
        steps = table
    }

    /// The first position from `i` on where one of the words (or of `alsoStoppingAt`) may start, by its first byte,
    /// or `s.count`: one table load a character (Chinese text steps three bytes at a time).
    @inline(__always) func nextStop(_ s: [UInt8], from i: Int) -> Int {
        s.withUnsafeBufferPointer { b in
            steps.withUnsafeBufferPointer { t in
                var k = max(i, 0)
                while k < b.count {
                    let step = Int(t[Int(b[k])])
                    if step == 0 { return k }
                    k += step
                }
                return b.count
            }
        }
    }

    /// Whether one of the words (or of `alsoStoppingAt`) can start at `i` of `s`, by its first two bytes (most
    /// positions are rejected by one test; the last byte always may).
    @inline(__always) func mayStart(_ s: [UInt8], at i: Int) -> Bool {
        guard i + 1 < s.count else { return true }
        let key = Int(s[i]) << 8 | Int(s[i + 1])
        return pairs[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    @inline(__always) static func key(_ s: [UInt8], at i: Int) -> UInt32 {
        let lead = s[i]
        let n = min(Bytes.scalarLength(lead), s.count - i)
        var k = UInt32(lead)
        if n > 1 { k = k << 8 | UInt32(s[i + 1]) }
        if n > 2 { k = k << 8 | UInt32(s[i + 2]) }
        if n > 3 { k = k << 8 | UInt32(s[i + 3]) }
        return k
    }

    /// The index in `words` of the (first listed) word at `i`, or nil.
    @inline(__always) func match(_ s: [UInt8], at i: Int) -> Int? {
        let k = WordMatcher.key(s, at: i)
        for j in 0..<keys.count where keys[j] == k && Bytes.hasPrefix(words[j], in: s, at: i) { return j }
        return nil
    }
}
