import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import RepertoireStore
@testable import RepertoireServer

@Suite("Server: limits")
struct LimitsTests {
    /// A query past the time limit is interrupted by SQLite and answered 503 in the envelope.
    @Test func aSlowQueryIsAnswered503() async throws {
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true, queryTimeLimit: .nanoseconds(1))
        try await Application(router: buildRouter(store: store)).test(.router) { client in
            try await client.execute(uri: "/api/search?q=%E4%BC%9A", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try ServerFixture.json(response.body)
                #expect((body["error"] as? String)?.contains("longer than") == true)
            }
        }
    }

    @Test func aLargeBodyIsRefused() async throws {
        try await ServerFixture.app().test(.router) { client in
            let body = ByteBuffer(repeating: 0x61, count: 64 << 10)
            try await client.execute(uri: "/api/items", method: .get, headers: [.contentLength: String(64 << 10)], body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }
}
