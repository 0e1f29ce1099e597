import Foundation
import RepertoireModel
import RepertoireStore

/// Rows in a reader's language: a finding's `message` written from its catalogue entry (`message_entry`, which is
/// then left out), the states it names by the gazetteer's name in that language.
enum Localised {
    static func rows(_ rows: Rows, _ lang: String) -> Rows {
        guard let entry = rows.columns.firstIndex(of: "message_entry") else { return rows }
        let message = rows.columns.firstIndex(of: "message")
        var out = Rows(columns: rows.columns.enumerated().filter { $0.offset != entry }.map(\.element))
        out.rows = rows.rows.map { row in
            var row = row
            // Each message read once (`TextMemo`): the same finding is often made of many documents. An entry
            // that cannot be read leaves the message as stored.
            if let message, let json = row[entry].string {
                let words = TextMemo.localised.text(json, lang) { FindingMessage(jsonText: json)?.text(lang, name: stateName) ?? "" }
                if !words.isEmpty { row[message] = .text(words) }
            }
            row.remove(at: entry)
            return row
        }
        return out
    }

    /// A state's name in `lang`, where `text` is a state's name the gazetteer knows (not a symbol, date or number).
    static func stateName(_ text: String, _ lang: String) -> String? {
        guard !text.isEmpty, !text.contains("/"), !text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              let entity = Gazetteer.shared.resolve(text) else { return nil }
        return Gazetteer.shared.name(code: entity.code, language: lang)
    }

    static func sections(_ sections: [(section: String, rows: Rows)], _ lang: String) -> [(section: String, rows: Rows)] {
        sections.map { ($0.section, rows($0.rows, lang)) }
    }
}
