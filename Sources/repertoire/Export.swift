import ArgumentParser
import Foundation
import RepertoireStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The database as files others read: a Frictionless data package (CSV and datapackage.json) or Popolo votes.",
        discussion: """
        datapackage: one CSV a table (RFC 4180, UTF-8, ISO dates, ISO3 codes beside the names) and datapackage.json, \
        each table's fields with their types and descriptions, its primary and foreign keys, the licence and the \
        sources; pandas, R and spreadsheets read it as it is. popolo: popolo.json, the UN's decisions with each \
        member's vote as Popolo vote events and votes, the Council and its members as organizations. \
        Exit status: 0 written; 1 the database or the folder could not be opened or written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case datapackage, popolo }

    @Option(name: .shortAndLong, help: "datapackage or popolo.")
    var format: Format = .datapackage

    @Option(name: .long, help: "The folder to write into (made if missing; files of the same names are replaced).")
    var out: String

    @OptionGroup var database: DatabaseOptions

    mutating func run() throws {
        let store = try database.openForReading()
        do {
            switch format {
            case .datapackage:
                let counts = try store.exportDataPackage(to: out)
                let rows = counts.reduce(0) { $0 + $1.rows }
                Terminal.write("\(out): datapackage.json and \(counts.count) tables, \(rows) rows\n")
            case .popolo:
                let (events, votes) = try store.exportPopolo(to: out)
                Terminal.write("\(out)/popolo.json: \(events) vote events, \(votes) votes\n")
            }
        } catch {
            FileHandle.standardError.write(Data("\(out): error: cannot write the export: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
    }
}
