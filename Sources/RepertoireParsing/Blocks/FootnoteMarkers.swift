/// Tells footnote markers in body text (`通过决定。905 安理会`) from ordinary numbers
/// (`2020 年`, `15.4 亿`, `第 2491(2019)号`, `3 次会议`): a marker is the next footnote number
/// the document has, standing alone, and not followed by a unit.
struct FootnoteMarkers {
    /// The footnote numbers of the document in order.
    let numbers: [Int]
    let units: [[UInt8]]
    /// Markers may stand glued to the word or mark before them (`decisions.905 The`, `meeting920 at`, `month,908`),
    /// as PDF text of Latin script writes them.
    let glued: Bool
    /// Index into `numbers` of the next marker expected.
    private(set) var next = 0

    init(numbers: [Int], profile: LanguageProfile) {
        self.numbers = numbers
        units = profile.numberUnits.map(\.bytes)
        glued = profile.script == .latin
    }

    /// A marker glued to what is before it (its digits at `i..<j`): a word (`meeting920`, `Council920`), or a
    /// sentence's or clause's mark (`decisions.905`, `month,908`, `Charter”.922`, `(ASEAN).960`, `COVID-19.946 The`);
    /// never inside a symbol (a slash in the token: `S/PV.8699`, `S/2020/1/Add.1`), a word in capitals or a number
    /// (`2.5 billion`, `1,000`).
    /// The longest word (with the marks glued to it) that a footnote marker is read after, in bytes.
    static let longestToken = 64

    static func gluedMarkerMayFollow(_ s: [UInt8], at i: Int, end j: Int) -> Bool {
        // The token back to the white space before it, read at most `longestToken` bytes back: a longer run with no
        // space is no word a marker follows (and reading it whole for each of its numbers was quadratic).
        var k = i - 1
        while k > 0, !Bytes.isSpace(s[k - 1]) {
            if i - k >= Self.longestToken { return false }
            k -= 1
        }
        let token = s[k..<i]
        if token.contains(UInt8(ascii: "/")) { return false }
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        let b = s[i - 1]
        if Bytes.isLower(b) { return !token.dropFirst().contains(where: isUpper) }
        guard [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"), 0x9D].contains(b),
              i >= 2 else { return false }
        if Bytes.isDigit(s[i - 2]) && (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) {
            // After a number's full stop, only where a sentence follows (a decimal goes on in lower case).
            var n = j
            while n < s.count, Bytes.isSpace(s[n]) { n += 1 }
            return n == s.count || isUpper(s[n])
        }
        return true
    }

    /// Finds and removes the markers of `passage`, in document order.
    mutating func mark(_ passage: inout Passage) {
        guard next < numbers.count else { return }
        let s = passage.bytes
        var found: [(range: Range<Int>, number: Int)] = []
        var i = 0
        while i < s.count && next < numbers.count {
            // Straight to the next digit.
            i = Bytes.nextDigit(s, from: i, to: s.count)
            guard i < s.count else { break }
            // The run's length first, its value only when it is short enough to be a footnote number (a run of 19 or
            // more digits, such as a telephone number in the PDF's text, overflows an Int).
            var j = i
            while j < s.count && Bytes.isDigit(s[j]) { j += 1 }
            defer { i = j }
            if j - i > 6 { continue }
            var value = 0
            for k in i..<j { value = value * 10 + Int(s[k] - 0x30) }
            // Not part of a symbol, a decimal or a word: the byte before is no letter, digit, '/', '.', '-' or '(' .
            let wordOrMark = i > 0 && (Bytes.isLatinWordByte(s[i - 1]) || Bytes.isNumberPrefixMark(s[i - 1]))
            if wordOrMark && !glued { continue }
            // Where markers may be glued, also after a comma or a bracket (`month,908`, `(ASEAN).960`): tested below.
            let attached = glued && (wordOrMark || (i > 0 && (s[i - 1] == UInt8(ascii: ",") || s[i - 1] == 0x29)))
            if j < s.count, Bytes.isLatinWordByte(s[j]) || Bytes.isNumberSuffixMark(s[j]) { continue }
            // The expected number, or one a little ahead (a marker the text lost).
            guard let hit = numbers[next..<min(numbers.count, next + 3)].firstIndex(of: value) else { continue }
            // Glued to what is before it: only after a word or a stop (read once the number is one expected).
            if attached, !Self.gluedMarkerMayFollow(s, at: i, end: j) { continue }
            var k = j
            while k < s.count, Bytes.isSpace(s[k]) { k += 1 }
            if k < s.count, units.contains(where: { Bytes.hasPrefix($0, in: s, at: k) }) { continue }
            if found.isEmpty { found.reserveCapacity(8) }   // a paragraph's markers: room at once
            found.append((i..<j, value))
            next = hit + 1
        }
        passage.removeMarkers(found)
    }
}
