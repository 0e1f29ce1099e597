#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a word in UTF-8 text, for the parser and the checks.
public enum ByteSearch {
    /// Index of `needle` in `hay[from..<to]`, or nil. A Chinese word's lead byte recurs every few bytes, so the
    /// C library's `memchr` looks for the last byte of its first character (one of 64 values) and each stop is
    /// checked with `memcmp`.
    public static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? hay.count, hay.count), m = needle.count
        guard m > 0, from >= 0, end - from >= m else { return nil }
        let lead = needle[0]
        let k = min(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, m) - 1
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, key = Int32(n[k])
                var i = from
                while i <= end - m {
                    guard let hit = memchr(base + i + k, key, end - m - i + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - base - k
                    if memcmp(base + at, n.baseAddress!, m) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}
