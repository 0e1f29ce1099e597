/// An integer's decimal digits written straight into memory: the JSON writer's numbers and a resolution's symbol
/// (string interpolation costs ten times as much).
enum DecimalText {
    /// `i` in decimal at `p`, which has room for 20 bytes (a sign and 19 digits): the number of bytes written.
    @inline(__always) static func write(_ i: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = i.magnitude, width = 1
        while n >= 10 { n /= 10; width += 1 }
        let sign = i < 0 ? 1 : 0
        if sign == 1 { p[0] = UInt8(ascii: "-") }
        n = i.magnitude
        var k = width + sign
        repeat { k -= 1; p[k] = UInt8(truncatingIfNeeded: n % 10) + 0x30; n /= 10 } while k > sign
        return width + sign
    }
}
