import Foundation
import RepertoireModel

/// One resolution of the UN's `data_extract` (one JSON object a line).
public struct VoteRecord: Sendable {
    public enum Venue: String, Sendable { case meeting, writtenProcedure = "written_procedure" }
    /// How the Council decided: by a vote, or without one (`Adopted without vote`, `Adopted by acclamation`).
    public enum Method: String, Sendable { case vote, withoutVote = "without_vote", acclamation }

    public var symbol: DocumentSymbol
    public var venue: Venue
    /// `8748th meeting` → `S/PV.8748`; nil for a written procedure.
    public var meeting: DocumentSymbol?
    public var date: RepertoireDate?
    public var agendaItemName: String
    public var adoptionType: String
    public var method: Method
    /// Every member in favour, none against or abstaining (a vote of the whole Council).
    public var unanimous: Bool
    public var draft: DocumentSymbol?
    public var draftDate: RepertoireDate?
    public var outcomeLetter: DocumentSymbol?
    public var title: String
    public var chapterVII: Bool
    /// The tally: from the members named per option where the record names them, else the count fields, else the
    /// tally written in `adoption_type`.
    public var counts: Vote
    /// The count fields as the record states them (`MS_in_favour_count`, …), or where empty the tally they imply.
    public var statedCounts: Vote
    /// The tally written in `adoption_type` (`Adopted 13-0-2`; `unanimously` is the whole Council in favour).
    public var adoptionTypeCounts: Vote?
    public var voters: [VoteOption: [Member]]
    public var sponsors: [Member]
    /// Entries of the voter and sponsor lists that are no state (a document's title): reported, never counted.
    public var nonStates: [String]
    public var file: String, line: Int
}

/// A data_extract file as read: its records, what drifted (warnings) and the lines that could not be read (errors).
public struct DataExtractFile: Sendable {
    public var records: [VoteRecord] = []
    public var warnings: [OfficialWarning] = []
    public var errors: [OfficialError] = []
}

