import Foundation
import Testing
import GRDB
import RepertoireModel
@testable import RepertoireStore

/// A long text ingested part by part (`SQLiteStore.writeInParts`) holds the rows it holds ingested whole: its facts,
/// passages, citations, findings, source lines and index. (Here with parts of 100 KB; in use, of 4 MiB.)
@Suite("Store: a long text ingested in parts")
struct LongIngestTests {
    @Test(arguments: ["zh", "en"])
    func partsHoldTheRowsOfTheWhole(language: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("long-\(language).txt")
        try PartReaderTests.longDocument(language, repetitions: 24).write(to: file, atomically: true, encoding: .utf8)
        func ingest(partBytes: Int) throws -> (store: SQLiteStore, report: Ingestor.Report) {
            let store = try SQLiteStore(path: dir.appendingPathComponent("\(partBytes).sqlite").path)
            var ingestor = Ingestor(store: store)
            ingestor.partBytes = partBytes
            return (store, ingestor.ingest([file.path]))
        }
        let whole = try ingest(partBytes: 1 << 30), parts = try ingest(partBytes: 100_000)
        #expect(whole.report.failures.isEmpty && parts.report.failures.isEmpty)
        #expect(parts.report.ingested == whole.report.ingested)
        #expect(parts.report.findings == whole.report.findings && whole.report.findings > 0)
        // A part recognises a footnote's marker among its own footnotes' numbers (`PartReader`): a number glued to
        // a word that the whole text reads as text can be a marker there, and the other way round.
        let marker = { (w: String) in w.hasSuffix("has no marker in the text") }
        #expect(Set(whole.report.warnings).isSubset(of: parts.report.warnings))
        #expect(parts.report.warnings.filter { !whole.report.warnings.contains($0) }.allSatisfy(marker))
        #expect(!whole.report.warnings.isEmpty)

        // Every table's rows, their own ids and their parents' left out (the parts insert in another order).
        let tables = try whole.store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'passage_index%'")
        }
        #expect(tables.contains("meeting") && tables.contains("finding") && tables.contains("citation"))
        // A finding's position is the order the checks found it in (part by part); a passage's text, as the markers
        // read (digits left out).
        for table in tables where table != "source_block" {
            func rows(_ store: SQLiteStore) throws -> [[DatabaseValue]] {
                try store.read { db in
                    let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                        .filter { $0 != "id" && !$0.hasSuffix("_id") && $0 != "ingested_at" && !(table == "finding" && $0 == "position") }
                        .filter { table != "passage" || ($0 != "text" && $0 != "recipe") }  // compared as read, below
                        .map { "\"\($0)\"" }
                    guard !columns.isEmpty else { return [] }
                    let list = columns.joined(separator: ", ")
                    return try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)").map { row in row.databaseValues.map { $0 } }
                }
            }
            #expect(try rows(parts.store) == rows(whole.store), "\(table)")
        }
        // Each passage's text as read (kept as text or as a recipe over its lines), its digits left out.
        func passages(_ store: SQLiteStore) throws -> [String] {
            try store.read { db in
                var texts: [String] = []
                for document in try Int64.fetchAll(db, sql: "SELECT id FROM document") {
                    try PassageTexts.each(document: document, db) { chunk in texts += chunk.map { $0.text.filter { !$0.isASCII || !$0.isNumber } } }
                }
                return texts.sorted()
            }
        }
        let read = try passages(whole.store)
        #expect(read.count > 1_000)
        #expect(try passages(parts.store) == read)
        // The source text, whatever its blocks.
        func source(_ store: SQLiteStore) throws -> [UInt8] {
            try store.read { db in
                try Row.fetchAll(db, sql: "SELECT bytes, zlib FROM source_block ORDER BY first_line").flatMap { row in
                    Zlib.decompress([UInt8]((row["zlib"] as Data?) ?? Data()), size: row["bytes"]) ?? []
                }
            }
        }
        let text = try source(whole.store)
        #expect(text.count > 1_000_000)
        #expect(try source(parts.store) == text)
        // The index answers alike.
        for query in ["安理会", "会", "Security Council", "S/RES/2532(2020)", "climate"] {
            let count = try whole.store.searchCount(SearchQuery(query))
            #expect(try parts.store.searchCount(SearchQuery(query)) == count, "\(query)")
        }
    }

    /// A long file that is not Repertoire text is refused alone, with nothing of it stored.
    @Test func aLongFileThatIsNoRepertoireTextLeavesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("not.txt")
        try String(repeating: "这不是汇编的文本。\n", count: 20_000).write(to: file, atomically: true, encoding: .utf8)
        let store = try SQLiteStore(path: dir.appendingPathComponent("db.sqlite").path)
        var ingestor = Ingestor(store: store)
        ingestor.partBytes = 10_000
        let report = ingestor.ingest([file.path])
        #expect(report.ingested.isEmpty)
        #expect(report.failures.count == 1 && report.failures[0].hasPrefix(file.path))
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") } == 0)
    }
}
