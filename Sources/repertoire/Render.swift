import ArgumentParser
import Foundation
import RepertoireServer

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An item's Tables 1 and 2 rebuilt from the database as the Repertoire prints them, in Chinese or English.",
        discussion: """
        Its column headers and order; each meeting with its resumptions and dates; sub-item; other documents and \
        drafts with their sponsors; rule 37 and rule 39 invitations, a long list of States as a count with a lettered \
        note; speakers; decisions and votes; then its videoconferences (Table 2) with their decisions and records of \
        written procedure. States are named as the document wrote them, or from the gazetteer in the other language. \
        Exit status: 0 written; 1 the item has neither table in the database.
        """
    )

    @Option(name: .long, help: "The agenda item's number.")
    var item: Int

    @Option(name: .long, help: "zh or en (default en).")
    var lang: String = "en"

    @Option(name: .shortAndLong, help: "text (the layout of the Repertoire's PDF text, which extract reads), markdown or html.")
    var format: TableOne.Format = .markdown

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang: zh or en") }
        let store = try database.openForReading()
        let rows = try store.tableOne(item: item, language: lang), videoconferences = try store.tableTwo(item: item, language: lang)
        guard !rows.isEmpty || !videoconferences.isEmpty else {
            FileHandle.standardError.write(Data("error: item \(item) has neither a Table 1 nor a Table 2 in \(database.path)\n".utf8))
            throw ExitCode(1)
        }
        if format == .text {
            let title = try store.itemTitle(item, language: lang) ?? ""
            Terminal.write(TableOne.text(rows, videoconferences, item: item, title: title, lang: lang))
        } else {
            Terminal.write(TableOne.render(rows, videoconferences, lang: lang, format: format))
        }
        let untranslated = TableOne.untranslated(rows, lang: lang)
        if !untranslated.isEmpty {
            FileHandle.standardError.write(Data("note: \(untranslated.count) text(s) have no known translation and are left in their language: \(untranslated.prefix(3).joined(separator: "; "))\(untranslated.count > 3 ? "; …" : "")\n".utf8))
        }
    }
}

extension TableOne.Format: ExpressibleByArgument {}
