import RepertoireModel

/// Finds UN document symbols in text in every surface form: `S/PV.8699 (Resumption 1)`,
/// `S/RES/2532 (2020)`, `S/2020/1/Add.1`, and the profile's resolution forms
/// (`第 2250(2015)和 2419(2018)号决议`, `第 2546(2020) 号决议`).
public struct SymbolScanner: Sendable {
    public struct Hit: Sendable { public let range: Range<Int>; public let symbol: DocumentSymbol }

    let prefix: [UInt8], suffixes: [[UInt8]], chain: [[UInt8]], assemblyPrefixes: [[UInt8]], assemblyLastBytes: [UInt8]
    /// Resolutions are named by a word before them and nothing after (`resolutions 2250 (2015) and 2419 (2018)`),
    /// not closed by a suffix (`…号决议`).
    let suffixless: Bool

    public init(profile: LanguageProfile) {
        prefix = profile.resolutionPrefix.bytes
        suffixless = profile.resolutionSuffix.isEmpty
        suffixes = profile.resolutionSuffix.map(\.bytes)
        chain = profile.resolutionChainWords.map(\.bytes)
        assemblyPrefixes = profile.assemblyResolutionPrefix.map(\.bytes)
        assemblyLastBytes = assemblyPrefixes.compactMap(\.last)
    }

    public func symbols(in text: String) -> [DocumentSymbol] { scan(text.bytes).map(\.symbol) }

    public func scan(_ s: [UInt8]) -> [Hit] {
        var hits: [Hit] = []
        // Each byte is examined a bounded number of times, whatever the text holds (a hostile line of `S/PV.S/PV.…`
        // or `1(2020)1(2020)…` once made every start read on to the run's end): a run of symbol bytes is measured
        // once for all the starts inside it, and a chain of resolutions that no suffix closes is read once, not
        // again from each of its numbers.
        var run = Run()
        var dead = DeadStarts()
        var i = 0
        while i < s.count {
            // Straight to the next capital letter or digit: a symbol starts with one.
            i = Bytes.nextDigitOrCapital(s, from: i, to: s.count)
            guard i < s.count else { break }
            let b = s[i]
            if b >= 0x41 && b <= 0x5A, i == 0 || !(Bytes.isLatinWordByte(s[i - 1]) || s[i - 1] == UInt8(ascii: "/")),
               let hit = latin(s, at: i, run: &run) {
                if hits.isEmpty { hits.reserveCapacity(8) }   // room for a passage's few, at once (not 1, 2, 4, 8)
                hits.append(hit); i = hit.range.upperBound; continue
            }
            if Bytes.isDigit(b), i == 0 || !(Bytes.isLatinWordByte(s[i - 1]) || s[i - 1] == 0x2F || s[i - 1] == 0x2E) {
                let council = dead.contains(i) || (suffixless && !followsPrefix(s, at: i)) ? nil : chain(s, at: i, .council, dead: &dead)
                if let found = council ?? assemblyChain(s, at: i), !found.isEmpty {
                    if hits.isEmpty { hits.reserveCapacity(8) }
                    hits.append(contentsOf: found); i = found.last!.range.upperBound; continue
                }
            }
            i += 1
        }
        return hits
    }

    /// The run of symbol bytes (`[A-Za-z0-9/.-]`) last measured: every start inside it ends where it ends.
    struct Run {
        var end = -1
        /// `end` without the marks a sentence leaves after a symbol (`.`, `/`, `-`), not before the run's first start.
        var trimmedEnd = -1
    }

    /// The numbers of a chain of resolutions that no suffix closed: read again from any of them, the chain fails
    /// the same way. Starts are asked in increasing order, so a cursor finds them.
    struct DeadStarts {
        private var starts: [Int] = []
        private var next = 0
        mutating func contains(_ i: Int) -> Bool {
            while next < starts.count, starts[next] < i { next += 1 }
            return next < starts.count && starts[next] == i
        }
        mutating func replace(with newStarts: [Int]) { starts = newStarts; next = 0 }
    }

