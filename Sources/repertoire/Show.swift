import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireStore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "All that is known of a document symbol: where cited, the decision and its votes, the official record, findings.",
        discussion: "Exit status: 0 the symbol is known; 1 it is not in the database, or is not a symbol."
    )

    @Argument(help: "A document symbol in any written form: S/RES/2532(2020), 'S/PV.8699 (Resumption 1)', S/PRST/2020/1.")
    var symbol: String

    @Option(name: .shortAndLong, help: "Output: table (sections, fits the terminal) or json (an object of sections).")
    var format: RowsFormat = .table

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        guard let parsed = DocumentSymbol(symbol) else { throw ValidationError("'\(symbol)' is not a document symbol") }
        let store = try database.openForReading()
        let sections = try store.show(parsed)
        switch format {
        case .json:
            var w = JSONWriter()
            w.object { o in for (name, rows) in sections { o.field(named: name, rows) } }
            Terminal.write(w.string + "\n")
        case .table, .csv:
            var out = ""
            for (name, rows) in sections where !rows.rows.isEmpty {
                out += "## \(name)\n" + format.render(rows, width: Terminal.width, label: Headers.label("en")) + "\n"
            }
            Terminal.write(out)
        }
        if sections.first?.rows.rows.isEmpty ?? true {
            FileHandle.standardError.write(Data("\(parsed.compact): not in the database\n".utf8))
            throw ExitCode(1)
        }
    }
}
