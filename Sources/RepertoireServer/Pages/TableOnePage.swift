import Foundation
import Hummingbird
import NIOCore
import RepertoireModel
import RepertoireStore

/// An item's Table 1 as the Repertoire prints it, rebuilt from the database in either language: its column
/// headers and order; each meeting with its resumptions and dates; sub-item; other documents and drafts with their
/// sponsors; rule 37 and rule 39 invitations, a long list of States as a count with a lettered note listing them;
/// speakers; decisions and votes. States are named from the gazetteer in the target language.
public enum TableOne {
    public enum Format: String, Sendable, CaseIterable { case markdown, html }

    static let headers: [String: [String]] = [
        "zh": ["会议记录和日期", "分项", "其他文件", "根据第 37 条发出的邀请", "根据第 39 条和其他规定发出的邀请", "发言者", "决定和表决（赞成-反对-弃权）"],
        "en": ["Meeting record and date", "Sub-item", "Other documents", "Rule 37 invitations", "Rule 39 and other invitations", "Speakers",
               "Decision and vote (for-against-abstaining)"],
    ]
    /// Texts of the table that have no translation known and stay in the other language (a name read from the
    /// Chinese edition alone, on an English table).
    public static func untranslated(_ rows: [TableOneRow], lang: String) -> [String] {
        var texts: [String] = []
        for row in rows {
            texts.append(row.subItem ?? "")
            let parties: [TableOneRow.Party] = row.rule39 + row.speakers + row.rule37 + row.drafts.flatMap { $0.sponsors }
            texts += parties.filter { $0.iso3 == nil }.map { $0.name }
        }
        return Array(Set(texts.filter { !$0.isEmpty && Page.otherLanguage($0, lang) != nil })).sorted()
    }

    /// The table's cells, row by row, and its lettered notes.
    public static func cells(_ rows: [TableOneRow], lang: String) -> (rows: [[String]], notes: [String]) {
        var notes = LetteredNotes(lang: lang)
        func name(_ p: TableOneRow.Party) -> String { p.iso3.flatMap { Gazetteer.shared.name(code: $0, language: lang) } ?? p.name }
        func list(_ parties: [TableOneRow.Party], count: Int? = nil) -> String { notes.cell(parties.map(name), count: count) }
        let table = rows.map { row -> [String] in
            let meeting = ([row.record + (row.date.map { " " + $0 } ?? "")] + row.resumptions.map { $0.record + ($0.date.map { " " + $0 } ?? "") })
                .joined(separator: "\n")
            let documents = row.otherDocuments + row.drafts.map { draft in
                draft.symbol + (draft.sponsors.isEmpty ? "" : (lang == "zh" ? "（提案国：" : " (submitted by ") + list(draft.sponsors) + (lang == "zh" ? "）" : ")"))
            }
            let decisions = row.decisions.map { d in
                d.symbol + (d.vote.map { " " + $0 } ?? "") + (d.chapterVII ? (lang == "zh" ? "（第七章）" : " (Chapter VII)") : "")
            }
            return [meeting, row.subItem ?? "", documents.joined(separator: "\n"), list(row.rule37, count: row.rule37Count),
                    list(row.rule39), list(row.speakers), decisions.joined(separator: "\n")]
        }
        return (table, notes.notes)
    }

    /// The table as Markdown (a pipe table, line breaks inside cells as `<br>`) or as an HTML fragment.
    public static func render(_ rows: [TableOneRow], lang: String, format: Format) -> String {
        let (table, notes) = cells(rows, lang: lang)
        let head = headers[lang] ?? headers["en"]!
        switch format {
        case .markdown:
            func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>") }
            var out = "| " + head.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: head.count) + "\n"
            for row in table { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
            if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n\n") + "\n" }
            return out
        case .html:
            func cell(_ s: String) -> String { Page.escape(s).replacingOccurrences(of: "\n", with: "<br>") }
            var out = #"<div class="scroll"><table><thead><tr>"# + head.map { "<th>\(Page.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            for row in table { out += "<tr>" + row.map { "<td>\(cell($0))</td>" }.joined() + "</tr>" }
            out += "</tbody></table></div>"
            if !notes.isEmpty { out += notes.map { #"<p class="note">\#(Page.escape($0))</p>"# }.joined() }
            return out
        }
    }
}

extension PagesController {
    /// `/items/{number}/tables`: the item's Table 1 rebuilt, in the page's language; its JSON twin gives the
    /// headers, the rows' cells and the notes.
    func tables(_ number: Int, _ request: Request, json: Bool) throws -> Response {
        let labels = Labels.of(request)
        let rows = try store.tableOne(item: number, language: labels.lang)
        guard !rows.isEmpty else { throw APIError.notFound("no agenda item \(number) with a Table 1") }
        if json {
            let (cells, notes) = TableOne.cells(rows, lang: labels.lang)
            let body: [String: Any] = ["ok": true, "item": number, "language": labels.lang,
                                       "columns": TableOne.headers[labels.lang] ?? [], "rows": cells, "notes": notes]
            let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        var page = Page(title: "\(number). " + (labels.lang == "zh" ? "表 1" : "Table 1"))
        page.add(heading: nil, html: TableOne.render(rows, lang: labels.lang, format: .html))
        return page.render(request, labels: labels)
    }
}
