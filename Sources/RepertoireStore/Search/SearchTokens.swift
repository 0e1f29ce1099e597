import RepertoireModel
import RepertoireParsing

/// The full-text tokens of a text, read byte by byte:
/// - Chinese (and other CJK) characters: in a document, each character at its own position with the bigram it
///   starts colocated (`理`, `理事` at one position), so that one- and two-character queries both match; in a
///   query, the bigrams of a run at consecutive positions and its last character (`理事会` → `理事`, `事会`, `会`).
/// - Latin words and numbers: lower-cased (`Climate` → `climate`).
/// - Document symbols, in any form the language profiles read (`S/RES/2532(2020)`, `第 2532(2020)号决议`): one
///   lower-cased compact token (`s/res/2532(2020)`) where the symbol starts, the token there colocated, so that a
///   symbol is searchable as a whole and highlighted; in a query, a symbol written as such is that token alone.
public enum SearchTokens {
    /// Finds symbols in every written form the language profiles know (`S/RES/2532(2020)`, `第 2532(2020)号决议`).
    static let scanners = LanguageProfile.all.map { SymbolScanner(profile: $0) }

    /// `emit(token, start, end, colocated)` returns false to stop.
    public static func scan(_ text: UnsafeBufferPointer<UInt8>, query: Bool,
                            _ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Bool) {
        var i = 0
        let n = text.count
        var word: [UInt8] = []
        // In a document, the symbols cited, in order: each is emitted where it starts, before the token there.
        let symbols = query ? [] : documentSymbols(text)
        var nextSymbol = 0
        var colocate = false
        func put(_ token: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ colocated: Bool = false) -> Bool {
            defer { colocate = false }
            return emit(token, start, end, colocated || colocate)
        }
        while i < n {
            while nextSymbol < symbols.count && symbols[nextSymbol].range.lowerBound < i { nextSymbol += 1 }
            if nextSymbol < symbols.count, symbols[nextSymbol].range.lowerBound == i {
                let hit = symbols[nextSymbol]
                if !symbols[nextSymbol].token.withUnsafeBufferPointer({ put($0, hit.range.lowerBound, hit.range.upperBound) }) { return }
                colocate = true
                nextSymbol += 1
            }
            let (scalar, width) = decode(text, i)
            if isCJK(scalar) {
                let (next, nextWidth) = i + width < n ? decode(text, i + width) : (0, 0)
                let pairs = nextWidth > 0 && isCJK(next)
                let one = UnsafeBufferPointer(rebasing: text[i..<(i + width)])
                if query {
                    // Bigrams at consecutive positions, and the run's last character alone at the end, so that a
                    // phrase of n characters spans n positions (and its highlight n characters).
                    if pairs {
                        if !put(UnsafeBufferPointer(rebasing: text[i..<(i + width + nextWidth)]), i, i + width + nextWidth) { return }
                    } else if !put(one, i, i + width) { return }
                } else {
                    // The character first (a match's highlight takes the offsets of a position's first token).
                    if !put(one, i, i + width) { return }
                    if pairs, !put(UnsafeBufferPointer(rebasing: text[i..<(i + width + nextWidth)]), i, i + width + nextWidth, true) { return }
                }
                i += width
                continue
            }
            if isWordScalar(scalar) {
                // In a query, a chunk (no space, no CJK) holding a '/' that reads as a symbol is that symbol alone.
                if query, startsChunk(text, i), let chunk = symbolChunk(text, at: i) {
                    var token = Array(chunk.compact.utf8)
                    lowercaseASCII(&token)
                    if !token.withUnsafeBufferPointer({ put($0, i, chunk.end) }) { return }
                    i = chunk.end
                    continue
                }
                let start = i
                word.removeAll(keepingCapacity: true)
                while i < n {
                    let (s, w) = decode(text, i)
                    guard isWordScalar(s), !isCJK(s) else { break }
                    word.append(contentsOf: text[i..<(i + w)])
                    i += w
                }
                let lowered = lowercased(word)
                if !lowered.withUnsafeBufferPointer({ put($0, start, i) }) { return }
                continue
            }
            i += width
        }
    }

