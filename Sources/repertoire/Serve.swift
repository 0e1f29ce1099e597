import ArgumentParser
import Foundation
import Hummingbird
import Logging
import RepertoireServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the practice database read-only: a JSON API under /api and web pages.",
        discussion: """
        Pages: / (totals, timeline), /items/N, /meetings/RECORD, /decisions/SYMBOL, /states/ISO3, /search?q=, \
        /findings; each has a .json twin (/items/35.json). API: /api/openapi.json lists every endpoint. \
        Stops cleanly on SIGINT or SIGTERM. Exit status: 0 stopped; 1 the database could not be opened.
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (1 to 65535).")
    var port = 8080

    @Option(name: .long, help: "Seconds a request may take before it is answered 503.")
    var timeout = 10

    @Flag(name: .long, help: "Answer every request from the database (no cache of answers).")
    var noCache = false

    @Option(name: .long, help: "Log level: trace, debug (every request), info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        // A port past 65535 was taken modulo 65536 by the socket layer (99999 listened on 34463).
        guard (1...65535).contains(port) else { throw ValidationError("--port: from 1 to 65535, not \(port)") }
        guard timeout >= 1 else { throw ValidationError("--timeout: at least 1 second") }
    }

    mutating func run() async throws {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw database.fail("no database here: run 'repertoire ingest FILE...' first, or give --db")
        }
        var config = ServerConfiguration()
        config.host = host
        config.port = port
        config.databasePath = database.path
        config.requestTimeout = .seconds(timeout)
        config.cache = !noCache
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("--log-level: one of trace, debug, info, notice, warning, error, critical") }
        config.logLevel = level
        let app: any ApplicationProtocol
        do { app = try buildApplication(config) } catch { throw database.fail("cannot open the database: \(error)") }
        do {
            try await app.runService()
        } catch {
            FileHandle.standardError.write(Data("\(host):\(port): error: cannot serve: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
