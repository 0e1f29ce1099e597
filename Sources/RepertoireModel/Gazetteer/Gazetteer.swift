/// State and entity names in the spellings met in the UN's languages, resolved to ISO 3166 alpha-3 and M49:
/// UNTERM short and formal names (six languages), the upper-case English of the UN's data (`VIET NAM`),
/// and the short forms the Repertoire writes that UNTERM lacks (`联合王国`). Observers and organisations
/// are entities of their own kind.
public struct Gazetteer: Sendable {
    public enum Kind: String, Sendable { case state, observer = "observer_state", organization }

    public struct Entry: Sendable {
        public let iso3: String, m49: Int, english: String, names: [String]
    }

    public struct Entity: Sendable, Hashable {
        /// ISO 3166 alpha-3 for a state or observer state; a short code (`EU`, `ICRC`) for an organisation.
        public let code: String
        public let m49: Int?
        public let kind: Kind
        /// The English short name, as the presidency's alphabetical order uses it.
        public let english: String
    }

    /// Spellings UNTERM lacks: the Repertoire's short forms and the UN data's upper-case English.
    static let aliases: [(String, String)] = [
        ("多米尼加共和国", "DOM"), ("联合王国", "GBR"), ("英国", "GBR"), ("美国", "USA"), ("俄罗斯", "RUS"),
        ("UNITED KINGDOM", "GBR"), ("UNITED STATES", "USA"), ("NETHERLANDS (KINGDOM OF THE)", "NLD"),
        ("CÔTE D'IVOIRE", "CIV"), ("CÔTE D’IVOIRE", "CIV"), ("Côte d'Ivoire", "CIV"), ("TÜRKIYE", "TUR"),
        // The English short names the Repertoire wrote before a state's name changed.
        ("Turkey", "TUR"), ("Swaziland", "SWZ"), ("Czech Republic", "CZE"), ("Cape Verde", "CPV"),
        ("The former Yugoslav Republic of Macedonia", "MKD"), ("Netherlands", "NLD"),
    ]

    /// Observer states and organisations that the Repertoire names among invitees.
    static let entities: [(names: [String], code: String, m49: Int?, kind: Kind, english: String)] = [
        (["巴勒斯坦国", "State of Palestine", "巴勒斯坦"], "PSE", 275, .observer, "State of Palestine"),
        (["罗马教廷", "Holy See"], "VAT", 336, .observer, "Holy See"),
        (["欧洲联盟", "European Union", "欧盟"], "EU", nil, .organization, "European Union"),
        (["非洲联盟", "African Union", "非盟"], "AU", nil, .organization, "African Union"),
        (["东南亚国家联盟", "Association of Southeast Asian Nations", "东盟"], "ASEAN", nil, .organization, "Association of Southeast Asian Nations"),
        (["红十字国际委员会", "International Committee of the Red Cross"], "ICRC", nil, .organization, "International Committee of the Red Cross"),
        (["不结盟运动", "Movement of Non-Aligned Countries"], "NONALIGNED", nil, .organization, "Movement of Non-Aligned Countries"),
    ]

    public static let shared = Gazetteer()

    private let byKey: [String: Entity]
    private let byCode: [String: Entity]
    /// Every name exactly as listed, as UTF-8, with its entity: the fast path.
    private let exactEntities: [ByteKey: Entity]

    public init() {
        var byKey: [String: Entity] = [:], byCode: [String: Entity] = [:]
        // Case-folded keys for ASCII names (the UN data's upper-case English); other names match exactly.
        func keyed(_ name: String) -> Bool { name.utf8.allSatisfy { $0 < 0x80 } }
        for e in Gazetteer.states {
            let entity = Entity(code: e.iso3, m49: e.m49, kind: .state, english: e.english)
            byCode[e.iso3] = entity
            for name in e.names where keyed(name) { byKey[Gazetteer.key(name)] = entity }
        }
        for e in Gazetteer.entities {
            let entity = Entity(code: e.code, m49: e.m49, kind: e.kind, english: e.english)
            byCode[e.code] = entity
            for name in e.names where keyed(name) { byKey[Gazetteer.key(name)] = entity }
        }
        for (name, code) in Gazetteer.aliases where keyed(name) { byKey[Gazetteer.key(name)] = byCode[code] }
        var exact: [ByteKey: Entity] = [:]
        exact.reserveCapacity(Gazetteer.states.reduce(0) { $0 + $1.names.count } + 64)
        for e in Gazetteer.states { for n in e.names { exact[ByteKey(n)] = byCode[e.iso3] } }
        for e in Gazetteer.entities { for n in e.names { exact[ByteKey(n)] = byCode[e.code] } }
        for (n, code) in Gazetteer.aliases { exact[ByteKey(n)] = byCode[code] }
        self.byKey = byKey; self.byCode = byCode; self.exactEntities = exact
    }

