import Foundation
import GRDB
@testable import RepertoireStore

/// Paths, and one database holding the bundled sample and the 2020 official data, ingested once.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples")
    static let sample = samples.appendingPathComponent("zh-2020-part1-items35-36.txt")

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-store-\(UUID())-\(name)").path
    }

    /// A database made by an earlier version: migrated up to `migration`, with one Repertoire document (id 1,
    /// `old.txt`) for the caller's rows. Its path, to be removed after (with its `-wal` and `-shm`).
    static func earlierDatabase(upTo migration: String, _ rows: (Database) throws -> Void) throws -> String {
        let path = temporary("earlier.sqlite")
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RepertoireTokenizer.self) }  // v1's index had the program's own
        let queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, path, name, sha256, language, kind, bytes, ingested_at)
                VALUES (1, '/a/old.txt', 'old.txt', ?, 'zh', 'repertoire', 30, '2026-12-01T00:00:00Z')
                """, arguments: [String(repeating: "a", count: 64)])
            try rows(db)
        }
        try queue.close()
        return path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The sample and the official data in a fresh database file; its first ingest report.
    static let ingested: (store: SQLiteStore, report: Ingestor.Report, path: String) = {
        let path = temporary("sample.sqlite")
        let store = try! SQLiteStore(path: path)
        let report = Ingestor(store: store).ingest([samples.path])
        return (store, report, path)
    }()

    static var store: SQLiteStore { ingested.store }

    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("repertoire").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("repertoire")
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