    /// `S/…` with its `(YEAR)` or `(Resumption N)` attached.
    func latin(_ s: [UInt8], at start: Int) -> Hit? {
        var run = Run()
        return latin(s, at: start, run: &run)
    }

    /// The same, the run's end taken from `run` when `start` lies inside the run last measured.
    func latin(_ s: [UInt8], at start: Int, run: inout Run) -> Hit? {
        var i = start
        while i < s.count, s[i] >= 0x41 && s[i] <= 0x5A, i - start < 6 { i += 1 }
        guard i < s.count, s[i] == UInt8(ascii: "/"), i > start else { return nil }
        if i >= run.end {
            while i < s.count, Bytes.isLatinWordByte(s[i]) || s[i] == 0x2F || s[i] == 0x2E || s[i] == 0x2D { i += 1 }
            var end = i
            while end > start, s[end - 1] == 0x2F || s[end - 1] == 0x2E || s[end - 1] == 0x2D { end -= 1 }
            run = Run(end: i, trimmedEnd: end)
        }
        var end = max(start, run.trimmedEnd)
        // Longer than any UN symbol: not one (and not copied to find out).
        guard end - start <= DocumentSymbol.maximumLength else { return nil }
        let core = s[start..<end]
        // An attached `(2020)` or `(Resumption 1)`, possibly after a space or a line break.
        var attached: String? = nil
        var j = end
        while j < s.count, Bytes.isSpace(s[j]), j - end < 2 { j += 1 }
        if j < s.count, s[j] == UInt8(ascii: "(") {
            var c = Cursor(s, at: j + 1)
            c.skipWhitespace()
            if let year = c.readInt(maxDigits: 4), year >= 1945, c.current == UInt8(ascii: ")"),
               core.starts(with: Literal.resolutionSeries) || core.starts(with: Literal.assemblyResolutionSeries) {
                attached = "(\(year))"
                end = c.position + 1
            } else if c.skip(Literal.resumption) {
                c.skipWhitespace()
                if let n = c.readInt(maxDigits: 3) {
                    c.skipWhitespace()
                    if c.current == UInt8(ascii: ")") { attached = "(Resumption\(n))"; end = c.position + 1 }
                }
            }
        }
        // Most symbols have nothing attached: read in place, not copied.
        guard let symbol = attached.map({ DocumentSymbol(utf8: Array(core) + Array($0.utf8)) }) ?? DocumentSymbol(utf8: core) else { return nil }
        return Hit(range: start..<end, symbol: symbol)
    }

    /// `2250(2015)和 2419(2018)号决议`: numbers with years joined by chain words, closed by the suffix.
    func resolutionChain(_ s: [UInt8], at start: Int) -> [Hit]? {
        var dead = DeadStarts()
        return chain(s, at: start, .council, dead: &dead)
    }

    /// `大会第 74/270 号决议` (and `第 74/270 和 74/274 号决议` after it): General Assembly resolutions, A/RES/74/270.
    func assemblyChain(_ s: [UInt8], at start: Int) -> [Hit]? {
        var before = start
        while before > 0, Bytes.isSpace(s[before - 1]) { before -= 1 }
        // Most digits follow no prefix: their preceding byte ends none (one comparison each).
        guard before > 0, assemblyLastBytes.contains(s[before - 1]),
              assemblyPrefixes.contains(where: { Bytes.hasPrefix($0, in: s, at: before - $0.count) }) else { return nil }
        var dead = DeadStarts()
        return chain(s, at: start, .assembly, dead: &dead)
    }

    enum Series { case council, assembly }

