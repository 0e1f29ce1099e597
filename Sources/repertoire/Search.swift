import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over paragraphs, footnotes, headings, table notes and official texts.",
        discussion: """
        Chinese of any length (one character too), words (case does not matter) and document symbols \
        (S/RES/2532(2020), written in any of their forms) are searched; several space-separated terms must all \
        occur. Results come best first (bm25 over every match) up to 10,000 matches, and beyond that in the \
        documents' order (--order chooses), each with a snippet where [matches] are marked; the table and the \
        JSON ({"query", "count", "order", "rows"}) say how many passages match in all and in which order they come.
        """
    )

    @Argument(help: "What to look for: 决议, 会, climate, S/RES/2532(2020), …")
    var query: String

    @Option(name: .long, help: "Only passages under this agenda item number.")
    var item: Int?

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 20

    @Option(name: .long, help: "Passages to pass over first (the next page starts at --offset plus --limit).")
    var offset: Int = 0

    @Option(name: .long, help: "relevance (bm25 over every match), document (the documents' order) or automatic (relevance up to 10,000 matches).")
    var order: SearchQuery.Order = .automatic

    @Option(name: .shortAndLong, help: "Output: table (fits the terminal), json or csv (RFC 4180).")
    var format: RowsFormat = .table

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        let store = try database.openForReading()
        var question = SearchQuery(query, item: item, limit: limit)
        (question.offset, question.order) = (offset, order)
        let found = try store.find(question)
        var rows = found.rows
        let count = found.count
        switch format {
        case .json:
            // The rows, and how many passages match in all.
            var w = JSONWriter()
            w.object { o in
                o.field("query", query)
                o.field("count", count)
                o.field("order", found.order.rawValue)
                o.field("rows", rows)
            }
            Terminal.write(String(decoding: w.bytes, as: UTF8.self) + "\n")
        case .table:
            rows = Self.centred(rows)
            let how = found.order == .relevance ? "best first" : "in the documents' order"
            Terminal.write(format.render(rows, width: Terminal.width, label: Headers.label("en")) + "\(count) passage\(count == 1 ? "" : "s") match\(count == 1 ? "es" : "") (\(how)).\n")
        case .csv:
            Terminal.write(format.render(rows))
        }
    }

    /// Each snippet begun a little before its first match (`…` marking what is left out), so that a table cutting
    /// the snippet to the terminal's width still shows the match.
    static func centred(_ rows: Rows, before: Int = 12) -> Rows {
        guard let k = rows.columns.firstIndex(of: "snippet") else { return rows }
        var out = rows
        for r in out.rows.indices {
            guard let text = out.rows[r][k].string, let match = text.firstIndex(of: "["),
                  text.distance(from: text.startIndex, to: match) > before + 4 else { continue }
            out.rows[r][k] = .text("…" + text[text.index(match, offsetBy: -before)...])
        }
        return out
    }
}

extension SearchQuery.Order: ExpressibleByArgument {}