/// Reads `data_extract/*.json` as the UN publishes it, year after year. Drift is a warning, once per kind and file,
/// never a refusal: an unknown field, an empty or zero-padded count, a placeholder or irregular date, a count that
/// must be had from `adoption_type`. Only a line that cannot be read as a record (broken JSON, no symbol) is an
/// error, and it costs that line alone.
public enum DataExtractReader {
    static let fields: Set<String> = [
        "symbol", "resolution_number", "document_title", "adoption_meeting", "adoption_date", "agenda_item_name",
        "adoption_type", "draft_resolution", "draft_resolution_date", "outcome_letter", "resolution_title",
        "outcome", "chapter_VII", "MS_in_favour_count", "MS_against_count", "MS_abstaining_count",
        "MS_in_favour", "MS_against", "MS_abstaining", "sponsors", "additional_sponsors", "SDGs", "subjects",
    ]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    public static func read(_ data: [UInt8], file: String) -> DataExtractFile {
        var result = DataExtractFile()
        var drift = Drift(file: file)
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(line)) else {
                result.errors.append(OfficialError(file: file, line: lineNumber, "not valid JSON (a truncated or broken line): the line is not read"))
                continue
            }
            guard let object = parsed as? [String: Any] else {
                result.errors.append(OfficialError(file: file, line: lineNumber, "not a JSON object: the line is not read"))
                continue
            }
            do throws(OfficialError) {
                result.records.append(try record(object, line: lineNumber, drift: &drift))
            } catch {
                result.errors.append(error)
            }
        }
        result.warnings = drift.warnings
        return result
    }

    /// Warnings, once per kind and file: the first line, and how many lines more had the same.
    struct Drift {
        let file: String
        private var first: [String: (line: Int, message: String)] = [:]
        private var more: [String: Int] = [:]
        private var lastLine: [String: Int] = [:]
        private var order: [String] = []
        init(file: String) { self.file = file }

        /// Counts lines, not occurrences: three empty counts on one line are one line like it.
        mutating func warn(_ kind: String, line: Int, _ message: String) {
            if first[kind] == nil { first[kind] = (line, message); order.append(kind) }
            else if lastLine[kind] != line { more[kind, default: 0] += 1 }
            lastLine[kind] = line
        }

        var warnings: [OfficialWarning] {
            order.map { kind in
                let (line, message) = first[kind]!
                let others = more[kind] ?? 0
                return OfficialWarning(file: file, line: line, message + (others > 0 ? " (and \(others) more line\(others == 1 ? "" : "s") like it)" : ""))
            }
        }
    }

    static func record(_ o: [String: Any], line: Int, drift: inout Drift) throws(OfficialError) -> VoteRecord {
        for unknown in o.keys.sorted() where !fields.contains(unknown) {
            let use = unknown == "agenda_item" && o["agenda_item_name"] == nil ? " (read as the agenda item's name)" : ""
            drift.warn("field \(unknown)", line: line, "unknown field '\(unknown)'\(use)")
        }
        func string(_ key: String) -> String {
            guard let value = o[key], !(value is NSNull) else { return "" }
            if let s = value as? String { return clean(s) }
            if let n = value as? NSNumber { return n.stringValue }
            drift.warn("type \(key)", line: line, "field '\(key)' is not a string: passed over")
            return ""
        }
        let symbolText = string("symbol")
        guard let symbol = DocumentSymbol(symbolText.replacingOccurrences(of: " ", with: "")) ?? DocumentSymbol(symbolText) else {
            throw OfficialError(file: drift.file, line: line, symbolText.isEmpty ? "no symbol: the record is not read"
                                : "'\(symbolText)' is not a document symbol: the record is not read")
        }
        let adoptionType = string("adoption_type")
        let folded = adoptionType.lowercased()
        let meetingText = string("adoption_meeting")
        let outcome = string("outcome")
        let writtenProcedure = meetingText.lowercased().contains("mail") || outcome.lowercased().contains("mail")
            || folded.contains("voting by mail")
        let method: VoteRecord.Method = folded.contains("without vote") || outcome == "adoptedWithoutVote" ? .withoutVote
            : folded.contains("acclamation") || outcome == "adoptedByAcclamation" ? .acclamation : .vote

        // The date: `adoption_date`, read through stray white space, a time or a place; else the document title's.
        var date: RepertoireDate? = nil
        let dateText = string("adoption_date")
        if isPlaceholder(dateText) {
            drift.warn("placeholder date", line: line, "adoption_date '\(dateText)' is a placeholder: no date")
        } else if let (d, regular) = parseDate(dateText) {
            date = d
            if !regular { drift.warn("irregular date", line: line, "adoption_date '\(dateText)' read as \(d.iso)") }
        } else if !dateText.isEmpty {
            drift.warn("unreadable date", line: line, "adoption_date '\(dateText)' is not a date")
        }
        if date == nil, let (d, _) = parseDate(afterLast: " on", in: string("document_title")) {
            date = d
            drift.warn("date from title", line: line, "no adoption_date: the date \(d.iso) is read from document_title")
        }
        let year = date?.year ?? symbol.year

        // The members: names resolved as written in the year, a name split over two entries rejoined, entries that
        // are no state set aside.
        var nonStates: [String] = []
        func members(_ key: String, role: String) -> [Member] {
            guard let value = o[key], !(value is NSNull) else { return [] }
            let list: [String]
            if let l = value as? [Any] {
                list = l.compactMap { $0 as? String }
                if list.count < l.count { drift.warn("entry \(key)", line: line, "an entry of '\(key)' is not a name: passed over") }
            } else if let s = value as? String {
                list = s.isEmpty ? [] : [s]
                drift.warn("list \(key)", line: line, "field '\(key)' is a string, not a list: read as one name")
            } else {
                drift.warn("list \(key)", line: line, "field '\(key)' is not a list of names: passed over"); return []
            }
            let reading = StateNames.shared.read(list, year: year)
            for (first, second, code) in reading.rejoined {
                drift.warn("split \(first) \(second)", line: line, "'\(first)' and '\(second)' in \(role) are one name split in two: read as \(code)")
            }
            for written in reading.nonStates {
                nonStates.append(written)
                drift.warn("non-state \(written)", line: line, "'\(written)' in \(role) is no state (a data error): not counted")
            }
            for m in reading.members where m.kind == .misspelling || m.outOfUse {
                drift.warn("name \(m.name)", line: line, "\(m.note ?? m.name) (\(m.code ?? "?"))")
            }
            let result = reading.members
            return result
        }
        let voters: [VoteOption: [Member]] = [.inFavour: members("MS_in_favour", role: "the votes in favour"),
                                              .against: members("MS_against", role: "the votes against"),
                                              .abstaining: members("MS_abstaining", role: "the abstentions")]
        let sponsors = members("sponsors", role: "the sponsors") + members("additional_sponsors", role: "the sponsors")

        // The tally: the count fields; where empty or not numbers, the tally `adoption_type` writes.
        let size = DecisionRules.councilSize(year: year ?? 2000)
        let typed = tally(in: folded, councilSize: size)
        func count(_ key: String, _ part: KeyPath<Vote, Int>) -> Int? {
            guard let value = o[key], !(value is NSNull) else {
                drift.warn("missing \(key)", line: line, "no field '\(key)'\(typed.map { ": \($0[keyPath: part]) from adoption_type" } ?? "")")
                return typed?[keyPath: part]
            }
            if let n = value as? NSNumber, !(value is String) { return n.intValue }
            let s = (value as? String).map(clean) ?? ""
            if s.isEmpty {
                drift.warn("empty count", line: line, "field '\(key)' is empty\(typed.map { ": \($0[keyPath: part]) from adoption_type" } ?? "")")
                return typed?[keyPath: part]
            }
            guard s.utf8.count <= 3, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(s) else {
                drift.warn("bad count", line: line, "field '\(key)' is not a number: '\(s)'\(typed.map { ": \($0[keyPath: part]) from adoption_type" } ?? "")")
                return typed?[keyPath: part]
            }
            if s.count > 1 && s.hasPrefix("0") { drift.warn("padded count", line: line, "field '\(key)' is zero-padded: '\(s)' read as \(n)") }
            return n
        }
        let named = Vote(for: voters[.inFavour]!.count, against: voters[.against]!.count, abstaining: voters[.abstaining]!.count)
        let parts = (count("MS_in_favour_count", \.for), count("MS_against_count", \.against), count("MS_abstaining_count", \.abstaining))
        let stated = Vote(for: parts.0 ?? named.for, against: parts.1 ?? named.against, abstaining: parts.2 ?? named.abstaining)
        let counts = named.total > 0 ? named : stated.total > 0 ? stated : (typed ?? stated)

        let chapterText = string("chapter_VII")
        let chapterVII = chapterText.uppercased().contains("VII")
        if !chapterText.isEmpty && !chapterVII && chapterText.uppercased() != "N.A." {
            drift.warn("chapter", line: line, "chapter_VII '\(chapterText)' is not read as Chapter VII")
        }
        var agenda = string("agenda_item_name")
        if agenda.isEmpty { agenda = string("agenda_item") }
        var meeting = writtenProcedure ? nil : meetingRecord(meetingText)
        if meeting == nil && !writtenProcedure, let m = meetingRecord(afterComma: adoptionType) {
            meeting = m
            if !meetingText.isEmpty || o["adoption_meeting"] == nil {
                drift.warn("meeting from type", line: line, "no meeting in adoption_meeting: \(m) read from adoption_type")
            }
        }
        return VoteRecord(
            symbol: symbol, venue: writtenProcedure ? .writtenProcedure : .meeting, meeting: meeting, date: date,
            agendaItemName: agenda, adoptionType: adoptionType, method: method,
            unanimous: method == .vote && counts.for == size && counts.against == 0 && counts.abstaining == 0,
            draft: DocumentSymbol(string("draft_resolution")),
            draftDate: parseDate(string("draft_resolution_date"))?.0,
            outcomeLetter: DocumentSymbol(string("outcome_letter")),
            title: string("resolution_title"), chapterVII: chapterVII,
            counts: counts, statedCounts: stated, adoptionTypeCounts: typed,
            voters: voters, sponsors: sponsors, nonStates: nonStates, file: drift.file, line: line)
    }

    /// White space runs (tabs, no-break spaces) as one space, trimmed.
    static func clean(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\u{a0}" || $0 == "\n" || $0 == "\r" }) || s.contains("  ") || s.first == " " || s.last == " " else { return s }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `13-0-2` in `adopted 13-0-2, 9237th meeting` (or `(14-0-0, 1 absent)`); `unanimously` is the whole Council.
    static func tally(in folded: String, councilSize: Int) -> Vote? {
        let chars = Array(folded.utf8)
        var i = 0
        while i < chars.count {
            var numbers: [Int] = [], j = i
            while numbers.count < 3 {
                var n = 0, digits = 0
                while j < chars.count, chars[j] >= 0x30, chars[j] <= 0x39, digits < 3 { n = n * 10 + Int(chars[j] - 0x30); j += 1; digits += 1 }
                guard digits > 0 else { break }
                numbers.append(n)
                if numbers.count < 3 { guard j < chars.count, chars[j] == UInt8(ascii: "-") else { break }; j += 1 }
            }
            if numbers.count == 3 { return Vote(for: numbers[0], against: numbers[1], abstaining: numbers[2]) }
            i += 1
        }
        if folded.contains("non-unanimously") || folded.contains("not unanimously") { return nil }
        if folded.contains("unanimously") || folded.contains("unanimoulsy") { return Vote(for: councilSize, against: 0, abstaining: 0) }
        return nil
    }

    /// `8748th meeting` → `S/PV.8748`
    static func meetingRecord(_ text: String) -> DocumentSymbol? {
        let digits = text.prefix { $0.isNumber }
        return digits.count >= 3 ? DocumentSymbol("S/PV.\(digits)") : nil
    }

    /// The meeting after the comma of `Adopted unanimously, 9237th meeting`.
    static func meetingRecord(afterComma text: String) -> DocumentSymbol? {
        guard let comma = text.lastIndex(of: ",") else { return nil }
        return meetingRecord(String(text[text.index(after: comma)...]).trimmingCharacters(in: " "))
    }

    /// A date in `text`: `10 January 2020`, `10 January 2020 in Nairobi`, `on10 January 2020`, `2020-01-10`,
    /// `2021-07-09 00:00:00`. `regular` is false when anything but the date itself was written.
    static func parseDate(_ text: String) -> (RepertoireDate, regular: Bool)? {
        let t = text.trimmingCharacters(in: " ")
        guard !t.isEmpty else { return nil }
        let parts = t.split(separator: "-", maxSplits: 2)
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) {
            let dayDigits = parts[2].prefix { $0.isNumber }
            guard let d = Int(dayDigits), let date = RepertoireDate(year: y, month: m, day: d) else { return nil }
            return (date, parts[2].count == dayDigits.count)
        }
        // Letters and digits written together are separated (`on10` → `on 10`).
        var spaced = ""
        var previous: Character = " "
        for c in t {
            if (c.isNumber && previous.isLetter) || (c.isLetter && previous.isNumber) { spaced.append(" ") }
            spaced.append(c); previous = c
        }
        let words = spaced.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        for k in words.indices.dropLast(2) {
            guard let d = Int(words[k]), let m = months.firstIndex(of: words[k + 1].lowercased()),
                  words[k + 2].count == 4, let y = Int(words[k + 2]), let date = RepertoireDate(year: y, month: m + 1, day: d) else { continue }
            return (date, words.count == 3 && spaced == t)
        }
        return nil
    }

    /// The date after the last `marker` (` on` in `Adopted … at its 9237th meeting, on 9 January 2023`).
    static func parseDate(afterLast marker: String, in text: String) -> (RepertoireDate, regular: Bool)? {
        guard let r = text.range(of: marker, options: .backwards) else { return nil }
        return parseDate(String(text[r.upperBound...]))
    }

    /// `0001-01-01`: a year before the UN, written where no date was known.
    static func isPlaceholder(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: " ")
        guard t.count >= 4, let y = Int(t.prefix(4)) else { return false }
        return y < 1900
    }

    /// `2020-07-01`
    static func isoDate(_ text: String) -> RepertoireDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return RepertoireDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
