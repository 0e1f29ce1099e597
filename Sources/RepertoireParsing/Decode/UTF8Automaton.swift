#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The common input's fast path: valid UTF-8 with no control byte other than tab, line feed and form feed,
/// accepted by a shift-based automaton (one table load and one shift a byte, no branch on the byte's kind).
///
/// Each state is a shift amount; `table[byte]` holds, at bit `state`, the state that byte leads to. The error
/// state is 0, so every row leaves it where it is. Anything the automaton refuses (a carriage return, a control
/// byte, a broken sequence) goes to the careful scanner, which says what and where.
enum UTF8Automaton {
    static let error: UInt64 = 0, accept: UInt64 = 6
    static let tail1: UInt64 = 12, tail2: UInt64 = 18, tail3: UInt64 = 24
    /// After E0 (next A0–BF), ED (80–9F), F0 (90–BF), F4 (80–8F): the overlong and surrogate exclusions.
    static let afterE0: UInt64 = 30, afterED: UInt64 = 36, afterF0: UInt64 = 42, afterF4: UInt64 = 48

    static let table: [UInt64] = (0...255).map { b in
        var row: UInt64 = 0
        func go(_ from: UInt64, _ to: UInt64) { row |= to << from }
        switch b {
        case 0x09, 0x0A, 0x0C, 0x20...0x7E: go(accept, accept)
        case 0xC2...0xDF: go(accept, tail1)
        case 0xE0: go(accept, afterE0)
        case 0xE1...0xEC, 0xEE, 0xEF: go(accept, tail2)
        case 0xED: go(accept, afterED)
        case 0xF0: go(accept, afterF0)
        case 0xF1...0xF3: go(accept, tail3)
        case 0xF4: go(accept, afterF4)
        default: break
        }
        if (0x80...0xBF).contains(b) {
            go(tail1, accept); go(tail2, tail1); go(tail3, tail2)
            if b >= 0xA0 { go(afterE0, tail1) }
            if b <= 0x9F { go(afterED, tail1) }
            if b >= 0x90 { go(afterF0, tail2) }
            if b <= 0x8F { go(afterF4, tail2) }
        }
        return row
    }

    /// Whether every byte is accepted and the text ends on a whole character.
    static func accepts(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { t in
            var state = accept
            for byte in b { state = t[Int(byte)] &>> state }
            return state & 63 == accept
        }
    }

    /// Each line's range, without its line feed (`memchr` finds them).
    static func lines(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = b.baseAddress else { return [] }
        var lines: [Range<Int>] = []
        lines.reserveCapacity(b.count / 32)
        var start = 0
        while start < b.count, let hit = memchr(base + start, 0x0A, b.count - start) {
            let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            lines.append(start..<end)
            start = end + 1
        }
        if start < b.count { lines.append(start..<b.count) }
        return lines
    }
}