    /// The entity a name as written refers to, or nil (the caller reports it: a name is never dropped).
    public func resolve(_ name: String) -> Entity? {
        if let e = exactEntities[ByteKey(name)] { return e }
        // Names without case still match with their white space trimmed; only ASCII names have keys. (A name with no
        // white space at either end is its own trimmed form: not trimmed, nor looked up again.)
        let padded = Gazetteer.mayBeWhiteSpace(first: name) && name.first?.isWhitespace == true
            || Gazetteer.mayBeWhiteSpace(last: name) && name.last?.isWhitespace == true
        let trimmed = padded ? name.trimmingSpaces : name
        if padded, let e = exactEntities[ByteKey(trimmed)] { return e }
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return byKey[Gazetteer.asciiKey(trimmed)]
    }

    public func entity(code: String) -> Entity? { byCode[code] }

    /// The code of a state as a reader gives it: a known ISO 3166 alpha-3 code in any case (`vnm`), or a name in
    /// any of the UN's languages (`Viet Nam`, `越南`); nil for neither.
    public func code(given: String) -> String? {
        let upper = given.uppercased()
        if upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }), byCode[upper] != nil { return upper }
        return resolve(given)?.code
    }

    /// The short name of a code in a language: English, or Chinese (`zh`: UNTERM's first name in Chinese characters);
    /// nil for another language or an unknown code.
    public func name(code: String, language: String) -> String? {
        guard let entity = byCode[code] else { return nil }
        switch language {
        case "en": return entity.english
        case "zh":
            let names = Gazetteer.states.first { $0.iso3 == code }?.names ?? Gazetteer.entities.first { $0.code == code }?.names ?? []
            return names.first { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        default: return nil
        }
    }

    /// Every name the gazetteer holds with its entity (for indexes built on other keys, such as folded names).
    public var allNames: [(name: String, entity: Entity)] {
        var result: [(name: String, entity: Entity)] = []
        for e in Gazetteer.states { for n in e.names { if let entity = byCode[e.iso3] { result.append((n, entity)) } } }
        for e in Gazetteer.entities { for n in e.names { if let entity = byCode[e.code] { result.append((n, entity)) } } }
        for (n, code) in Gazetteer.aliases { if let entity = byCode[code] { result.append((n, entity)) } }
        return result
    }

    public func isKnown(_ name: String) -> Bool { resolve(name) != nil }

    /// `isKnown` for UTF-8 bytes: an exact spelling, or (for Latin text) any case and spacing.
    public func isKnown(utf8 name: [UInt8]) -> Bool {
        if exactEntities[ByteKey(name)] != nil { return true }
        guard name.contains(where: { $0 < 0x80 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
        return isKnown(String(decoding: name, as: UTF8.self))
    }

    /// Case, white space, a trailing `(the)` and the apostrophe's forms do not matter.
    static func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        var s = name.uppercased().replacingAll("’", with: "'")
        for article in [" (THE)", " (LE)", " (LA)", " (LES)", " (L')"] where s.hasSuffix(article) { s.removeLast(article.count) }
        if s.hasPrefix("THE ") { s.removeFirst(4) }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).joined(separator: " ")
    }
}

extension Gazetteer {
    /// Whether the name's first character may be white space, by its first byte: not a printable ASCII character
    /// and not a Chinese character (lead bytes E4–E9), which no mark joined to it makes white space. Most names are
    /// ruled out without making a `Character`.
    static func mayBeWhiteSpace(first name: String) -> Bool {
        guard let lead = name.utf8.first else { return false }
        return !isPlainLead(lead)
    }

    /// The same for the last character, by the lead byte of the last scalar (a mark joined to a character is its own
    /// scalar, and is not ruled out).
    static func mayBeWhiteSpace(last name: String) -> Bool {
        let utf8 = name.utf8
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            let b = utf8[i]
            if b & 0xC0 != 0x80 { return !isPlainLead(b) }
        }
        return false
    }

    @inline(__always) static func isPlainLead(_ b: UInt8) -> Bool { (b > 0x20 && b < 0x7F) || (b >= 0xE4 && b <= 0xE9) }

    /// The articles a UN short name may end with (`Bahamas (the)`), upper case, as bytes: made once.
    static let articleSuffixes: [[UInt8]] = [" (THE)", " (LE)", " (LA)", " (LES)", " (L')"].map { Array($0.utf8) }

    /// `key` for ASCII names, on bytes: upper case, white space folded, a trailing `(the)` and a leading `the ` dropped.
    static func asciiKey(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for b in name.utf8 {
            if b == 0x20 || b == 0x09 { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
        }
        for article in Gazetteer.articleSuffixes where out.count > article.count && out.suffix(article.count).elementsEqual(article) {
            out.removeLast(article.count)
        }
        if out.starts(with: "THE ".utf8) { out.removeFirst(4) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The string without white space at either end.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
