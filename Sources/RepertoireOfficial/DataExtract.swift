import Foundation
import RepertoireModel

/// One resolution of the UN's `data_extract` (one JSON object a line).
public struct VoteRecord: Sendable {
    public enum Venue: String, Sendable { case meeting, writtenProcedure = "written_procedure" }

    public var symbol: DocumentSymbol
    public var venue: Venue
    /// `8748th meeting` → `S/PV.8748`; nil for a written procedure.
    public var meeting: DocumentSymbol?
    public var date: RepertoireDate?
    public var agendaItemName: String
    public var adoptionType: String
    public var unanimous: Bool
    public var draft: DocumentSymbol?
    public var draftDate: RepertoireDate?
    public var outcomeLetter: DocumentSymbol?
    public var title: String
    public var chapterVII: Bool
    /// The tally: from the members named per option where the record names them, else the count fields.
    public var counts: Vote
    /// The count fields as the record states them (`MS_in_favour_count`, …).
    public var statedCounts: Vote
    public var voters: [VoteOption: [Member]]
    public var sponsors: [Member]
    public var file: String, line: Int
}

/// Reads `data_extract/*.json`: every known field, each line checked; an unknown field, a truncated
/// line or a value of the wrong kind is an error naming the file and line.
public enum DataExtractReader {
    static let fields: Set<String> = [
        "symbol", "resolution_number", "document_title", "adoption_meeting", "adoption_date", "agenda_item_name",
        "adoption_type", "draft_resolution", "draft_resolution_date", "outcome_letter", "resolution_title",
        "outcome", "chapter_VII", "MS_in_favour_count", "MS_against_count", "MS_abstaining_count",
        "MS_in_favour", "MS_against", "MS_abstaining", "sponsors", "additional_sponsors", "SDGs", "subjects",
    ]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    public static func read(_ data: [UInt8], file: String) throws(OfficialError) -> [VoteRecord] {
        var records: [VoteRecord] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw OfficialError(file: file, line: lineNumber, "not a JSON object")
                }
                object = parsed
            } catch let error as OfficialError {
                throw error
            } catch {
                throw OfficialError(file: file, line: lineNumber, "not valid JSON (a truncated or broken line)")
            }
            records.append(try record(object, file: file, line: lineNumber))
        }
        return records
    }

    static func record(_ o: [String: Any], file: String, line: Int) throws(OfficialError) -> VoteRecord {
        if let unknown = o.keys.sorted().first(where: { !fields.contains($0) }) {
            throw OfficialError(file: file, line: line, "unknown field '\(unknown)'")
        }
        func string(_ key: String) throws(OfficialError) -> String {
            guard let value = o[key] else { return "" }
            guard let s = value as? String else { throw OfficialError(file: file, line: line, "field '\(key)' is not a string") }
            return s.trimmingCharacters(in: " ")
        }
        func names(_ key: String) throws(OfficialError) -> [Member] {
            guard let value = o[key] else { return [] }
            guard let list = value as? [String] else { throw OfficialError(file: file, line: line, "field '\(key)' is not a list of names") }
            return list.map { Member(name: $0) }
        }
        func count(_ key: String) throws(OfficialError) -> Int {
            let s = try string(key)
            guard let n = Int(s) else { throw OfficialError(file: file, line: line, "field '\(key)' is not a number: '\(s)'") }
            return n
        }
        let symbolText = try string("symbol")
        guard let symbol = DocumentSymbol(symbolText) else {
            throw OfficialError(file: file, line: line, "'\(symbolText)' is not a document symbol")
        }
        let meetingText = try string("adoption_meeting")
        let outcome = try string("outcome")
        let writtenProcedure = meetingText.lowercased().contains("mail") || outcome.uppercased().contains("MAIL")
        let adoptionType = try string("adoption_type")
        let voters: [VoteOption: [Member]] = [.inFavour: try names("MS_in_favour"), .against: try names("MS_against"),
                                              .abstaining: try names("MS_abstaining")]
        let stated = Vote(for: try count("MS_in_favour_count"), against: try count("MS_against_count"),
                          abstaining: try count("MS_abstaining_count"))
        let named = Vote(for: voters[.inFavour]!.count, against: voters[.against]!.count, abstaining: voters[.abstaining]!.count)
        return VoteRecord(
            symbol: symbol, venue: writtenProcedure ? .writtenProcedure : .meeting,
            meeting: writtenProcedure ? nil : meetingRecord(meetingText),
            date: englishDate(try string("adoption_date")),
            agendaItemName: try string("agenda_item_name"), adoptionType: adoptionType,
            unanimous: adoptionType.lowercased().contains("unanimously"),
            draft: DocumentSymbol(try string("draft_resolution")),
            draftDate: isoDate(try string("draft_resolution_date")),
            outcomeLetter: DocumentSymbol(try string("outcome_letter")),
            title: try string("resolution_title"), chapterVII: !(try string("chapter_VII")).isEmpty,
            counts: named.total > 0 ? named : stated, statedCounts: stated,
            voters: voters, sponsors: try names("sponsors") + (try names("additional_sponsors")),
            file: file, line: line)
    }

    /// `8748th meeting` → `S/PV.8748`
    static func meetingRecord(_ text: String) -> DocumentSymbol? {
        let digits = text.prefix { $0.isNumber }
        return digits.isEmpty ? nil : DocumentSymbol("S/PV.\(digits)")
    }

    /// `10 January 2020`
    static func englishDate(_ text: String) -> RepertoireDate? {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let d = Int(parts[0]), let m = months.firstIndex(of: String(parts[1])), let y = Int(parts[2]) else { return nil }
        return RepertoireDate(year: y, month: m + 1, day: d)
    }

    /// `2020-07-01`
    static func isoDate(_ text: String) -> RepertoireDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return RepertoireDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
