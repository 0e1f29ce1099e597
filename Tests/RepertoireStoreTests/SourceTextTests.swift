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

    /// Blocks hold whole lines, about `targetBytes` each, numbered on; joined they are the text.
    @Test(arguments: [
        ("", [Int]()),                                                    // no text, no block
        ("一\n二\n", [1]),                                                // one short block
        ("no newline at the end", [1]),                                   // a last line without its newline
        (String(repeating: "安理会第 8748 次会议\n", count: 1_000), [1, 293, 585, 877]),  // 28 bytes a line: 292 to a block
        (String(repeating: "x", count: 20_000) + "\n短\n", [1, 2]),      // a line longer than a block is one of its own
    ])
    func blocksOfLines(_ text: String, firstLines: [Int]) {
        let bytes = Array(text.utf8), blocks = SourceBlocks.split(bytes)
        #expect(blocks.map(\.firstLine) == firstLines)
        #expect(blocks.flatMap { Array(bytes[$0.range]) } == bytes)
        #expect(blocks.map(\.lines).reduce(0, +) == bytes.filter { $0 == 0x0A }.count + (text.isEmpty || text.hasSuffix("\n") ? 0 : 1))
        for (block, next) in zip(blocks, blocks.dropFirst()) { #expect(block.firstLine + block.lines == next.firstLine) }
        for block in blocks.dropLast() where block.lines > 1 { #expect(block.range.count <= SourceBlocks.targetBytes) }
    }

    /// The lines asked of a block, by their numbers in the whole text.
    @Test func linesOfABlock() {
        let block = Array("第五行\n第六行\n\n第八行".utf8)
        #expect(SourceBlocks.lines([6, 8, 9, 4], of: block, firstLine: 5).map(\.number) == [6, 8])
        #expect(SourceBlocks.lines([7], of: block, firstLine: 5).map(\.text) == [""])
        #expect(SourceBlocks.lines([], of: block, firstLine: 5).isEmpty)
    }

    /// A block inflated up to the lines asked of it: a prefix of the text holding them whole, and no more than a step
    /// of 2 KB past them; all of it where they reach its end.
    @Test(arguments: [(1, 2_048 + 60), (30, 2_048 + 60), (200, 8_192), (300, 9_000), (1_000, 9_000)])
    func aBlockInflatedUpToItsLines(_ lines: Int, _ atMost: Int) throws {
        let text = Array(String(repeating: "安理会第 8748 次会议\n", count: 300).utf8)  // 28 bytes a line
        let packed = try #require(Zlib.compress(text, level: 6))
        let prefix = try #require(Zlib.decompress(packed, size: text.count, lines: lines))
        #expect(Array(text.prefix(prefix.count)) == prefix)
        #expect(prefix.filter { $0 == 0x0A }.count >= min(lines, 300))
        #expect(prefix.count <= min(atMost, text.count))
        // Damaged or of another length: nil, as a whole block.
        #expect(Zlib.decompress(Array(packed.prefix(20)), size: text.count, lines: 300) == nil)
        #expect(Zlib.decompress(packed, size: text.count + 1, lines: 1_000) == nil)
        #expect(Zlib.decompress(Array("plain text".utf8), size: 10, lines: 1) == nil)
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

    /// A database made before the texts were compressed, or kept whole, is migrated: its lines are quoted as before,
    /// from blocks.
    @Test func anEarlierDatabaseIsMigrated() throws {
        let path = try Fixture.earlierDatabase(upTo: "v7: the home page's totals and timeline summed up at ingest") { db in
            try db.execute(sql: "INSERT INTO source_text (document_id, text) VALUES (1, ?)", arguments: ["第一行\n第二行 S/RES/2532(2020)\n"])
        }
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        #expect(try store.sourceLines(document: "old.txt", lines: [2, 1, 9]).map(\.text) == ["第二行 S/RES/2532(2020)", "第一行"])
        #expect(try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('source_block')") }
                == ["id", "document_id", "first_line", "line_count", "bytes", "zlib"])
        #expect(try store.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'source_text')") } == false)
    }

    /// Python's zlib reads a stored text as it is: the sample's blocks, joined in order, give its lines back whole.
    @Test func pythonReadsTheStoredText() throws {
        let script = """
        import sqlite3, sys, zlib
        db = sqlite3.connect(sys.argv[1])
        blocks = db.execute("SELECT b.bytes, b.zlib FROM source_block b JOIN document d ON d.id = b.document_id WHERE d.name LIKE '%zh-2020%' ORDER BY b.first_line").fetchall()
        assert len(blocks) > 1
        text = b''.join(zlib.decompress(packed) for _, packed in blocks)
        assert len(text) == sum(size for size, _ in blocks)
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
