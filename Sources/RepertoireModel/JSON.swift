/// Writes JSON straight into a byte buffer, keys in the order they are written (no tree is built).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether each open container already holds a member (a comma comes before the next): bit k for
    /// depth k + 1 up to 64 levels, deeper ones in `deeper`. Bits, not an array: this is done for every value.
    private var filled: UInt64 = 0, depth = 0
    private var deeper: [Bool] = []

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate(); bytes.append(UInt8(ascii: "{")); open()
        body(&self)
        close(); bytes.append(UInt8(ascii: "}"))
    }

    public mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        separate(); bytes.append(UInt8(ascii: "[")); open()
        for item in items { each(&self, item) }
        close(); bytes.append(UInt8(ascii: "]"))
    }

    /// A member of the object being written.
    public mutating func field<V: JSONWritable>(_ key: StaticString, _ value: V) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\"")); bytes.append(UInt8(ascii: ":")); bytes.append(UInt8(ascii: " "))
        open()          // the value that follows takes no comma of its own
        value.write(to: &self)
        close()
    }

    /// A member whose key is known only at run time (a query's column names).
    public mutating func field<V: JSONWritable>(named key: String, _ value: V) {
        string(key)
        bytes.append(UInt8(ascii: ":")); bytes.append(UInt8(ascii: " "))
        open()
        value.write(to: &self)
        close()
    }

    public mutating func null() { separate(); append("null") }
    public mutating func bool(_ b: Bool) { separate(); append(b ? "true" : "false") }
    mutating func raw(_ text: String) { separate(); bytes.append(contentsOf: text.utf8) }

    /// Decimal digits written straight into the buffer.
    public mutating func int(_ i: Int) {
        separate()
        digits(i)
    }

    private mutating func digits(_ i: Int) {
        if i < 0 { bytes.append(UInt8(ascii: "-")) }
        var n = i.magnitude, digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[count] = UInt8(truncatingIfNeeded: n % 10) + 0x30; n /= 10; count += 1 } while n > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    mutating func isoDate(year: Int, month: Int, day: Int) {
        separate()
        func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: n % 10) + 0x30 }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(digit(year / 1000)); bytes.append(digit(year / 100)); bytes.append(digit(year / 10)); bytes.append(digit(year))
        bytes.append(UInt8(ascii: "-")); bytes.append(digit(month / 10)); bytes.append(digit(month))
        bytes.append(UInt8(ascii: "-")); bytes.append(digit(day / 10)); bytes.append(digit(day))
        bytes.append(UInt8(ascii: "\""))
    }

    /// `[{"line": 12}, {"line": 13}]`: what `array` of `object`s with one `field("line", …)` each writes.
    mutating func lineObjects(_ lines: [Int]) {
        separate()
        bytes.append(UInt8(ascii: "["))
        for (k, line) in lines.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
            append("{\"line\": ")
            digits(line)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ s: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var s = s
        let clean = s.withUTF8 { buffer -> Bool in
            guard !JSONWriter.needsEscape(buffer) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if !clean {
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [0x5C, 0x6E])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [0x5C, 0x72])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [0x5C, 0x74])
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(hex[Int(byte >> 4)]); bytes.append(hex[Int(byte & 15)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any byte is a control character, `"` or `\`: eight bytes at a time (text is mostly Chinese).
    static func needsEscape(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        if let base = UnsafeRawPointer(b.baseAddress) {
            while k + 8 <= b.count {
                let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                // `"` is 0x22 and `\` 0x5C: each the one byte strictly between its neighbours.
                if ByteWords.below(x, 0x20) | ByteWords.between(x, 0x21, 0x23) | ByteWords.between(x, 0x5B, 0x5D) != 0 { break }
                k += 8
            }
        }
        while k < b.count {
            let byte = b[k]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            k += 1
        }
        return false
    }

    @inline(__always) private mutating func open() {
        if depth < 64 { filled &= ~(1 << UInt64(depth)) } else { deeper.append(false) }
        depth += 1
    }

    @inline(__always) private mutating func close() {
        depth -= 1
        if depth >= 64 { deeper.removeLast() }
    }

    @inline(__always) private mutating func separate() {
        guard depth > 0 else { return }
        let k = depth - 1
        let last = k < 64 ? filled & (1 << UInt64(k)) != 0 : deeper[k - 64]
        if last { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
        else if k < 64 { filled |= 1 << UInt64(k) } else { deeper[k - 64] = true }
    }
}

/// Something that has a place in the facts JSON.
public protocol JSONWritable {
    func write(to w: inout JSONWriter)
}

extension JSONWritable {
    /// The value as a JSON text.
    public var jsonString: String {
        var w = JSONWriter()
        write(to: &w)
        return w.string
    }
}

extension String: JSONWritable { public func write(to w: inout JSONWriter) { w.string(self) } }
extension Int: JSONWritable { public func write(to w: inout JSONWriter) { w.int(self) } }
extension Double: JSONWritable {
    public func write(to w: inout JSONWriter) { if isFinite { w.raw(String(self)) } else { w.null() } }
}
extension Bool: JSONWritable { public func write(to w: inout JSONWriter) { w.bool(self) } }
extension Optional: JSONWritable where Wrapped: JSONWritable {
    public func write(to w: inout JSONWriter) { if let v = self { v.write(to: &w) } else { w.null() } }
}
extension Array: JSONWritable where Element: JSONWritable {
    public func write(to w: inout JSONWriter) { w.array(self) { w, item in item.write(to: &w) } }
}
extension DocumentSymbol: JSONWritable { public func write(to w: inout JSONWriter) { w.string(compact) } }
extension RepertoireDate: JSONWritable {
    /// `"2020-01-09"` (the year is 1900–2200 by construction).
    public func write(to w: inout JSONWriter) { w.isoDate(year: year, month: month, day: day) }
}
extension Vote: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.object { o in o.field("for", self.for); o.field("against", against); o.field("abstaining", abstaining) }
    }
}

/// Input line numbers a fact was read from (1-based), sorted, without repeats.
public struct Locations: Hashable, Sendable, JSONWritable {
    public private(set) var lines: [Int]
    public init(_ lines: [Int] = []) {
        // Most lists come in order already (a passage's lines): kept as they are.
        var increasing = true
        for k in lines.indices.dropFirst() where lines[k - 1] >= lines[k] { increasing = false; break }
        if increasing { self.lines = lines; return }
        var sorted = lines.sorted()
        var k = 0
        for line in sorted where k == 0 || sorted[k - 1] != line { sorted[k] = line; k += 1 }
        self.lines = Array(sorted.prefix(k))
    }
    public mutating func add(_ more: [Int]) { self = Locations(lines + more) }
    public var first: Int? { lines.first }
    /// `[{"line": 12}, {"line": 13}]`, written straight (every fact has one).
    public func write(to w: inout JSONWriter) { w.lineObjects(lines) }
}
