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
    public enum Format: String, Sendable, CaseIterable { case text, markdown, html }

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

    /// A State's name in the table's language: as the document wrote it where it is in that language (the Chinese
    /// edition's `多米尼加共和国`, where UNTERM's short name is `多米尼加`), else the gazetteer's, else as stored.
    static func name(_ party: TableOneRow.Party, _ lang: String) -> String {
        let han = party.name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        if han == (lang == "zh") { return party.name }
        return party.iso3.flatMap { Gazetteer.shared.name(code: $0, language: lang) } ?? party.name
    }

    /// The notes' letters the document gave the table (a new note takes another).
    static func letters(_ rows: [TableOneRow]) -> Set<String> {
        Set(rows.flatMap { row in [row.rule37Note].compactMap { $0 } + row.drafts.compactMap(\.note) + row.speakerNotes.map(\.letter) })
    }

    /// The table's cells, row by row, and its lettered notes.
    public static func cells(_ rows: [TableOneRow], lang: String) -> (rows: [[String]], notes: [String]) {
        var notes = LetteredNotes(lang: lang, reserved: letters(rows))
        func list(_ parties: [TableOneRow.Party], count: Int? = nil, letter: String? = nil) -> String {
            notes.cell(parties.map { name($0, lang) }, count: count, letter: letter)
        }
        let table = rows.map { row -> [String] in
            let meeting = ([row.record + (row.date.map { " " + $0 } ?? "")] + row.resumptions.map { $0.record + ($0.date.map { " " + $0 } ?? "") })
                .joined(separator: "\n")
            let documents = row.otherDocuments + row.drafts.map { draft in
                draft.symbol + (draft.sponsors.isEmpty ? "" : (lang == "zh" ? "（提案国：" : " (submitted by ") + list(draft.sponsors, count: draft.count, letter: draft.note)
                                + (lang == "zh" ? "）" : ")"))
            }
            let decisions = row.decisions.map { decisionCell($0, lang) }
            return [meeting, row.subItem ?? "", documents.joined(separator: "\n"), list(row.rule37, count: row.rule37Count, letter: row.rule37Note),
                    list(row.rule39), list(row.speakers), decisions.joined(separator: "\n")]
        }
        return (table, notes.notes)
    }

    /// A decision as a table's cell gives it: its symbol, its vote, whether adopted under Chapter VII.
    static func decisionCell(_ d: (symbol: String, vote: String?, chapterVII: Bool), _ lang: String) -> String {
        d.symbol + (d.vote.map { " " + $0 } ?? "") + (d.chapterVII ? (lang == "zh" ? "（第七章）" : " (Chapter VII)") : "")
    }

    /// Table 2's columns.
    static let headersTwo: [String: [String]] = [
        "zh": ["视频会议日期", "视频会议记录", "标题", "决定、表决（赞成-反对-弃权）和书面程序记录"],
        "en": ["Videoconference date", "Videoconference record", "Title", "Decision and vote (for-against-abstaining) and record of written procedure"],
    ]

    /// Table 2's cells, row by row.
    public static func cells(_ rows: [TableTwoRow], lang: String) -> [[String]] {
        rows.map { row in
            let decisions = row.decisions.map { decisionCell($0, lang) } + [row.writtenProcedureRecord].compactMap { $0 }
            return [row.date ?? "", row.record ?? "", row.title ?? "", decisions.joined(separator: "\n")]
        }
    }

    /// The tables as Markdown (pipe tables, line breaks inside cells as `<br>`) or as an HTML fragment: Table 1 with
    /// its notes, then Table 2, each where the item has rows for it.
    public static func render(_ rows: [TableOneRow], _ videoconferences: [TableTwoRow] = [], lang: String, format: Format) -> String {
        let (table, notes) = cells(rows, lang: lang)
        let two = cells(videoconferences, lang: lang)
        let head = headers[lang] ?? headers["en"]!, headTwo = headersTwo[lang] ?? headersTwo["en"]!
        let names = lang == "zh" ? ("表 1", "表 2") : ("Table 1", "Table 2")
        switch format {
        case .text, .markdown:
            func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>") }
            func pipe(_ head: [String], _ table: [[String]]) -> String {
                var out = "| " + head.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: head.count) + "\n"
                for row in table { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
                return out
            }
            var parts: [String] = []
            if !table.isEmpty { parts.append((two.isEmpty ? "" : "**\(names.0)**\n\n") + pipe(head, table) + (notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n\n") + "\n")) }
            if !two.isEmpty { parts.append("**\(names.1)**\n\n" + pipe(headTwo, two)) }
            return parts.joined(separator: "\n")
        case .html:
            func cell(_ s: String) -> String { Page.escape(s).replacingOccurrences(of: "\n", with: "<br>") }
            func html(_ head: [String], _ table: [[String]]) -> String {
                var out = #"<div class="scroll"><table><thead><tr>"# + head.map { "<th>\(Page.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                for row in table { out += "<tr>" + row.map { "<td>\(cell($0))</td>" }.joined() + "</tr>" }
                return out + "</tbody></table></div>"
            }
            var out = ""
            if !table.isEmpty {
                if !two.isEmpty { out += "<h3>\(names.0)</h3>" }
                out += html(head, table)
                if !notes.isEmpty { out += notes.map { #"<p class="note">\#(Page.escape($0))</p>"# }.joined() }
            }
            if !two.isEmpty { out += "<h3>\(names.1)</h3>" + html(headTwo, two) }
            return out
        }
    }
}

extension PagesController {
    /// `/items/{number}/tables`: the item's Table 1 rebuilt, in the page's language; its JSON twin gives the
    /// headers, the rows' cells and the notes.
    func tables(_ number: Int, _ request: Request, json: Bool) throws -> Response {
        let labels = Labels.of(request)
        let rows = try store.tableOne(item: number, language: labels.lang), videoconferences = try store.tableTwo(item: number, language: labels.lang)
        guard !rows.isEmpty || !videoconferences.isEmpty else { throw APIError.notFound("no agenda item \(number) with a Table 1 or 2") }
        if json {
            let (cells, notes) = TableOne.cells(rows, lang: labels.lang)
            let body: [String: Any] = ["ok": true, "item": number, "language": labels.lang,
                                       "columns": TableOne.headers[labels.lang] ?? [], "rows": cells, "notes": notes,
                                       "table_two": ["columns": TableOne.headersTwo[labels.lang] ?? [], "rows": TableOne.cells(videoconferences, lang: labels.lang)]]
            let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let names = [rows.isEmpty ? nil : labels.lang == "zh" ? "表 1" : "Table 1", videoconferences.isEmpty ? nil : labels.lang == "zh" ? "表 2" : "Table 2"]
        var page = Page(title: "\(number). " + names.compactMap { $0 }.joined(separator: labels.lang == "zh" ? "、" : ", "))
        page.add(heading: nil, html: TableOne.render(rows, videoconferences, lang: labels.lang, format: .html))
        return page.render(request, labels: labels)
    }
}
