/// A read position over UTF-8 bytes with verbs for what a parser does next.
struct Cursor {
    let text: [UInt8]
    var position: Int
    let end: Int

    init(_ text: [UInt8], at position: Int = 0, end: Int? = nil) {
        self.text = text; self.position = position; self.end = end ?? text.count
    }

    var isAtEnd: Bool { position >= end }
    var current: UInt8? { position < end ? text[position] : nil }

    mutating func skipWhitespace() {
        while position < end {
            let w = Bytes.whitespaceLength(text, at: position)
            if w == 0 { return }
            position += w
        }
    }

    /// Consumes `literal` when it comes next.
    mutating func skip(_ literal: [UInt8]) -> Bool {
        guard position + literal.count <= end, Bytes.hasPrefix(literal, in: text, at: position) else { return false }
        position += literal.count
        return true
    }

    /// Consumes the first of `literals` that comes next.
    mutating func skip(anyOf literals: [[UInt8]]) -> Bool {
        for l in literals where skip(l) { return true }
        return false
    }

    /// Reads a run of ASCII digits (at most `maxDigits`) as a number.
    mutating func readInt(maxDigits: Int = 9) -> Int? {
        var value = 0, count = 0
        while position < end, Bytes.isDigit(text[position]), count < maxDigits {
            value = value * 10 + Int(text[position] - 0x30); position += 1; count += 1
        }
        if count == maxDigits, position < end, Bytes.isDigit(text[position]) { position -= count; return nil }
        return count > 0 ? value : nil
    }

    /// Reads a number written in digits or in Chinese numerals (一 … 九十九, 两).
    mutating func readCount(numerals: [String: Int]) -> Int? {
        if let n = readInt(maxDigits: 6) { return n }
        var total = 0, current = 0, read = false
        while position < end {
            let len = Bytes.scalarLength(text[position])
            guard position + len <= end else { break }
            let ch = Bytes.string(text[position..<position + len])
            guard let v = numerals[ch] else { break }
            read = true
            if v == 10 { total += max(current, 1) * 10; current = 0 } else { current = v }
            position += len
        }
        return read ? total + current : nil
    }
}