    /// Resolutions of `series` joined by chain words and closed by the suffix (`号决议`); nil when none closes them.
    /// A chain that fails leaves the starts of its later numbers in `dead`: read from any of them, it would fail at
    /// the same place.
    func chain(_ s: [UInt8], at start: Int, _ series: Series, dead: inout DeadStarts) -> [Hit]? {
        // Most digits begin no resolution: tested in place first (a cursor and a list of hits cost more than the test).
        guard Self.mayOpen(series, s, at: start) else { return nil }
        var pending: [Hit] = []
        pending.reserveCapacity(4)
        var c = Cursor(s, at: start)
        func fail(at from: Int) -> [Hit]? {
            if pending.count > 0 { dead.replace(with: pending.dropFirst().map(\.range.lowerBound) + [from]) }
            return nil
        }
        while true {
            let from = c.position
            let symbol: DocumentSymbol?
            switch series {
            case .council: symbol = numberWithYear(&c).map { DocumentSymbol(resolution: $0.0, year: $0.1) }
            case .assembly: symbol = assemblyNumber(&c)
            }
            guard let symbol else { return suffixless && !pending.isEmpty ? pending : fail(at: from) }
            pending.append(Hit(range: from..<c.position, symbol: symbol))
            var progressed = true
            while progressed {
                c.skipWhitespace()
                progressed = c.skip(anyOf: chain)
            }
            if c.skip(anyOf: suffixes) { return pending }
            guard let b = c.current, Bytes.isDigit(b) else { return suffixless ? pending : fail(at: c.position) }
        }
    }

    /// The digits at `start` go on as a resolution of `series` does: a council resolution's number with its year in
    /// brackets (`2532(2020)`, `2532 （2020）`), an Assembly resolution's session and a slash (`74/270`).
    static func mayOpen(_ series: Series, _ s: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < s.count, Bytes.isDigit(s[i]) { i += 1 }
        switch series {
        case .assembly:
            return i < s.count && s[i] == UInt8(ascii: "/")
        case .council:
            while i < s.count {
                let w = Bytes.whitespaceLength(s, at: i)
                if w == 0 { break }
                i += w
            }
            return i < s.count && (s[i] == UInt8(ascii: "(") || (s[i] == 0xEF && i + 1 < s.count && s[i + 1] == 0xBC))
        }
    }

    /// The profile's resolution word, in either case, stands just before `start` (`resolution 2532 (2020)`,
    /// `Resolutions 2250 (2015)`).
    func followsPrefix(_ s: [UInt8], at start: Int) -> Bool {
        var i = start
        while i > 0, Bytes.isSpace(s[i - 1]) { i -= 1 }
        if i > 0, s[i - 1] == UInt8(ascii: "s") { i -= 1 }
        guard !prefix.isEmpty, i >= prefix.count else { return false }
        let at = i - prefix.count
        guard s[at] | 0x20 == prefix[0] | 0x20, Bytes.hasPrefix(prefix.dropFirst().map { $0 }, in: s, at: at + 1) else { return false }
        return at == 0 || !Bytes.isASCIILetter(s[at - 1])
    }

    /// `74/270` → A/RES/74/270.
    func assemblyNumber(_ c: inout Cursor) -> DocumentSymbol? {
        guard let session = c.readInt(maxDigits: 3), c.current == UInt8(ascii: "/") else { return nil }
        c.position += 1
        return c.readInt(maxDigits: 4).flatMap { DocumentSymbol(utf8: Array("A/RES/\(session)/\($0)".utf8)) }
    }

    func numberWithYear(_ c: inout Cursor) -> (Int, Int)? {
        guard let n = c.readInt(maxDigits: 5) else { return nil }
        c.skipWhitespace()
        guard c.skip(anyOf: Literal.openParen) else { return nil }
        c.skipWhitespace()
        guard let y = c.readInt(maxDigits: 4), y >= 1945, y <= 2200 else { return nil }
        c.skipWhitespace()
        guard c.skip(anyOf: Literal.closeParen) else { return nil }
        return (n, y)
    }
}
