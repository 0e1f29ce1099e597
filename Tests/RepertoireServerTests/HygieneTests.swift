import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import NIOHTTP1
import RepertoireStore
@testable import RepertoireServer

/// What every answer carries, what a snippet may hold, and how long a client may take to send its request.
@Suite("Server: hygiene")
struct HygieneTests {
    /// A snippet as HTML: the text escaped, the store's marks (U+E000, U+E001) the only markup.
    @Test(arguments: [
        ("安理会", "安理会"),                                                       // nothing to do
        ("\u{E000}安理会\u{E001}的决议", "<mark>安理会</mark>的决议"),             // a match
        ("<b>\u{E000}a&b\u{E001}</b>", "&lt;b&gt;<mark>a&amp;b</mark>&lt;/b&gt;"),  // escaped inside and out
        ("\u{E000}\u{E001}\u{E000}x\u{E001}", "<mark></mark><mark>x</mark>"),   // marks side by side
        ("\u{E002}'\"", "\u{E002}&#39;&quot;"),                                  // another private-use character is text
        ("\u{E000}", "<mark>"),                                                   // a mark at the very end
    ])
    func snippetAsHTML(_ text: String, _ html: String) {
        #expect(Snippet.html(text) == html)
    }

    /// `nosniff` and the content security policy on pages, API answers and errors alike (the error envelope echoes
    /// the request, and was sent without them).
    @Test(arguments: ["/", "/items/35", "/api/items", "/api/nothing-here", "/api/meetings?item=x", "/search?q=%3Cscript%3E"])
    func everyAnswerCarriesTheSecurityHeaders(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(uri)")
            }
        }
    }

    /// Queries that once answered 500 (found by fuzzing the router): a NUL in the search text ended FTS5's query
    /// inside a phrase.
    @Test(arguments: ["/search?q=%E7%aE==%E7%00898aaa", "/api/search?q=%00", "/api/search?q=%E5%AE%89%00%22", "/search.json?q=a%00b"])
    func oddQueriesAreAnswered(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status.code < 500, "\(uri): \(String(buffer: response.body).prefix(300))")
            }
        }
    }

    /// A passage holding markup comes back escaped, with `<mark>` the only markup, in the API and the page's twin.
    @Test func snippetsAreEscaped() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hygiene-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: ServerFixture.root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt"), encoding: .utf8)
        text = text.replacingOccurrences(of: "采取了高级别公开辩论的形式", with: "采取了<script>alert(1)</script>的形式")
        try Data(text.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
        let database = folder.appendingPathComponent("db.sqlite").path
        _ = Ingestor(store: try SQLiteStore(path: database)).ingest([folder.appendingPathComponent("hostile.txt").path])
        let app = Application(router: buildRouter(store: try SQLiteStore(path: database, readOnly: true)))
        try await app.test(.router) { client in
            for uri in ["/api/search?q=alert", "/search.json?q=alert"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(response.status == .ok)
                    #expect(!body.contains("<script>"), "\(uri): \(body.prefix(400))")
                    #expect(body.contains("&lt;script&gt;") && body.contains("<mark>alert</mark>"), "\(uri)")
                }
            }
        }
    }

    /// A client that sends its request head a byte at a time is disconnected once the head timeout passes.
    @Test func aTricklingClientIsDisconnected() async throws {
        var config = ServerConfiguration()
        config.databasePath = ServerFixture.database
        config.port = Int.random(in: 41_000...49_000)
        config.headerTimeout = .seconds(1)
        config.logLevel = .critical
        let app = try buildApplication(config)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            defer { group.cancelAll() }
            let fd = try await Self.connect(port: config.port)
            defer { close(fd) }
            var sent = 0
            var closed = false
            // One byte every 200 ms for up to 40 s: never a whole head. With a head timeout of one second the server
            // closes the connection long before the client runs out of bytes; without one it would wait for them all.
            // (No wall-clock bound: a loaded CI machine may take seconds longer to close, which is not a defect.)
            let head = Array("GET /api/items HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 160)
            for byte in head {
                var b = byte
                if send(fd, &b, 1, Int32(MSG_NOSIGNAL)) <= 0 { closed = true; break }
                if Self.peerClosed(fd) { closed = true; break }
                sent += 1
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(closed, "the server kept a trickling connection open for all \(head.count) bytes")
            #expect(sent < head.count / 2, "closed only after \(sent) of \(head.count) bytes")
        }
    }

    /// A request the parser refused is answered by the request handler when it gets time, which on a loaded
    /// machine may be after the head timeout: the timeout then leaves the connection open for that answer (it
    /// closed it, and the client read nothing). A client that sends nothing is still disconnected.
    @Test func aRefusedRequestOutlivesTheHeadTimeout() throws {
        let loop = EmbeddedEventLoop()
        let refused = EmbeddedChannel(handler: RequestHeadTimeoutHandler(timeout: .seconds(1)), loop: loop)
        let silent = EmbeddedChannel(handler: RequestHeadTimeoutHandler(timeout: .seconds(1)), loop: loop)
        try refused.connect(to: .init(ipAddress: "127.0.0.1", port: 1)).wait()
        try silent.connect(to: .init(ipAddress: "127.0.0.1", port: 1)).wait()
        refused.pipeline.fireErrorCaught(HTTPParserError.invalidMethod)
        loop.advanceTime(by: .seconds(5))
        #expect(refused.isActive, "the head timeout closed a connection whose 400 was not yet written")
        #expect(!silent.isActive, "a connection that sent nothing was kept past the head timeout")
        #expect(throws: HTTPParserError.invalidMethod) { try refused.throwIfErrorCaught() }
    }

    /// Raw bytes in, the whole answer out (the server closes: `Connection: close`).
    static func exchange(port: Int, _ request: [UInt8]) async throws -> String {
        let fd = try await connect(port: port)
        defer { close(fd) }
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            answer += chunk[..<n]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// A query in raw UTF-8 (not percent-encoded, as some clients send it) is the same request written properly; a
    /// request the parser cannot read is answered with the error envelope, not an empty 400.
    @Test func rawUTF8AndMalformedRequests() async throws {
        var config = ServerConfiguration()
        config.databasePath = ServerFixture.database
        config.port = Int.random(in: 41_000...49_000)
        config.logLevel = .critical
        let app = try buildApplication(config)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            defer { group.cancelAll() }
            let raw = try await Self.exchange(port: config.port, Array("GET /api/search?q=安理会&_size=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
            let encoded = try await Self.exchange(port: config.port, Array("GET /api/search?q=%E5%AE%89%E7%90%86%E4%BC%9A&_size=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
            #expect(raw.hasPrefix("HTTP/1.1 200"))
            #expect(raw.components(separatedBy: "\r\n\r\n").last == encoded.components(separatedBy: "\r\n\r\n").last)
            // Two requests on one connection, the second in raw UTF-8: both answered.
            let two = try await Self.exchange(port: config.port, Array("GET /api/items HTTP/1.1\r\nHost: x\r\n\r\nGET /search?q=决议 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
            #expect(two.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
            let bad = try await Self.exchange(port: config.port, [0x47, 0x00, 0x01, 0x20, 0x2F, 0x0D, 0x0A, 0x0D, 0x0A])
            #expect(bad.hasPrefix("HTTP/1.1 400"))
            #expect(bad.contains(#""ok": false"#) && bad.contains(#""status": 400"#))
        }
    }

    static func connect(port: Int) async throws -> Int32 {
        for _ in 0..<50 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            if ok == 0 { return fd }
            close(fd)
            try await Task.sleep(for: .milliseconds(100))
        }
        throw POSIXError(.ECONNREFUSED)
    }

    /// Whether the server has closed its end (a read that does not wait returns 0).
    static func peerClosed(_ fd: Int32) -> Bool {
        var b: UInt8 = 0
        return recv(fd, &b, 1, Int32(MSG_DONTWAIT)) == 0
    }
}

/// A symbol in a link's path: what is written as is, and what is percent-encoded (UTF-8), as Foundation's
/// `addingPercentEncoding` with letters, digits and `/.()-_` did before it was written by hand.
@Suite("Server: symbols in links")
struct LinkPathTests {
    @Test(arguments: [
        ("S/RES/2532(2020)", "S/RES/2532(2020)"),            // the common case: nothing to encode
        ("S/PV.8699_(Resumption-1)", "S/PV.8699_(Resumption-1)"),
        ("S/RES/2532 (2020)", "S/RES/2532%20(2020)"),        // a space as the text may write it
        ("S/2020/1?x=1&y#z", "S/2020/1%3Fx%3D1%26y%23z"),    // query and fragment characters never end the path
        ("100%", "100%25"),
        ("第2532号", "%E7%AC%AC2532%E5%8F%B7"),               // letters of other scripts are encoded too
        ("a\u{3000}b，", "a%E3%80%80b%EF%BC%8C"),              // ideographic space and comma are encoded
    ])
    func pathOf(_ symbol: String, _ expected: String) {
        #expect(Links.path(symbol) == expected)
        let foundation = symbol.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/.()-_")))
        #expect(Links.path(symbol) == foundation)
    }
}
