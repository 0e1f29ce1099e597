#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import RepertoireModel

/// UTF-8 helpers for byte-level scanning: the bulk of the text is never decoded into Characters.
enum Bytes {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLatinWordByte(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }

    /// The ideographic space U+3000 and the no-break space count as white space too.
    static func whitespaceLength(_ s: [UInt8], at i: Int) -> Int { whitespaceLength(at: i, end: s.count) { s[$0] } }

    /// The same in a slice, `i` an index of the slice.
    static func whitespaceLength(_ s: ArraySlice<UInt8>, at i: Int) -> Int { whitespaceLength(at: i, end: s.endIndex) { s[$0] } }

    /// The white space at `i`, the bytes before `end` read through `byte`.
    @inline(__always) static func whitespaceLength(at i: Int, end: Int, _ byte: (Int) -> UInt8) -> Int {
        guard i < end else { return 0 }
        let b = byte(i)
        if isSpace(b) { return 1 }
        if b == 0xE3, i + 2 < end, byte(i + 1) == 0x80, byte(i + 2) == 0x80 { return 3 }
        if b == 0xC2, i + 1 < end, byte(i + 1) == 0xA0 { return 2 }
        return 0
    }

    /// The index of the first ASCII digit in `s[from..<to]`, or `to`.
    static func nextDigit(_ s: [UInt8], from: Int, to: Int) -> Int { next(in: s, from: from, to: to, capitals: false) }

    /// The index of the first ASCII digit or capital letter in `s[from..<to]`, or `to`: where a symbol may start.
    static func nextDigitOrCapital(_ s: [UInt8], from: Int, to: Int) -> Int { next(in: s, from: from, to: to, capitals: true) }

    /// Eight bytes at a time: most of the text is Chinese, whose bytes all have the high bit set.
    @inline(__always) private static func next(in s: [UInt8], from: Int, to: Int, capitals: Bool) -> Int {
        s.withUnsafeBytes { raw in
            var k = max(from, 0)
            let end = min(to, raw.count)
            while k + 8 <= end {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                var hit = ByteWords.between(x, 0x2F, 0x3A)
                if capitals { hit |= ByteWords.between(x, 0x40, 0x5B) }
                if hit != 0 { return k + hit.trailingZeroBitCount >> 3 }
                k += 8
            }
            while k < end {
                let b = raw[k]
                if (b &- 0x30) <= 9 || capitals && (b &- 0x41) <= 25 { return k }
                k += 1
            }
            return max(end, from)
        }
    }

