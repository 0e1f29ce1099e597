import ArgumentParser
import Foundation
import RepertoireStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over paragraphs, footnotes, headings, table notes and official texts.",
        discussion: """
        Chinese of any length (one character too), words (case does not matter) and document symbols \
        (S/RES/2532(2020), written in any of their forms) are searched; several space-separated terms must all \
        occur. Results come best first (bm25), each with a snippet where [matches] are marked.
        """
    )

    @Argument(help: "What to look for: 决议, 会, climate, S/RES/2532(2020), …")
    var query: String

    @Option(name: .long, help: "Only passages under this agenda item number.")
    var item: Int?

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 20

    @Option(name: .shortAndLong, help: "Output: table (fits the terminal), json or csv (RFC 4180).")
    var format: RowsFormat = .table

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        let store = try database.openForReading()
        let rows = try store.search(SearchQuery(query, item: item, limit: limit))
        Terminal.write(format.render(rows, width: Terminal.width))
    }
}
