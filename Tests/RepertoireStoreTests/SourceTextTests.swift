import Foundation
import Testing
import GRDB
@testable import RepertoireStore

/// The source text kept once, compressed: what goes in comes out, a damaged value is no crash, and others read it.
@Suite("Store: source texts compressed")
struct SourceTextTests {
    @Test(arguments: [
        "",                                                   // an empty file
        "S/RES/2532(2020)\n",                                 // ASCII
        "安理会第 8748 次会议\n\n表 1\n",                        // Chinese, blank lines
        String(repeating: "维护国际和平与安全 S/PV.8699 ", count: 40_000),  // 1.3 MB
    ])
    func whatGoesInComesOut(_ text: String) throws {
        let bytes = Array(text.utf8)
        let packed = try #require(Zlib.compress(bytes))
        if bytes.count > 10_000 { #expect(packed.count * 5 < bytes.count) }
        #expect(Zlib.decompress(packed, size: bytes.count) == bytes)
    }

    /// A value that is not what its stored length says, or no zlib stream at all: nil, never a crash.
    @Test func aDamagedValueIsNil() throws {
        let packed = try #require(Zlib.compress(Array("安理会第 8748 次会议".utf8)))
        #expect(Zlib.decompress(packed, size: 5) == nil)             // shorter than the text
        #expect(Zlib.decompress(packed, size: 500) == nil)           // longer
        #expect(Zlib.decompress(Array(packed.prefix(6)), size: 28) == nil)  // cut
        #expect(Zlib.decompress(Array("plain text".utf8), size: 10) == nil)
        #expect(Zlib.decompress(packed, size: -1) == nil)
        #expect(Zlib.decompress(packed, size: 1 << 31) == nil)
    }

    /// A database made before the texts were compressed is migrated: its lines are quoted as before.
    @Test func anEarlierDatabaseIsMigrated() throws {
        let path = Fixture.temporary("v7.sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RepertoireTokenizer.self) }  // v1's index had the program's own
        let queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue, upTo: "v7: the home page's totals and timeline summed up at ingest")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, path, name, sha256, language, kind, bytes, ingested_at)
                VALUES (1, '/a/old.txt', 'old.txt', ?, 'zh', 'repertoire', 30, '2026-12-01T00:00:00Z')
                """, arguments: [String(repeating: "a", count: 64)])
            try db.execute(sql: "INSERT INTO source_text (document_id, text) VALUES (1, ?)", arguments: ["第一行\n第二行 S/RES/2532(2020)\n"])
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.sourceLines(document: "old.txt", lines: [2, 1, 9]).map(\.text) == ["第二行 S/RES/2532(2020)", "第一行"])
        #expect(try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('source_text')") } == ["document_id", "bytes", "zlib"])
    }

    /// Python's zlib reads a stored text as it is: the sample's lines come back whole.
    @Test func pythonReadsTheStoredText() throws {
        let script = """
        import sqlite3, sys, zlib
        db = sqlite3.connect(sys.argv[1])
        size, packed = db.execute("SELECT s.bytes, s.zlib FROM source_text s JOIN document d ON d.id = s.document_id WHERE d.name LIKE '%zh-2020%'").fetchone()
        text = zlib.decompress(packed)
        assert len(text) == size
        sys.stdout.write(text.decode('utf-8'))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Fixture.ingested.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let original = try String(contentsOf: Fixture.sample, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 1_000)
        #expect(lines.prefix(200).map { $0.trimmingCharacters(in: .whitespaces) } == original.prefix(200).map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
