import ArgumentParser
import Foundation
import RepertoireServer

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An item's Table 1 rebuilt from the database as the Repertoire prints it, in Chinese or English.",
        discussion: """
        Its column headers and order; each meeting with its resumptions and dates; sub-item; other documents and \
        drafts with their sponsors; rule 37 and rule 39 invitations, a long list of States as a count with a lettered \
        note; speakers; decisions and votes. States are named from the gazetteer in the language asked for. \
        Exit status: 0 written; 1 the item has no Table 1 in the database.
        """
    )

    @Option(name: .long, help: "The agenda item's number.")
    var item: Int

    @Option(name: .long, help: "zh or en (default en).")
    var lang: String = "en"

    @Option(name: .shortAndLong, help: "markdown or html.")
    var format: TableOne.Format = .markdown

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang: zh or en") }
        let store = try database.openForReading()
        let rows = try store.tableOne(item: item, language: lang)
        guard !rows.isEmpty else {
            FileHandle.standardError.write(Data("error: item \(item) has no Table 1 in \(database.path)\n".utf8))
            throw ExitCode(1)
        }
        Terminal.write(TableOne.render(rows, lang: lang, format: format))
        let untranslated = TableOne.untranslated(rows, lang: lang)
        if !untranslated.isEmpty {
            FileHandle.standardError.write(Data("note: \(untranslated.count) text(s) have no known translation and are left in their language: \(untranslated.prefix(3).joined(separator: "; "))\(untranslated.count > 3 ? "; …" : "")\n".utf8))
        }
    }
}

extension TableOne.Format: ExpressibleByArgument {}
