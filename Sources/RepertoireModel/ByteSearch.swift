#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a word in UTF-8 text, for the parser and the checks.
public enum ByteSearch {
    /// Length of the UTF-8 sequence starting with `lead`.
    @inlinable @inline(__always)
    public static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The bytes without white space (ASCII space, tab and line feed, the ideographic space E3 80 80 and the
    /// no-break space C2 A0): the form keyword tests and name comparisons use, whatever the text's spacing
    /// (`秘 书 长 的 信`).
    public static func squeezed(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b == 0x20 || b == 0x09 || b == 0x0A { i += 1; continue }
            if b == 0xE3, i + 2 < s.endIndex, s[i + 1] == 0x80, s[i + 2] == 0x80 { i += 3; continue }
            if b == 0xC2, i + 1 < s.endIndex, s[i + 1] == 0xA0 { i += 2; continue }
            out.append(b); i += 1
        }
        return out
    }

    /// Index of `needle` in `hay[from..<to]`, or nil. A Chinese word's lead byte recurs every few bytes, so the
    /// C library's `memchr` looks for the last byte of its first character (one of 64 values) and each stop is
    /// checked with `memcmp`.
    public static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? hay.count, hay.count), m = needle.count
        guard m > 0, from >= 0, end - from >= m else { return nil }
        let k = min(scalarLength(needle[0]), m) - 1
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, key = Int32(n[k])
                var i = from
                while i <= end - m {
                    guard let hit = memchr(base + i + k, key, end - m - i + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - base - k
                    // The first byte (and the last) tested here, most stops refused without a call.
                    if h[at] == n[0], h[at + m - 1] == n[m - 1], memcmp(base + at, n.baseAddress!, m) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}

/// Bytes as a set's or dictionary's key, hashed in one pass (an array of bytes is hashed byte by byte, a call each).
public struct ByteKey: Hashable, Sendable {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { bytes = Array(string.utf8) }
    public func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
}
