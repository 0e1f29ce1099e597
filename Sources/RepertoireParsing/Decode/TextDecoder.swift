#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stage 1, decode: bytes in any of the encodings the Repertoire's text comes in → UTF-8 with LF line ends.
public struct DecodedText: Sendable {
    /// UTF-8 text, BOM removed, CRLF and CR turned into LF.
    public let bytes: [UInt8]
    /// The encoding the input was in: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    public let encoding: String
    /// Each line as a range of `bytes`, without its line end; line N is `lines[N - firstLine]`.
    public let lines: [Range<Int>]
    /// Damage read through: the lines where undecodable bytes or control bytes were each replaced by U+FFFD.
    public var repaired: Repair? = nil
    /// The number of the first line: 1, or where a part of a longer text begins (`PartReader`).
    public var firstLine = 1

    public init(bytes: [UInt8], encoding: String, lines: [Range<Int>], firstLine: Int = 1) {
        self.bytes = bytes; self.encoding = encoding; self.lines = lines; self.firstLine = firstLine
    }

    public struct Repair: Sendable, Equatable {
        /// How many places were replaced: an invalid UTF-8 sequence or a control byte each.
        public let count: Int
        /// The lines they were on, in order, each once.
        public let lines: [Int]

        /// `undecodable or control bytes replaced by U+FFFD in 3 places, on lines 12 and 40`
        public var message: String {
            let shown = lines.prefix(10).map(String.init)
            let list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
            let more = lines.count > 10 ? " (and \(lines.count - 10) more lines)" : ""
            return "undecodable or control bytes replaced by U+FFFD in \(count) place\(count == 1 ? "" : "s"), on line\(lines.count == 1 ? "" : "s") \(list)\(more)"
        }
    }
}

public enum TextDecoder {
    /// The share of a text's bytes that may be damaged (invalid UTF-8, control bytes) and still be read, each such
    /// byte replaced by U+FFFD with a warning naming its lines: one byte in a hundred. Beyond it the input is not
    /// taken for text (a PDF, an image, a file in another encoding) and is refused.
    public static let tolerableDamage = 0.01

    public static func decode(_ input: [UInt8]) throws(InputError) -> DecodedText {
        do {
            return try strictDecode(input)
        } catch let error {
            // A few damaged bytes in UTF-8 text (a flipped bit, a stray control byte from the PDF's extraction):
            // replaced and reported, not a refusal of the whole document.
            switch error {
            case .binary, .undecodable(encoding: "UTF-8", _):
                let body = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
                guard let (repairedBytes, repair) = repaired(body) else { throw error }
                var text = try strictDecode(repairedBytes)
                text.repaired = repair
                return text
            default: throw error
            }
        }
    }

