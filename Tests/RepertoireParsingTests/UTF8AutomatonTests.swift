import Testing
@testable import RepertoireParsing

/// The automaton against the standard library's UTF-8 validation (and the control bytes the decoder refuses),
/// on every sequence of one and two bytes and on three- and four-byte sequences around each boundary.
@Suite struct UTF8AutomatonTests {
    static func expected(_ bytes: [UInt8]) -> Bool {
        let controlsOK = bytes.allSatisfy { $0 >= 0x20 && $0 != 0x7F || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C }
        return controlsOK && String(validating: bytes, as: UTF8.self) != nil
    }

    static func accepts(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Automaton.accepts) }

    @Test func everyOneAndTwoByteSequence() {
        var wrong: [[UInt8]] = []
        for a in 0...255 {
            if Self.accepts([UInt8(a)]) != Self.expected([UInt8(a)]) { wrong.append([UInt8(a)]) }
            for b in 0...255 {
                let s = [UInt8(a), UInt8(b)]
                if Self.accepts(s) != Self.expected(s) { wrong.append(s) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// Every lead byte from C0 with continuation bytes at the edges of each range (overlong forms after E0 and F0,
    /// surrogates after ED, code points above U+10FFFF after F4), whole and cut short.
    @Test func longerSequencesAtTheBoundaries() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF]
        var wrong: [[UInt8]] = [], tried = 0
        for lead in 0xC0...0xFF {
            for b in edges { for c in edges {
                for s in [[UInt8(lead), b, c], [UInt8(lead), b, c, 0x80], [UInt8(lead), b, c, 0xBF, 0x41], [0x41, UInt8(lead), b]] {
                    tried += 1
                    if Self.accepts(s) != Self.expected(s) { wrong.append(s) }
                }
            } }
        }
        #expect(tried > 9000)
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// A fault anywhere in a Chinese text is found: every byte replaced in turn, and the text cut at every length.
    @Test func faultsAroundTheMiddle() {
        let text = Array("维护国际和平与安全a维护国际和平".utf8)
        var wrong: [[UInt8]] = [], tried = 0
        for i in text.indices {
            for b: UInt8 in [0x0D, 0x41, 0x80, 0xBF, 0xC3, 0xE4, 0xF0, 0xFF] {
                var s = text
                s[i] = b
                tried += 1
                if Self.accepts(s) != Self.expected(s) { wrong.append(s) }
            }
            let cut = Array(text[..<i])
            if Self.accepts(cut) != Self.expected(cut) { wrong.append(cut) }
        }
        #expect(tried > 300)
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    /// Lines found eight bytes at a time are the text split at its line feeds: feeds next to each other, at either
    /// end, in the last bytes after the eight-byte words, and bytes that differ from a feed by one bit.
    @Test(arguments: ["", "\n", "a", "a\n", "\na", "\n\n\n", "1234567\n", "12345678\n9", "0123456789abcdef\n\n",
                      "维护国际和平与安全\n\n在本文件所述期间\n", "\u{0B}\u{0E}\u{8A}\n\u{0A}x", "abcdefgh\nijklmnop\nq"])
    func linesAreTheSplitAtLineFeeds(text: String) {
        let bytes = Array(text.utf8)
        let lines = bytes.withUnsafeBufferPointer(UTF8Automaton.lines).map { Array(bytes[$0]) }
        var expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if bytes.last == 0x0A || bytes.isEmpty { expected.removeLast() }   // no line after a final feed
        #expect(lines == expected)
    }

    @Test func chineseTextAndItsLines() {
        let text = Array("35.  维护国际和平与安全\n\n在本文件所述期间，S/PV.8699。".utf8)
        #expect(Self.accepts(text))
        let lines = text.withUnsafeBufferPointer(UTF8Automaton.lines)
        #expect(lines.count == 3)
        #expect(lines[1].isEmpty)
        #expect(String(decoding: text[lines[2]], as: UTF8.self) == "在本文件所述期间，S/PV.8699。")
        // A carriage return is left to the careful scanner, which turns line ends into LF.
        #expect(!Self.accepts(Array("a\r\nb".utf8)))
    }
}
