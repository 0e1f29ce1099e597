/// Tests on eight bytes at once (a `UInt64` read from text): the scans of the parser and the JSON writer
/// skip Chinese text, whose bytes all have the high bit set, a word at a time.
public enum ByteWords {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit of each byte of `x` that is ASCII and strictly between `low` and `high` (`high` ≤ 128).
    @inlinable @inline(__always)
    public static func between(_ x: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let seven = x & (ones &* 127)
        return (ones &* (127 &+ high) &- seven) & ~x & (seven &+ ones &* (127 &- low)) & (ones &* 128)
    }

    /// Nonzero when some byte of `x` is below `n` (`n` ≤ 128).
    @inlinable @inline(__always)
    public static func below(_ x: UInt64, _ n: UInt64) -> UInt64 {
        (x &- ones &* n) & ~x & (ones &* 128)
    }
}