    /// `bytes` with each invalid UTF-8 sequence and each control byte (but tab, LF, CR and FF) replaced by U+FFFD,
    /// and where they were; nil when more than `tolerableDamage` of the bytes are damaged.
    static func repaired(_ bytes: [UInt8]) -> ([UInt8], DecodedText.Repair)? {
        let limit = max(1, Int(Double(bytes.count) * tolerableDamage))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var lines: [Int] = [], count = 0, line = 1
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == 0x0A { line += 1 }
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C || c == 0x7F {
                    count += 1
                    if lines.last != line { lines.append(line) }
                    out += replacement
                } else {
                    out.append(c)
                }
                i += 1
                continue
            }
            let length = bytes.withUnsafeBufferPointer { validLength($0, at: i) }
            if let length {
                out += bytes[i..<i + length]
                i += length
            } else {
                // One replacement for the lead byte and the continuation bytes after it (a broken sequence).
                count += 1
                if lines.last != line { lines.append(line) }
                out += replacement
                i += 1
                while i < n, bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
            if count > limit { return nil }
        }
        guard count > 0, count <= limit else { return nil }
        return (out, DecodedText.Repair(count: count, lines: lines))
    }

    /// The length of the valid UTF-8 sequence at `i`, or nil.
    static func validLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return 1 }
        if c >= 0xC2 && c <= 0xDF { return i + 1 < b.count && b[i + 1] & 0xC0 == 0x80 ? 2 : nil }
        return checkedLength(b, at: i)
    }

    static func strictDecode(_ input: [UInt8]) throws(InputError) -> DecodedText {
        guard !input.isEmpty else { throw .empty }
        var encoding = "UTF-8"
        var utf8: [UInt8]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            utf8 = Array(input.dropFirst(3))
            if let bad = firstInvalidUTF8(utf8) { throw .undecodable(encoding: encoding, line: lineNumber(of: bad, in: utf8)) }
        } else if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            encoding = input[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            utf8 = try fromUTF16(Array(input.dropFirst(2)), littleEndian: input[0] == 0xFF)
        } else {
            // The common case, in one pass: valid UTF-8, no control bytes, LF line ends.
            var scan = scanUTF8(input)
            if case .needsLineEnds = scan, let bad = firstInvalidUTF8(input) { scan = .invalid(bad) }
            switch scan {
            case .text(let lines): return DecodedText(bytes: input, encoding: "UTF-8", lines: lines)
            case .needsLineEnds: utf8 = input
            case .binary(let offset): throw .binary(offset: offset, line: lineNumber(of: offset, in: input))
            case .invalid(let bad):
                if let binary = binaryOffset(input) { throw .binary(offset: binary, line: lineNumber(of: binary, in: input)) }
                guard let converted = iconvConvert(input, from: "GB18030") else {
                    throw .undecodable(encoding: "UTF-8", line: lineNumber(of: bad, in: input))
                }
                encoding = "GB18030"
                utf8 = converted
            }
        }
        if let binary = binaryOffset(utf8) { throw .binary(offset: binary, line: lineNumber(of: binary, in: utf8)) }
        let normalized = normalizeLineEnds(utf8)
        guard normalized.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C) }) else {
            throw .whitespaceOnly
        }
        return DecodedText(bytes: normalized, encoding: encoding, lines: splitLines(normalized))
    }

    enum Scan { case text([Range<Int>]), needsLineEnds, binary(Int), invalid(Int) }

    /// Validates UTF-8, refuses control bytes and splits lines in one pass; white space only counts as no text.
    static func scanUTF8(_ bytes: [UInt8]) -> Scan {
        bytes.withUnsafeBufferPointer { b -> Scan in
            if UTF8Automaton.accepts(b) {
                let sawText = b.contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C) }
                return sawText ? .text(UTF8Automaton.lines(b)) : .needsLineEnds
            }
            // Refused: the byte by byte scan below says what and where.
            var lines: [Range<Int>] = []
            lines.reserveCapacity(b.count / 32)
            var i = 0, start = 0, sawText = false
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c >= 0x21 && c != 0x7F { sawText = true; i += 1; continue }
                    if c == 0x0A { lines.append(start..<i); start = i + 1 }
                    else if c == 0x0D { return .needsLineEnds }
                    else if c != 0x20 && c != 0x09 && c != 0x0C { return .binary(i) }
                    i += 1; continue
                }
                sawText = true
                if c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF {
                    guard i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return .invalid(i) }
                    i += 3; continue
                }
                if c >= 0xC2 && c <= 0xDF {
                    guard i + 1 < n, b[i + 1] & 0xC0 == 0x80 else { return .invalid(i) }
                    i += 2; continue
                }
                // E0, ED and the four-byte leads: the careful path.
                guard let length = checkedLength(b, at: i) else { return .invalid(i) }
                i += length
            }
            if start < n { lines.append(start..<n) }
            return sawText ? .text(lines) : .needsLineEnds
        }
    }

    static func checkedLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i], n = b.count
        let len: Int
        if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return nil }
        guard i + len <= n else { return nil }
        for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return nil }
        if c == 0xE0 && b[i + 1] < 0xA0 { return nil }
        if c == 0xED && b[i + 1] > 0x9F { return nil }
        if c == 0xF0 && b[i + 1] < 0x90 { return nil }
        if c == 0xF4 && b[i + 1] > 0x8F { return nil }
        return len
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 }
                else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return i }
                if i + len > n { return i }
                for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return i }
                if len == 3 {
                    if c == 0xE0 && b[i + 1] < 0xA0 { return i }
                    if c == 0xED && b[i + 1] > 0x9F { return i }
                } else if len == 4 {
                    if c == 0xF0 && b[i + 1] < 0x90 { return i }
                    if c == 0xF4 && b[i + 1] > 0x8F { return i }
                }
                i += len
            }
            return nil
        }
    }

    /// Control bytes other than tab, LF, FF and CR mark binary data (a PNG, a PDF's raw stream).
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            for i in 0..<b.count {
                let c = b[i]
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C { return i }
                if c == 0x7F { return i }
            }
            return nil
        }
    }

    public static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1 }
        return line
    }

    static func fromUTF16(_ body: [UInt8], littleEndian: Bool) throws(InputError) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = 0
        while i + 1 < body.count {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 3)
        var line = 1
        for scalar in Unicode.UTF16.self.decodeAll(units) {
            guard let scalar else { throw .undecodable(encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", line: line) }
            if scalar == "\n" { line += 1 }
            out.append(contentsOf: String(scalar).utf8)
        }
        return out
    }

    /// Converts with the C library's iconv; nil when the input is not valid in that encoding.
    static func iconvConvert(_ input: [UInt8], from encoding: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", encoding)
        guard Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        var source = input
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = source.count, outLeft = output.count
        let result = source.withUnsafeMutableBufferPointer { ib in
            output.withUnsafeMutableBufferPointer { ob -> Int in
                var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ib.baseAddress!).assumingMemoryBound(to: CChar.self)
                var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ob.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &ip, &inLeft, &op, &outLeft)
            }
        }
        guard result != -1, inLeft == 0 else { return nil }
        output.removeLast(outLeft)
        return firstInvalidUTF8(output) == nil ? output : nil
    }

    static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    static func splitLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 30)
        var start = 0
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<b.count where b[i] == 0x0A {
                lines.append(start..<i)
                start = i + 1
            }
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }
}

extension Unicode.UTF16 {
    /// Decodes code units; a nil element marks an unpaired surrogate.
    static func decodeAll(_ units: [UInt16]) -> [Unicode.Scalar?] {
        var result: [Unicode.Scalar?] = []
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): result.append(s)
            case .emptyInput: break loop
            case .error: result.append(nil)
            }
        }
        return result
    }
}