    /// The symbols a document text cites, by byte range, each with its lower-cased compact token.
    static func documentSymbols(_ text: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, token: [UInt8])] {
        guard text.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }  // every symbol has a digit
        let bytes = Array(text)
        var hits: [(range: Range<Int>, token: [UInt8])] = []
        for scanner in scanners {
            for hit in scanner.scan(bytes) {
                var token = Array(hit.symbol.compact.utf8)
                lowercaseASCII(&token)
                hits.append((hit.range, token))
            }
        }
        return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The tokens of a string, for tests and for building queries.
    public static func tokens(_ text: String, query: Bool) -> [(token: String, colocated: Bool)] {
        var out: [(String, Bool)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            scan(p, query: query) { t, _, _, colocated in out.append((String(decoding: t, as: UTF8.self), colocated)); return true }
        }
        return out
    }

    // MARK: Characters

    static func isCJK(_ s: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(s) || (0x4E00...0x9FFF).contains(s) || (0xF900...0xFAFF).contains(s)
            || (0x20000...0x2FFFF).contains(s) || (0x3040...0x30FF).contains(s) || (0xAC00...0xD7AF).contains(s)
    }

    static func isWordScalar(_ s: UInt32) -> Bool {
        if s < 0x80 {
            return (0x30...0x39).contains(s) || (0x41...0x5A).contains(s) || (0x61...0x7A).contains(s)
        }
        guard let scalar = Unicode.Scalar(s) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar at `i` and its width in bytes; a malformed byte is its own width-1 non-word scalar.
    static func decode(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = t[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= t.count else { return (0xFFFD, 1) }
        var s = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width {
            let c = t[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            s = s << 6 | UInt32(c & 0x3F)
        }
        return (s, width)
    }

    static func previousScalar(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        var j = i - 1
        while j > 0 && t[j] & 0xC0 == 0x80 && i - j < 4 { j -= 1 }
        return decode(t, j).0
    }

    /// Whether a chunk (a possible symbol) starts at `i`: after a space, a bracket, CJK text or nothing.
    static func startsChunk(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = previousScalar(t, i)
        return p == 0x20 || p == 0x09 || p == 0x0A || p == 0x0D || p == 0x28 || p == 0x5B || isCJK(p) || p >= 0x3000 && p <= 0x303F || p >= 0xFF00
    }

    static func lowercaseASCII(_ bytes: inout [UInt8]) {
        for k in bytes.indices where (0x41...0x5A).contains(bytes[k]) { bytes[k] |= 0x20 }
    }

    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.allSatisfy({ $0 < 0x80 }) { var b = bytes; lowercaseASCII(&b); return b }
        return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// The symbol written from `i` to the next space or CJK character, if that chunk holds a '/' and parses.
    static func symbolChunk(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (compact: String, end: Int)? {
        var end = i, slash = false
        while end < t.count {
            let (s, w) = decode(t, end)
            if s == 0x20 || s == 0x09 || s == 0x0A || s == 0x0D || isCJK(s) || s >= 0x3000 && s <= 0x303F || s >= 0xFF00 { break }
            if s == 0x2F { slash = true }
            end += w
        }
        guard slash, end - i <= 64 else { return nil }
        // A sentence's or a list's punctuation after the symbol is not part of it.
        var last = end
        while last > i, [0x2C, 0x3B, 0x3A, 0x2E].contains(t[last - 1]) { last -= 1 }
        if last > i, t[last - 1] == 0x29, !t[i..<last].contains(0x28) { last -= 1 }
        guard let symbol = DocumentSymbol(String(decoding: UnsafeBufferPointer(rebasing: t[i..<last]), as: UTF8.self)) else { return nil }
        return (symbol.compact, end)
    }
}