    /// Whether `s` holds an ASCII lower-case letter (eight bytes at a time).
    static func containsLower(_ s: [UInt8]) -> Bool {
        s.withUnsafeBytes { raw in
            var k = 0
            while k + 8 <= raw.count {
                if ByteWords.between(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)), 0x60, 0x7B) != 0 { return true }
                k += 8
            }
            while k < raw.count { if isLower(raw[k]) { return true }; k += 1 }
            return false
        }
    }

    /// Index of `needle` in `hay[from..<to]`, or nil (`memchr` and `memcmp`).
    @inline(__always) static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        ByteSearch.find(needle, in: hay, from: from, to: to)
    }

    static func hasSuffix(_ suffix: [UInt8], in s: [UInt8]) -> Bool {
        hasPrefix(suffix, in: s, at: s.count - suffix.count)
    }

    static func hasPrefix(_ prefix: [UInt8], in s: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + prefix.count <= s.count else { return false }
        for k in 0..<prefix.count where s[i + k] != prefix[k] { return false }
        return true
    }

    /// The length of the white space character (Unicode's White_Space, as `Character.isWhitespace` has it) at `i`,
    /// or nil.
    static func unicodeWhitespaceLength(_ s: [UInt8], at i: Int) -> Int? {
        let b = s[i]
        if b < 0x80 { return b == space || (0x09...0x0D).contains(b) ? 1 : nil }
        let n = scalarLength(b)
        guard i + n <= s.count, n <= 3 else { return nil }
        var scalar = UInt32(b) & (n == 2 ? 0x1F : 0x0F)
        for k in 1..<n { scalar = scalar << 6 | UInt32(s[i + k] & 0x3F) }
        return isUnicodeWhitespace(scalar) ? n : nil
    }

    /// The length of the white space character that ends just before `end`, or nil.
    static func unicodeWhitespaceLength(endingAt end: Int, in s: [UInt8]) -> Int? {
        var start = end - 1
        while start > 0, s[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
        guard start >= 0, let n = unicodeWhitespaceLength(s, at: start), start + n == end else { return nil }
        return n
    }

    static func isUnicodeWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `range` of `s` without ASCII and ideographic white space at either end (no slice made: a slice retains the
    /// array's storage).
    static func trimmed(_ s: [UInt8], _ range: Range<Int>) -> Range<Int> {
        trimmedBounds(range) { s[$0] }
    }

    /// The bounds of `range` without white space at either end, the bytes read through `byte`.
    @inline(__always) static func trimmedBounds(_ range: Range<Int>, _ byte: (Int) -> UInt8) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let b = byte(lo)
            if b == space || b == tab { lo += 1; continue }
            if b == 0xE3, lo + 2 < hi, byte(lo + 1) == 0x80, byte(lo + 2) == 0x80 { lo += 3; continue }
            break
        }
        while hi > lo {
            let b = byte(hi - 1)
            if b == space || b == tab { hi -= 1; continue }
            if b == 0x80, hi - 3 >= lo, byte(hi - 3) == 0xE3, byte(hi - 2) == 0x80 { hi -= 3; continue }
            break
        }
        return lo..<hi
    }

    /// Removes ASCII and ideographic white space at both ends (no copy: a narrower slice).
    static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s[trimmedBounds(s.startIndex..<s.endIndex) { s[$0] }]
    }

    static func string(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }
    static func string(_ s: [UInt8]) -> String { String(decoding: s, as: UTF8.self) }

    /// Length of the UTF-8 sequence starting with `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int { ByteSearch.scalarLength(lead) }

    /// One of `/ . - ( :`: a byte that, before a number, makes it part of a symbol, a decimal or a reference.
    @inline(__always) static func isNumberPrefixMark(_ b: UInt8) -> Bool {
        b == 0x2F || b == 0x2E || b == 0x2D || b == 0x28 || b == 0x3A
    }

    /// One of `/ - )`: a byte that, after a number, makes it part of a symbol or a range.
    @inline(__always) static func isNumberSuffixMark(_ b: UInt8) -> Bool { b == 0x2F || b == 0x2D || b == 0x29 }

    /// Joins two reflowed lines: no space between Chinese text, one between Latin words.
    static func join(_ a: inout [UInt8], _ b: ArraySlice<UInt8>) {
        guard let last = a.last, let first = b.first else { a.append(contentsOf: b); return }
        if needsSpace(between: last, and: first) { a.append(space) }
        a.append(contentsOf: b)
    }

    /// A line that opens with a quotation mark (`“`, E2 80 9C) after a line ending in a Latin word or mark joins
    /// with a space: `on the theme` / `“Youth, peace and security”` is `on the theme “Youth…`.
    @inline(__always) static func opensQuotation(after last: UInt8, _ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i + 3 <= end && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x9C && last < 0x80
            && (isLatinWordByte(last) || last == 0x2C || last == 0x3A)
    }

    /// Whether a line ending in `last` and the next beginning with `first` join with a space: Latin words do.
    @inline(__always) static func needsSpace(between last: UInt8, and first: UInt8) -> Bool {
        last < 0x80 && first < 0x80 && !isSpace(last) && !isSpace(first)
            && (isLatinWordByte(last) || last == 0x2C || last == 0x2E || last == 0x3B || last == 0x3A || last == 0x29)
            && (isLatinWordByte(first) || first == UInt8(ascii: "("))
    }
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}
