import Foundation
import RepertoireStore

/// Paths, and one database holding the bundled sample and the 2020 official data, ingested once.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples")
    static let sample = samples.appendingPathComponent("zh-2020-part1-items35-36.txt")

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-store-\(UUID())-\(name)").path
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
