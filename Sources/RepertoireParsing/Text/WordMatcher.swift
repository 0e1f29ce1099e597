/// Finds which of a few words starts at a position: the words are keyed by their first Unicode
/// scalar's UTF-8 bytes packed in an integer, so most positions are rejected by a few integer compares.
struct WordMatcher: Sendable {
    /// `keys[k]` is the packed first scalar of `words[k]`.
    private let keys: [UInt32]
    let words: [[UInt8]]
    /// The first bytes of the words, as a 256-bit set.
    private let leads: (UInt64, UInt64, UInt64, UInt64)

    init(_ words: [[UInt8]]) {
        self.words = words.filter { !$0.isEmpty }
        keys = self.words.map { WordMatcher.key($0, at: 0) }
        var l: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for w in self.words {
            let b = Int(w[0]), bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 { case 0: l.0 |= bit; case 1: l.1 |= bit; case 2: l.2 |= bit; default: l.3 |= bit }
        }
        leads = l
    }

    /// Whether a word can start with this byte (most bytes are rejected by one test).
    @inline(__always) func mayStart(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 { case 0: return leads.0 & bit != 0; case 1: return leads.1 & bit != 0; case 2: return leads.2 & bit != 0; default: return leads.3 & bit != 0 }
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
