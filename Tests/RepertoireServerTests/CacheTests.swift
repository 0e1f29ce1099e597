import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import RepertoireStore
@testable import RepertoireServer

@Suite("Server: answers kept until the database changes")
struct CacheTests {
    @Test func anIngestWhileServingIsSeenAtTheNextRequest() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-cache-\(UUID()).sqlite").path
        let writer = try SQLiteStore(path: path)
        let sample = ServerFixture.root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt").path
        _ = Ingestor(store: writer).ingest([sample])
        let reader = try SQLiteStore(path: path, readOnly: true)
        let app = Application(router: buildRouter(store: reader, cache: ResponseCache(databasePath: path)))
        try await app.test(.router) { client in
            func documents() async throws -> Int {
                try await client.execute(uri: "/index.json", method: .get) { response in
                    let totals = try #require(try ServerFixture.json(response.body)["totals"] as? [String: Any])
                    return try #require(totals["document"] as? Int)
                }
            }
            #expect(try await documents() == 1)
            #expect(try await documents() == 1)  // from the cache
            // Another document arrives while serving.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-cache-\(UUID()).txt").path
            try FileManager.default.copyItem(atPath: sample, toPath: copy)
            _ = Ingestor(store: writer).ingest([copy])
            #expect(try await documents() == 2)
        }
    }
}
