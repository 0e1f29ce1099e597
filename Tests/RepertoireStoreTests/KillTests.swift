import Foundation
import Testing
import GRDB
import RepertoireStore

/// A child `repertoire ingest` killed at random points leaves a sound database in which every document is
/// wholly present (all its rows, as a clean ingest gives them) or wholly absent.
@Suite("Store: ingest killed part-way", .serialized)
struct KillTests {
    /// Rows a document owns, table by table.
    static let owned = ["meeting", "videoconference", "decision", "event", "footnote", "table_note", "citation", "finding", "passage", "agenda_item"]

    static func rows(_ db: Database, document: Int64) throws -> [Int] {
        try owned.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0) WHERE document_id = ?", arguments: [document])! }
    }

    @Test func everyDocumentWhollyPresentOrAbsent() throws {
        // 24 copies of the sample under other names: each is ~50 KB and a few hundred rows.
        let folder = Fixture.temporary("kill")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: Fixture.sample)
        for k in 0..<24 { try sample.write(to: URL(fileURLWithPath: "\(folder)/doc-\(k).txt")) }

        // The rows one document gives when nothing interrupts it.
        let expected = try Self.expectedRows(folder: folder)

        let db = Fixture.temporary("killed.sqlite")
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for round in 0..<20 {
            let process = Process()
            process.executableURL = Fixture.binary
            process.arguments = ["ingest", folder, "--db", db, "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...(round < 10 ? 400_000 : 1_500_000), using: &generator))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let queue = try DatabaseQueue(path: db)
            let (integrity, foreignKeys, documents, orphans) = try queue.read { db in
                // A kill during the very first run may come before the schema was committed: an empty database.
                let migrated = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'document'") == 1
                return (try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                        migrated ? try Int64.fetchAll(db, sql: "SELECT id FROM document").map { ($0, try Self.rows(db, document: $0)) } : [],
                        // No row outlives its document.
                        migrated ? try Int.fetchOne(db, sql: "SELECT count(*) FROM passage WHERE document_id NOT IN (SELECT id FROM document)") : 0)
            }
            #expect(integrity == "ok")
            #expect(try SQLiteStore(path: db).integrityProblems() == [])
            #expect(foreignKeys == 0)
            #expect(orphans == 0)
            for (id, rows) in documents { #expect(rows == expected, "round \(round), document \(id)") }
            try queue.close()
        }
        #expect(killedMidway > 0, "no kill landed while ingest was running")
        // A last run completes what the killed ones left.
        let finished = try Fixture.run(["ingest", folder, "--db", db, "--quiet"])
        #expect(finished.status == 0, "\(finished.err)")
        let (count, automerge) = try DatabaseQueue(path: db).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document"),
             try Int.fetchOne(db, sql: "SELECT v FROM passage_index_config WHERE k = 'automerge'"))
        }
        #expect(count == 24)
        // A killed bulk ingest defers index merging; the next ingest puts the usual setting back.
        #expect(automerge == 4)
    }

    /// The per-table rows of one document ingested without interruption.
    static func expectedRows(folder: String) throws -> [Int] {
        let path = Fixture.temporary("one.sqlite")
        let store = try SQLiteStore(path: path)
        _ = Ingestor(store: store).ingest(["\(folder)/doc-0.txt"])
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in try rows(db, document: try Int64.fetchOne(db, sql: "SELECT id FROM document")!) }
    }
}
