import Foundation
import Testing
import GRDB
@testable import RepertoireStore

/// The indexes a large ingest sets aside (`DeferredIndexes`): set aside only when what comes outweighs what is
/// stored, made again as the schema defines them, also after an ingest that never reached its end.
@Suite struct DeferredIndexTests {
    /// The SQL of each of the indexes in `sqlite_master`, nil where it is missing.
    static func definitions(_ store: SQLiteStore) throws -> [String?] {
        try store.writer.read { db in
            try DeferredIndexes.all.map { try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [$0.name]) }
        }
    }

    @Test func theDefinitionsAreTheSchemasOwn() throws {
        let store = try SQLiteStore()
        #expect(try Self.definitions(store) == DeferredIndexes.all.map(\.sql))
    }

    @Test(arguments: [
        (incoming: 50_000_000, stored: 0, expected: true),        // the first ingest of a thousand documents
        (incoming: 50_000_000, stored: 49_000_000, expected: true),  // doubling the database
        (incoming: 100_000, stored: 0, expected: false),          // a few documents: kept up row by row
        (incoming: 20_000_000, stored: 50_000_000, expected: false),  // each index made again from more rows than come
    ])
    func setAsideOnlyWhereWhatComesOutweighsWhatIsStored(incoming: Int, stored: Int, expected: Bool) {
        #expect(DeferredIndexes.worthSettingAside(incomingBytes: incoming, storedBytes: stored) == expected)
    }

    @Test func aLargeWriteSetsThemAsideAndTheEndMakesThemAgain() throws {
        let path = Fixture.temporary("deferred.sqlite")
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        try store.beginBulkWrite(incomingBytes: 64 << 20)
        #expect(try Self.definitions(store) == [nil, nil, nil])
        try store.endBulkRows()
        #expect(try Self.definitions(store) == DeferredIndexes.all.map(\.sql))
        // A symbol's citations are read along its index again.
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM citation WHERE symbol = 'S/RES/2532(2020)'").map { $0["detail"] as String }.joined()
        }
        #expect(plan.contains("citation_symbol"))
        try store.endBulkWrite(merge: false)
    }

    @Test func aSmallWriteKeepsThem() throws {
        let path = Fixture.temporary("kept.sqlite")
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        try store.beginBulkWrite(incomingBytes: 1 << 20)
        #expect(try Self.definitions(store) == DeferredIndexes.all.map(\.sql))
        try store.endBulkWrite(merge: false)
    }

    @Test func anInterruptedIngestIsMadeWholeAtTheNextOpening() throws {
        let path = Fixture.temporary("interrupted.sqlite")
        defer { Fixture.remove(path) }
        do {
            let store = try SQLiteStore(path: path)
            try store.beginBulkWrite(incomingBytes: 64 << 20)
            #expect(try Self.definitions(store) == [nil, nil, nil])
            #expect(try store.writer.read(DeferredIndexes.missing) == DeferredIndexes.all.map(\.name))
        }  // the ingest stops here: no end
        let reopened = try SQLiteStore(path: path)
        #expect(try Self.definitions(reopened) == DeferredIndexes.all.map(\.sql))
    }

    @Test func anIngestOfManyDocumentsEndsWithThemAndTheSameFacts() throws {
        // Enough copies of the sample to outweigh the empty database and the 8 MiB floor, against the one ingest of
        // the sample (the fixture): every copy holds the sample's citations, participations and sponsors.
        let folder = Fixture.temporary("many")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try Data(contentsOf: Fixture.sample)
        let copies = (8 << 20) / text.count + 1
        for k in 0..<copies { try text.write(to: URL(fileURLWithPath: folder).appendingPathComponent(String(format: "copy-%03d.txt", k))) }
        let path = Fixture.temporary("many.sqlite")
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        let report = Ingestor(store: store).ingest([folder])
        #expect(report.ingested.count == copies)
        #expect(try Self.definitions(store) == DeferredIndexes.all.map(\.sql))
        let one = try SQLiteStore()
        _ = Ingestor(store: one).ingest([Fixture.sample.path])
        for table in ["citation", "participation", "sponsor"] {
            let count = { (s: SQLiteStore) in try s.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 } }
            #expect(try count(store) == copies * count(one), "\(table)")
        }
    }
}
