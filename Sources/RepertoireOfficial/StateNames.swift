import Foundation
import RepertoireModel

/// State names as the UN's data writes them in every year: UNTERM's names (the gazetteer) and the names in
/// `Resources/state-names.tsv` (former names, states that no longer exist, variants, known misspellings, entries
/// that are no state), all compared after `fold`. An unambiguous misspelling not listed (one letter added, dropped,
/// changed or two swapped, in a name of five letters or more) is resolved with a note naming it.
public struct StateNames: Sendable {
    public enum Kind: String, Sendable {
        case current, former, dissolved, variant, misspelling, notAState = "not-a-state"
    }

    /// What a name as written means.
    public struct Resolution: Sendable, Hashable {
        /// ISO 3166-1 alpha-3 (or ISO 3166-3 for a state that no longer exists); nil for an entry that is no state.
        public let code: String?
        public let kind: Kind
        /// Why the name was read so, for a reader (a former name, a misspelling): nil for a current name.
        public let note: String?
        /// A former name, or a state that no longer exists, written after the year it ceased to be used.
        public var outOfUse = false
    }

    struct Row: Sendable { let code: String?, english: String?, from: Int?, to: Int?, kind: Kind, note: String }

    public static let shared = StateNames(tsv: PackageResources.state_names_tsv)

    let gazetteer: Gazetteer
    /// Folded name → row.
    let rows: [String: Row]
    /// Folded name → gazetteer entity, for every UNTERM name.
    let current: [String: Gazetteer.Entity]
    /// Words that make an unresolved entry no state (`SECRETARY-GENERAL`).
    let notAStateWords: [String]
    /// English names of codes the gazetteer does not hold (ISO 3166-3).
    let formerStates: [String: String]

