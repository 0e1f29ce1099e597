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
