import RepertoireModel

/// Who sat on the Council and who presided, derived from the official vote data.
public struct Council: Sendable {
    /// The five permanent members (Charter Article 23).
    public static let permanent: Set<String> = ["CHN", "FRA", "RUS", "GBR", "USA"]

    /// Presidencies known from the Council's record (`Resources/presidencies.tsv`), which anchor and correct
    /// rule 18's rotation: `(year, month, ISO3)`. Each December anchors the next year.
    public static let knownPresidencies: [(year: Int, month: Int, code: String)] = {
        String(decoding: PackageResources.presidencies_tsv, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3, let year = Int(f[0]), let month = Int(f[1]), (1...12).contains(month) else { return nil }
            return (year, month, String(f[2]))
        }
    }()

    public struct Seat: Sendable, JSONWritable {
        public let code: String, name: String, permanent: Bool
        public func write(to w: inout JSONWriter) {
            w.object { o in o.field("iso3", code); o.field("name", name); o.field("permanent", permanent) }
        }
    }

    /// Members by year (ISO3), from those who voted that year plus the permanent members.
    public let members: [Int: Set<String>]
    let exceptions: [Int: String]
    let gazetteer: Gazetteer

    /// Members from the votes of `records` and of `drafts` (drafts not adopted, with the members' votes).
    public init(records: [VoteRecord], drafts: [OfficialText] = [],
                knownPresidencies: [(year: Int, month: Int, code: String)] = Council.knownPresidencies,
                gazetteer: Gazetteer = .shared) {
        var members: [Int: Set<String>] = [:]
        for r in records {
            // The symbol's year: a record's date may be wrong (S/RES/2423 (2018) dated 2016).
            guard let year = r.symbol.year ?? r.date?.year else { continue }
            for list in r.voters.values { for m in list { if let c = m.code { members[year, default: Council.permanent].insert(c) } } }
        }
        for d in drafts {
            guard let year = d.symbol.year ?? d.adoptionDate?.year, let voters = d.voters else { continue }
            for list in voters.values { for m in list { if let c = m.code { members[year, default: Council.permanent].insert(c) } } }
        }
        self.members = members
        exceptions = Dictionary(knownPresidencies.map { ($0.year * 12 + $0.month - 1, $0.code) }, uniquingKeysWith: { a, _ in a })
        self.gazetteer = gazetteer
    }

    public var years: [Int] { members.keys.sorted() }

    /// The members on a date, or nil for a year the data does not cover.
    public func members(on date: RepertoireDate) -> Set<String>? { members[date.year] }

    public func isMember(_ code: String, year: Int) -> Bool { members[year]?.contains(code) ?? false }

    /// The members of a year in the English alphabetical order of their names (rule 18).
    public func seats(year: Int) -> [Seat] {
        (members[year] ?? []).map { code in
            Seat(code: code, name: StateNames.shared.english(code: code) ?? code, permanent: Council.permanent.contains(code))
        }.sorted { $0.name.localizedStandardLess($1.name) }
    }

    /// The president of each month of `year`: rule 18's rotation in English alphabetical order, one month
    /// each, continuing from the last known presidency before it; a known presidency overrides the rotation.
    /// Nil where no presidency before the year is known to continue from.
    public func presidencies(year: Int) -> [String]? {
        // Months are counted as year * 12 + (month - 1).
        guard let anchor = exceptions.keys.filter({ $0 < year * 12 }).max(), var last = exceptions[anchor] else { return nil }
        var result: [String] = []
        for month in (anchor + 1)..<((year + 1) * 12) {
            let rotation = seats(year: month / 12).map(\.code)
            if let known = exceptions[month] { last = known }
            else if rotation.isEmpty { return nil }
            else { last = Council.following(last, in: rotation, gazetteer: gazetteer) }
            if month / 12 == year { result.append(last) }
        }
        return result
    }

    /// The member after `code` in alphabetical order (wrapping); for a member who has left, the first one
    /// whose name sorts after it.
    static func following(_ code: String, in rotation: [String], gazetteer: Gazetteer) -> String {
        if let i = rotation.firstIndex(of: code) { return rotation[(i + 1) % rotation.count] }
        let name = gazetteer.entity(code: code)?.english ?? code
        return rotation.first { (gazetteer.entity(code: $0)?.english ?? $0).localizedStandardLess(name) == false } ?? rotation[0]
    }
}

extension String {
    /// Alphabetical comparison by letters only, case-insensitive (`Saint Vincent…` after `Russian…`).
    func localizedStandardLess(_ other: String) -> Bool {
        func key(_ s: String) -> String { String(s.lowercased().unicodeScalars.filter { CharacterSet.letters.contains($0) || $0 == " " }.map(Character.init)) }
        return key(self) < key(other)
    }
}

import Foundation
