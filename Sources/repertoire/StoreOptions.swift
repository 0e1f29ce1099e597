import ArgumentParser
import Foundation
import RepertoireStore
#if canImport(Glibc)
import Glibc
#endif

/// `--db`, shared by the commands that use the practice database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database (default: $REPERTOIRE_DB, else repertoire.sqlite in the working directory).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["REPERTOIRE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "repertoire.sqlite" }

    /// Opens the database for writing (created if missing).
    func openForWriting() throws -> SQLiteStore {
        do { return try SQLiteStore(path: path) } catch { throw fail("cannot open the database: \(error)") }
    }

    /// Opens an existing database for reading.
    func openForReading() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw fail("no database here: run 'repertoire ingest FILE...' first, or give --db")
        }
        do { return try SQLiteStore(path: path) } catch { throw fail("cannot open the database: \(error)") }
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("\(path): error: \(message)\n".utf8))
        return ExitCode(1)
    }
}

extension RowsFormat: ExpressibleByArgument {}

enum Terminal {
    /// The width of standard output when it is a terminal; nil otherwise (tables are not cut).
    static var width: Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
    }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    static func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
}
