import RepertoireModel

/// A passage's snippet for a query, made here from the passage's text (the index keeps no text): a window of
/// `positions` tokens from a little before the first match, `…` where the text goes on, each match between
/// `open` and `close`. What matches is what the index matched: a Chinese word of two or more characters wherever
/// it is written, a single character, a Latin word, a symbol in any of its written forms.
enum Highlight {
    struct Terms {
        var runs: [[UInt8]] = []          // Chinese words of two or more characters
        var tokens: Set<[UInt8]> = []     // single characters, Latin words, symbols' compact tokens
    }

    static func terms(_ query: String) -> Terms {
        var terms = Terms()
        for segment in PortableIndex.segments(query) {
            switch segment {
            case .run(let run): terms.runs.append(Array(run.utf8))
            case .word(let token): terms.tokens.insert(Array(token.utf8))
            }
        }
        return terms
    }

    static func snippet(_ text: String, terms: Terms, open: String, close: String, positions: Int = 32) -> String {
        let bytes = Array(text.utf8)
        var tokens: [Range<Int>] = []   // one a position: its first token's range
        var marks: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { p in
            SearchTokens.scan(p, query: false) { token, start, end, colocated in
                if !colocated, tokens.last?.lowerBound != start { tokens.append(start..<end) }
                if terms.tokens.contains(Array(token)) { marks.append(start..<end) }
                return true
            }
        }
        for run in terms.runs {
            var from = 0
            while let at = ByteSearch.find(run, in: bytes, from: from, to: bytes.count) {
                marks.append(at..<(at + run.count))
                from = at + run.count
            }
        }
        marks.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for m in marks {
            if let last = merged.last, m.lowerBound <= last.upperBound { merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, m.upperBound) }
            else { merged.append(m) }
        }
        // The window: from a few positions before the first match, `positions` long.
        guard !tokens.isEmpty else { return text }
        let first = merged.first.map { m in tokens.firstIndex { $0.upperBound > m.lowerBound } ?? 0 } ?? 0
        var lo = max(0, first - positions / 4)
        let hi = min(tokens.count - 1, lo + positions - 1)
        lo = max(0, min(lo, hi - positions + 1))
        let start = lo == 0 ? 0 : tokens[lo].lowerBound
        let end = hi == tokens.count - 1 ? bytes.count : tokens[hi].upperBound
        var out = lo == 0 ? "" : "…"
        var i = start
        for m in merged where m.upperBound > start && m.lowerBound < end {
            let a = max(m.lowerBound, start), b = min(m.upperBound, end)
            out += String(decoding: bytes[i..<a], as: UTF8.self) + open + String(decoding: bytes[a..<b], as: UTF8.self) + close
            i = b
        }
        out += String(decoding: bytes[i..<end], as: UTF8.self)
        return out + (end < bytes.count ? "…" : "")
    }
}