    public init(tsv bytes: [UInt8], gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        var rows: [String: Row] = [:], words: [String] = [], former: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let kind = f[5] == "not-a-state-word" ? .notAState : Kind(rawValue: f[5]) else { continue }
            if f[5] == "not-a-state-word" { words.append(StateNames.fold(f[0])); continue }
            let code = f[1] == "-" || f[1].isEmpty ? nil : f[1]
            let english = f[2].isEmpty ? nil : f[2]
            if let code, let english { former[code] = english }
            rows[StateNames.fold(f[0])] = Row(code: code, english: english, from: Int(f[3]), to: Int(f[4]), kind: kind,
                                              note: f.count > 6 ? f[6] : "")
        }
        var current: [String: Gazetteer.Entity] = [:]
        for (name, entity) in gazetteer.allNames where entity.kind != .organization {
            current[StateNames.fold(name)] = current[StateNames.fold(name)] ?? entity
        }
        self.rows = rows; self.current = current; notAStateWords = words; formerStates = former
    }

    /// Case, diacritics, the dotted and dotless i, typographic quotes and apostrophes, dashes, white space, stray
    /// punctuation at either end, a leading `THE` and a trailing `(THE)` do not matter: `TÜRKİYE` → `TURKIYE`,
    /// `CÔTE.` → `COTE`, `LAO PEOPLE’S …` → `LAO PEOPLE'S …`.
    public static func fold(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var space = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}", "\u{0060}", "\u{00B4}": out.append("'"); space = false; continue
            case "\u{201C}", "\u{201D}": out.append("\""); space = false; continue
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": out.append("-"); space = false; continue
            case "\u{0131}": out.append("I"); space = false; continue
            default: break
            }
            if scalar.properties.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out += String(scalar).uppercased()
        }
        while let last = out.last, ".,;:*".contains(last) || last == " " { out.removeLast() }
        while let first = out.first, ".,;:*".contains(first) || first == " " { out.removeFirst() }
        if out.hasSuffix(" (THE)") { out.removeLast(6) }
        if out.hasPrefix("THE ") && out.count > 4 { out.removeFirst(4) }
        return out
    }

    /// What `name` means, as written in `year` (nil: no state and no known non-state; the caller reports it).
    public func resolve(_ name: String, year: Int? = nil) -> Resolution? {
        if let e = gazetteer.resolve(name), e.kind != .organization { return Resolution(code: e.code, kind: .current, note: nil) }
        let key = StateNames.fold(name)
        if key.isEmpty { return nil }
        if let row = rows[key] { return resolution(row, name: name, year: year) }
        if let e = current[key] { return Resolution(code: e.code, kind: .current, note: nil) }
        if notAStateWords.contains(where: { key.contains($0) }) {
            return Resolution(code: nil, kind: .notAState, note: "'\(name)' is no state (a document or body named in a list of states)")
        }
        return misspelling(of: key, name: name, year: year)
    }

    func resolution(_ row: Row, name: String, year: Int?) -> Resolution {
        var note: String? = row.note.isEmpty ? nil : row.note
        var outOfUse = false
        if row.kind == .former || row.kind == .dissolved, let year, let to = row.to, year > to {
            note = "'\(name)' used in \(year), after the name ceased to be used in \(to)" + (note.map { ": \($0)" } ?? "")
            outOfUse = true
        }
        switch row.kind {
        case .misspelling: note = "'\(name)' misspelt" + (note.map { ": \($0)" } ?? "")
        case .former: note = note.map { "former name '\(name)': \($0)" } ?? "former name '\(name)'"
        case .variant, .current: note = nil
        case .dissolved, .notAState: break
        }
        return Resolution(code: row.code, kind: row.kind, note: note, outOfUse: outOfUse)
    }

    /// The one name within one edit of `key` (names of five letters or more), or nil when none or several are.
    func misspelling(of key: String, name: String, year: Int?) -> Resolution? {
        guard key.count >= 5 else { return nil }
        let k = Array(key)
        var codes = Set<String>(), nearest = ""
        for (known, entity) in current where abs(known.count - k.count) <= 1 && StateNames.withinOneEdit(k, Array(known)) {
            codes.insert(entity.code); nearest = known
        }
        for (known, row) in rows where row.code != nil && abs(known.count - k.count) <= 1 && StateNames.withinOneEdit(k, Array(known)) {
            codes.insert(row.code!); nearest = known
        }
        guard codes.count == 1, let code = codes.first else { return nil }
        return Resolution(code: code, kind: .misspelling, note: "'\(name)' misspelt, read as \(nearest)")
    }

    /// One character added, dropped, changed, or two adjacent swapped (or none).
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            let diff = a.indices.filter { a[$0] != b[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// A list of names as the UN's data gives it, entry by entry, read.
    public struct ListReading: Sendable {
        public var members: [Member] = []
        /// Entries that are no state (a document's title): never counted as members.
        public var nonStates: [String] = []
        /// Two entries read as one name (`CÔTE.`, `D'IVOIRE`), with the code they make.
        public var rejoined: [(first: String, second: String, code: String)] = []
    }

    /// Reads `list`: each entry resolved as written in `year`; an entry that resolves to nothing rejoined with the
    /// next where the two together are a name; entries that are no state set aside.
    public func read(_ list: [String], year: Int?) -> ListReading {
        var reading = ListReading()
        var i = 0
        while i < list.count {
            let name = DataExtractReader.clean(list[i])
            i += 1
            if name.isEmpty { continue }
            var resolution = resolve(name, year: year)
            var written = name
            if resolution?.code == nil, i < list.count {
                let next = DataExtractReader.clean(list[i])
                let joined = name.trimmingCharacters(in: ".,;") + " " + next
                if let r = resolve(joined, year: year), let code = r.code, r.kind != .misspelling {
                    reading.rejoined.append((name, next, code))
                    resolution = r; written = joined; i += 1
                }
            }
            if let r = resolution, r.kind == .notAState { reading.nonStates.append(written); continue }
            reading.members.append(Member(name: written, resolution: resolution))
        }
        return reading
    }

    /// The words that join the last two names of a list, in the UN's languages (`A, B and C`).
    static let conjunctions = [" and ", " et ", " y ", " и ", " و", "和", "、"]

    /// A list of names as prose writes it (`Belarus, China, … and Bolivarian Republic of Venezuela`), split where the
    /// pieces are names: a name holding `and` (`Trinidad and Tobago`, `United Kingdom of Great Britain and Northern
    /// Ireland`) stays whole. A piece that no split makes a name is kept as written (the caller reports it).
    public func splitList(_ text: String, year: Int?) -> [String] {
        var result: [String] = []
        for chunk in text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == ";" }) {
            let piece = chunk.trimmingCharacters(in: .whitespaces)
            guard !piece.isEmpty else { continue }
            if resolve(piece, year: year)?.code != nil { result.append(piece); continue }
            result += splitAtConjunctions(piece, year: year) ?? splitAtMissingComma(piece, year: year) ?? [piece]
        }
        return result
    }

    /// The fewest names `piece` splits into at its conjunctions, or nil when no split makes every part a name.
    func splitAtConjunctions(_ piece: String, year: Int?) -> [String]? {
        // Cut points: (start of conjunction, end of conjunction).
        var cuts: [(Range<String.Index>)] = []
        for word in StateNames.conjunctions {
            var from = piece.startIndex
            while let r = piece.range(of: word, range: from..<piece.endIndex) { cuts.append(r); from = r.upperBound }
        }
        guard !cuts.isEmpty, cuts.count <= 8 else { return nil }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        // Each subset of cuts, fewest first.
        let subsets = (1..<(1 << cuts.count)).sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }
        for mask in subsets {
            var parts: [String] = [], start = piece.startIndex, ok = true
            for (i, cut) in cuts.enumerated() where mask & (1 << i) != 0 {
                guard cut.lowerBound >= start else { ok = false; break }
                parts.append(String(piece[start..<cut.lowerBound])); start = cut.upperBound
            }
            guard ok else { continue }
            parts.append(String(piece[start...]))
            let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            if trimmed.allSatisfy({ !$0.isEmpty && resolve($0, year: year)?.code != nil }) { return trimmed }
        }
        return nil
    }

    /// Two names with the comma between them missing (`New Zealand Nicaragua`): the one split at a space that makes
    /// both halves names.
    func splitAtMissingComma(_ piece: String, year: Int?) -> [String]? {
        let splits = piece.indices.filter { piece[$0] == " " }.compactMap { at -> [String]? in
            let a = String(piece[..<at]), b = String(piece[piece.index(after: at)...])
            guard resolve(a, year: year)?.kind == .current, resolve(b, year: year)?.kind == .current else { return nil }
            return [a, b]
        }
        return splits.count == 1 ? splits[0] : nil
    }

    /// The English short name of a code: UNTERM's, or the resource's for a state that no longer exists.
    public func english(code: String) -> String? { gazetteer.entity(code: code)?.english ?? formerStates[code] }
}
