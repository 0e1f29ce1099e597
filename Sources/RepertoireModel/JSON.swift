/// Writes JSON straight into a byte buffer, keys in the order they are written (no tree is built).
/// Each write asks the buffer for room once and stores through a pointer: appending byte by byte to an
/// array checked its uniqueness and capacity at every byte, a fifth of the writer's cost.
public struct JSONWriter {
    /// The output so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// How many bytes are written.
    public var byteCount: Int { count }

    /// The text with one more byte after it (a JSON Lines line's line feed), copied out once.
    public func bytes(terminatedBy last: UInt8) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count + 1) { buffer, filled in
            buffer.baseAddress!.update(from: base, count: count)
            buffer[count] = last
            filled = count + 1
        }
    }
    private var base: UnsafeMutablePointer<UInt8>, count = 0, capacity: Int
    /// Owns `base` (frees it); a writer copied and then written to copies its bytes first (value semantics).
    private var owner: Owner
    /// Whether each open container already holds a member (a comma comes before the next): bit k for
    /// depth k + 1 up to 64 levels, deeper ones in `deeper`. Bits, not an array: this is done for every value.
    private var filled: UInt64 = 0, depth = 0
    private var deeper: [Bool] = []

    private final class Owner {
        let base: UnsafeMutablePointer<UInt8>
        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        owner = Owner(base)
    }

    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Room for `n` more bytes: a pointer to the end of the output (advance `count` by what is stored).
    @inline(__always) private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(count + n > capacity) { grow(n) }
        return base + count
    }

    /// A copy of the writer shares its buffer until one of them writes: the one that writes first takes a buffer of its
    /// own. Tested once a value (every value's writing begins with `separate`), not at every store.
    @inline(__always) private mutating func ensureUnique() {
        if _slowPath(!isKnownUniquelyReferenced(&owner)) { grow(0) }
    }

    private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.update(from: base, count: count)
        base = fresh; capacity = newCapacity; owner = Owner(fresh)
    }

    @inline(__always) private mutating func put(_ b: UInt8) { room(1).pointee = b; count += 1 }

    @inline(__always) private mutating func put(_ a: UInt8, _ b: UInt8) {
        let p = room(2); p[0] = a; p[1] = b; count += 2
    }

    @inline(__always) private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let from = buffer.baseAddress else { return }
        room(buffer.count).update(from: from, count: buffer.count); count += buffer.count
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate(); put(UInt8(ascii: "{")); open()
        body(&self)
        close(); ensureUnique(); put(UInt8(ascii: "}"))   // the body may have copied the writer
    }

    public mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        separate(); put(UInt8(ascii: "[")); open()
        for item in items { each(&self, item) }
        close(); ensureUnique(); put(UInt8(ascii: "]"))
    }

    /// Opens an array whose items are then written one by one; `closeArray` closes it.
    public mutating func openArray() { separate(); put(UInt8(ascii: "[")); open() }
    public mutating func closeArray() { close(); ensureUnique(); put(UInt8(ascii: "]")) }

    /// What another writer wrote (one JSON value), as a value of this one.
    public mutating func value(of other: JSONWriter) {
        separate()
        put(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// A member of the object being written.
    public mutating func field<V: JSONWritable>(_ key: StaticString, _ value: V) {
        separate()
        // `"key": ` in one store.
        key.withUTF8Buffer { k in
            let n = k.count, p = room(n + 4)
            p[0] = UInt8(ascii: "\"")
            if let from = k.baseAddress { (p + 1).update(from: from, count: n) }
            p[n + 1] = UInt8(ascii: "\""); p[n + 2] = UInt8(ascii: ":"); p[n + 3] = UInt8(ascii: " ")
            count += n + 4
        }
        open()          // the value that follows takes no comma of its own
        value.write(to: &self)
        close()
    }

    /// A member whose key is known only at run time (a query's column names).
    public mutating func field<V: JSONWritable>(named key: String, _ value: V) {
        string(key)
        put(UInt8(ascii: ":"), UInt8(ascii: " "))
        open()
        value.write(to: &self)
        close()
    }

    public mutating func null() { separate(); append("null") }
    public mutating func bool(_ b: Bool) { separate(); append(b ? "true" : "false") }
    /// Text that is already JSON (a value stored as JSON by this program), written as it is.
    public mutating func raw(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { put($0) }
    }

    /// Decimal digits written straight into the buffer.
    public mutating func int(_ i: Int) {
        separate()
        digits(i)
    }

    /// At most 20 characters (a sign and 19 digits).
    private mutating func digits(_ i: Int) {
        count += DecimalText.write(i, to: room(20))
    }

    mutating func isoDate(year: Int, month: Int, day: Int) {
        separate()
        func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: n % 10) + 0x30 }
        let p = room(12)
        p[0] = UInt8(ascii: "\"")
        p[1] = digit(year / 1000); p[2] = digit(year / 100); p[3] = digit(year / 10); p[4] = digit(year)
        p[5] = UInt8(ascii: "-"); p[6] = digit(month / 10); p[7] = digit(month)
        p[8] = UInt8(ascii: "-"); p[9] = digit(day / 10); p[10] = digit(day)
        p[11] = UInt8(ascii: "\"")
        count += 12
    }

    /// `[{"line": 12}, {"line": 13}]`: what `array` of `object`s with one `field("line", …)` each writes.
    mutating func lineObjects(_ lines: [Int]) {
        separate()
        put(UInt8(ascii: "["))
        for (k, line) in lines.enumerated() {
            if k > 0 { put(UInt8(ascii: ","), UInt8(ascii: " ")) }
            append("{\"line\": ")
            digits(line)
            put(UInt8(ascii: "}"))
        }
        put(UInt8(ascii: "]"))
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { put($0) }
    }

    public mutating func string(_ s: String) {
        separate()
        put(UInt8(ascii: "\""))
        // Read in place: a native string's bytes are contiguous (`withUTF8` needs a mutable copy, which retains it).
        let clean = s.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard !JSONWriter.needsEscape(buffer) else { return false }
            put(buffer)
            return true
        } ?? false
        if !clean {
            let hex: StaticString = "0123456789abcdef"
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): put(0x5C, 0x22)
                case UInt8(ascii: "\\"): put(0x5C, 0x5C)
                case UInt8(ascii: "\n"): put(0x5C, 0x6E)
                case UInt8(ascii: "\r"): put(0x5C, 0x72)
                case UInt8(ascii: "\t"): put(0x5C, 0x74)
                case 0..<0x20:
                    append("\\u00")
                    hex.withUTF8Buffer { h in put(h[Int(byte >> 4)], h[Int(byte & 15)]) }
                default: put(byte)
                }
            }
        }
        put(UInt8(ascii: "\""))
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
        ensureUnique()
        guard depth > 0 else { return }
        let k = depth - 1
        let last = k < 64 ? filled & (1 << UInt64(k)) != 0 : deeper[k - 64]
        if last { put(UInt8(ascii: ","), UInt8(ascii: " ")) }
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
