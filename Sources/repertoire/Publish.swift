import ArgumentParser
import Foundation
import RepertoireServer

struct Publish: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every page the server serves, in Chinese and English, as a static site with relative links.",
        discussion: """
        Writes SITE/zh/ and SITE/en/ (each page reachable from the home page, with its .json and .csv twins, and \
        /api/openapi.json) and SITE/index.html; any web host serves the folder, and a browser opens it from \
        file://. Search needs the server: the site's search page says so. Exit status: 0 written; 1 the database \
        or the folder could not be opened or written.
        """
    )

    @Option(name: .long, help: "The folder to write the site into (made if missing; files of the same names are replaced).")
    var site: String

    @OptionGroup var database: DatabaseOptions

    mutating func run() async throws {
        _ = try database.openForReading()  // a missing database is named, not created
        do {
            let report = try await StaticSite.publish(databasePath: database.path, to: site) { files in
                if Terminal.standardErrorIsTerminal { FileHandle.standardError.write(Data("\r\(files) files".utf8)) }
            }
            if Terminal.standardErrorIsTerminal { FileHandle.standardError.write(Data("\r".utf8)) }
            Terminal.write("\(site): \(report.pages) pages, \(report.files) files, \(report.bytes / 1_000_000) MB\n")
            for url in report.missing.prefix(20) { FileHandle.standardError.write(Data("\(site): warning: \(url) did not answer; not written\n".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("\(site): error: cannot write the site: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
    }
}
