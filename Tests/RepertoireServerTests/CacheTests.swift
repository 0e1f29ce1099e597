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

    /// Browsers and proxies keep answers too: an `ETag` on every answer, `If-None-Match` with it answered 304 with no
    /// body; another language, another tag; a change to the database, a new tag.
    @Test func validatorsLetClientsKeepAnswers() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-etag-\(UUID()).sqlite").path
        let writer = try SQLiteStore(path: path)
        let sample = ServerFixture.root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt").path
        _ = Ingestor(store: writer).ingest([sample])
        var config = ServerConfiguration()
        config.databasePath = path
        let app = Application(router: buildRouter(store: try SQLiteStore(path: path, readOnly: true), config: config))
        try await app.test(.router) { client in
            let tag = try await client.execute(uri: "/items/35?lang=en", method: .get) { response in
                #expect(response.headers[.cacheControl] == "no-cache")
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/items/35?lang=en", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/items/35?lang=zh", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .ok)
            }
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-etag-\(UUID()).txt").path
            try FileManager.default.copyItem(atPath: sample, toPath: copy)
            _ = Ingestor(store: writer).ingest([copy])
            try await client.execute(uri: "/items/35?lang=en", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != tag)
            }
        }
    }

    /// A full cache lets go of the answer used longest ago, not of everything.
    @Test func theCacheKeepsTheAnswersInUse() throws {
        let cache = ResponseCache(databasePath: "/nonexistent", capacity: 3)
        for key in ["a", "b", "c"] { cache.put(key, Response(status: .ok)) }
        _ = cache.get("a")
        cache.put("d", Response(status: .ok))
        #expect(cache.count == 3)
        #expect(cache.get("a") != nil && cache.get("c") != nil && cache.get("d") != nil)
        #expect(cache.get("b") == nil)
    }
}
