/// A finding's message as an entry of the catalogue (`Catalogue.findings`) and its arguments, so that it can be
/// written in either language: `{0}`, `{1}` … in the entry's text stand for the arguments.
public struct FindingMessage: Sendable, Equatable {
    public indirect enum Argument: Sendable, Equatable {
        /// As written: a symbol, a date, a number, a name from the document (a state's name is given in the
        /// reader's language where the gazetteer knows it).
        case text(String)
        /// A word of the catalogue (`Catalogue.values`): `meetings`, `repeated`.
        case word(String)
        /// A part of the sentence, itself an entry with arguments; `.none` for a part left out.
        case part(FindingMessage)
        case none
    }

    public let key: String
    public let arguments: [Argument]

    public init(_ key: String, _ arguments: [Argument] = []) {
        self.key = key; self.arguments = arguments
    }

    /// The message in `language` (`en` where the catalogue has no entry in that language); `name` gives a
    /// document's name (a state's) in the language, where it knows it.
    public func text(_ language: String, name: (String, String) -> String? = { _, _ in nil }) -> String {
        let entry = Catalogue.findings[key]
        let template = entry?[language] ?? entry?["en"] ?? key
        let values = arguments.map { argument -> String in
            switch argument {
            case .text(let s): return name(s, language) ?? s
            case .word(let w):
                let entry = Catalogue.messageWords[w] ?? Catalogue.values[w]
                return entry?[language] ?? entry?["en"] ?? w
            case .part(let m): return m.text(language, name: name)
            case .none: return ""
            }
        }
        // `{k}` → the k-th value; any other brace is the text's own.
        var out = "", rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let k = Int(after[..<close]), values.indices.contains(k) {
                out += values[k]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

extension FindingMessage: JSONWritable {
    /// `{"key": …, "arguments": [ "text", {"word": …}, {"part": {…}}, null ]}`: how the store keeps it.
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("key", key)
            o.field("arguments", arguments.map(ArgumentJSON.init))
        }
    }

    struct ArgumentJSON: JSONWritable {
        let argument: Argument
        func write(to w: inout JSONWriter) {
            switch argument {
            case .text(let s): w.string(s)
            case .word(let word): w.object { o in o.field("word", word) }
            case .part(let m): w.object { o in o.field("part", m) }
            case .none: w.null()
            }
        }
    }
}

extension FindingMessage {
    /// Read back from what `write` made (strings, objects, arrays, nulls), on the JSON text's bytes (a page of
    /// findings spent a tenth of its time in Foundation's parser for these few dozen bytes each).
    public init?(jsonText: String) {
        var reader = JSONValueReader(bytes: Array(jsonText.utf8))
        guard let value = reader.value(), reader.atEnd, let message = FindingMessage(value) else { return nil }
        self = message
    }

    init?(_ value: JSONValueReader.Value) {
        guard case .object(let members) = value,
              case .string(let key)? = members.first(where: { $0.0 == "key" })?.1,
              case .array(let arguments)? = members.first(where: { $0.0 == "arguments" })?.1 else { return nil }
        self.key = key
        self.arguments = arguments.map { a in
            if case .string(let s) = a { return .text(s) }
            if case .object(let o) = a {
                if case .string(let word)? = o.first(where: { $0.0 == "word" })?.1 { return .word(word) }
                if let part = o.first(where: { $0.0 == "part" }).flatMap({ FindingMessage($0.1) }) { return .part(part) }
            }
            return .none
        }
    }
}

/// A small JSON reader for the values this program stores (strings, objects, arrays; anything else read as
/// `other`), on UTF-8 bytes.
struct JSONValueReader {
    indirect enum Value { case string(String), object([(String, Value)]), array([Value]), other }

    let bytes: [UInt8]
    var i = 0

    var atEnd: Bool { mutating get { skipSpace(); return i == bytes.count } }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value(depth: Int = 0) -> Value? {
        skipSpace()
        guard i < bytes.count, depth < 64 else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): return string().map(Value.string)
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, Value)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        default:
            // A number, true, false or null: its characters up to the next delimiter.
            let start = i
            while i < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
            return i > start ? .other : nil
        }
    }

    /// A string at `i` (its opening quote), escapes read.
    mutating func string() -> String? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if (0xD800...0xDBFF).contains(code), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                out += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
            default: out.append(e)   // `"`, `\`, `/`
            }
        }
        return nil
    }

    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for b in bytes[i..<(i + 4)] {
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }
}
