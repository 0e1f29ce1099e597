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

    /// Read back from what `write` made (decoded JSON: strings, dictionaries, arrays, nulls).
    public init?(json: Any) {
        guard let object = json as? [String: Any], let key = object["key"] as? String, let arguments = object["arguments"] as? [Any] else { return nil }
        self.key = key
        self.arguments = arguments.map { a in
            if let s = a as? String { return .text(s) }
            if let o = a as? [String: Any] {
                if let word = o["word"] as? String { return .word(word) }
                if let part = o["part"].flatMap(FindingMessage.init(json:)) { return .part(part) }
            }
            return .none
        }
    }
}
