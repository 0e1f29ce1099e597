import Foundation
import RepertoireModel

/// What a column of the store's answers holds, by its name: one name, one type, wherever it is asked. JSON writes
/// each as its type (arrays as arrays, booleans as booleans), CSV and terminal tables as words, and the API's OpenAPI
/// document describes it from here. A column not listed is text.
public enum ColumnType: String, Sendable, CaseIterable {
    case integer, number, text, boolean
    /// A JSON array held as text (`[1487, 1488]`, `["S/PV.8699(Resumption1)"]`).
    case array

    public static func of(_ column: String) -> ColumnType { byName[column] ?? .text }

    /// Every column whose type is not text, by name.
    public static let byName: [String: ColumnType] = {
        var types: [String: ColumnType] = [:]
        for name in ["item", "number", "line", "first_line", "year", "rule37_count", "rule39_other", "citations", "documents",
                     "stated_meetings", "stated_videoconferences", "stated_resolutions", "stated_presidential_statements",
                     "meetings_found", "videoconferences_found", "decisions_found", "speaker_entries",
                     "votes_for", "votes_against", "votes_abstaining", "for", "against", "abstaining", "sponsors_count",
                     "invited_rule37", "invited_rule39_other", "spoke", "sponsored", "voted", "vetoes", "meetings", "videoconferences",
                     "resolutions", "unanimous_count", "with_abstentions", "without_vote", "written_procedure", "presidential_statements",
                     "drafts_not_adopted", "vetoed_drafts", "findings", "briefers_count"] {
            types[name] = .integer
        }
        for name in ["rank"] { types[name] = .number }
        for name in ["unanimous", "chapter_vii", "truncated"] { types[name] = .boolean }
        for name in ["lines", "subjects", "continuations", "decisions", "speakers", "briefers", "sponsors", "speaker_notes"] { types[name] = .array }
        return types
    }()

    /// The OpenAPI (JSON Schema) type, null allowed.
    public var schemaType: String {
        switch self {
        case .integer: "integer"
        case .number: "number"
        case .text: "string"
        case .boolean: "boolean"
        case .array: "array"
        }
    }

    /// The elements of an array column's text (`[1487]` → `["1487"]`); empty when it holds none or is not JSON.
    public static func elements(_ text: String) -> [Rows.Value] {
        flatArray(text) ?? parsedArray(text)
    }

    /// The elements as Foundation's JSON parser reads them: escapes, fractions (cut to integers), nesting (null).
    static func parsedArray(_ text: String) -> [Rows.Value] {
        guard let data = text.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return array.map { element in
            switch element {
            case let s as String: .text(s)
            case let n as NSNumber: .integer(n.int64Value)
            default: .null
            }
        }
    }
}

extension ColumnType {
    /// A flat JSON array of strings without escapes, integers and nulls (what the store writes), read on its bytes;
    /// nil for anything else, which Foundation's parser reads (it took a tenth of a list page's time).
    static func flatArray(_ text: String) -> [Rows.Value]? {
        var text = text
        return text.withUTF8 { b -> [Rows.Value]? in
            var i = 0, out: [Rows.Value] = []
            func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; skipSpace(); return i == b.count ? [] : nil }
            while true {
                skipSpace()
                guard i < b.count else { return nil }
                switch b[i] {
                case UInt8(ascii: "\""):
                    let start = i + 1
                    i = start
                    while i < b.count, b[i] != UInt8(ascii: "\"") {
                        if b[i] == UInt8(ascii: "\\") || b[i] < 0x20 { return nil }  // an escape: the full parser's
                        i += 1
                    }
                    guard i < b.count else { return nil }
                    out.append(.text(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)))
                    i += 1
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let start = i
                    i += 1
                    while i < b.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) { i += 1 }
                    guard let n = Int64(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) else { return nil }
                    out.append(.integer(n))
                case UInt8(ascii: "n"):
                    guard i + 4 <= b.count, b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l") else { return nil }
                    out.append(.null)
                    i += 4
                default: return nil
                }
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                guard b[i] == UInt8(ascii: "]") else { return nil }
                i += 1
                skipSpace()
                return i == b.count ? out : nil
            }
        }
    }
}

extension Rows {
    /// A value as words, for CSV and terminal tables: an array's elements joined (by a space, or `; ` where an
    /// element has a space of its own), a boolean as `true` or `false`.
    public static func words(_ value: Value, column: String) -> String {
        switch (ColumnType.of(column), value) {
        case (.array, .text(let text)):
            let elements = ColumnType.elements(text).map(\.description)
            return elements.joined(separator: elements.contains { $0.contains(" ") } ? "; " : " ")
        case (.boolean, .integer(let i)): return i == 0 ? "false" : "true"
        default: return value.description
        }
    }
}
