import Foundation
import Testing
import Hummingbird
import HummingbirdTesting
import RepertoireStore
@testable import RepertoireServer

/// The bundled sample and the 2020 official data, ingested once, served read-only.
enum ServerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-server-\(UUID()).sqlite").path
        let store = try! SQLiteStore(path: path)
        _ = Ingestor(store: store).ingest([root.appendingPathComponent("Samples").path])
        return path
    }()

    static func app() throws -> some ApplicationProtocol {
        Application(router: buildRouter(store: try SQLiteStore(path: database, readOnly: true)))
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8)) as? [String: Any])
    }
}

@Suite("Server: routes")
struct RouterTests {
    /// Every endpoint of the API table answers its example with `ok: true`.
    @Test func everyEndpointAnswersItsExample() async throws {
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true)
        for endpoint in APIController.endpoints(store) {
            try await ServerFixture.app().test(.router) { client in
                try await client.execute(uri: endpoint.example, method: .get) { response in
                    #expect(response.status == .ok, "\(endpoint.example): \(String(buffer: response.body))")
                    let body = try ServerFixture.json(response.body)
                    #expect(body["ok"] as? Bool == true, "\(endpoint.example)")
                    if endpoint.list { #expect(body["rows"] is [[String: Any]], "\(endpoint.example)") }
                }
            }
        }
    }

    /// openapi.json documents every endpoint the router serves under /api, with its parameters.
    @Test func openAPIDocumentsEveryRoute() async throws {
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                let doc = try ServerFixture.json(response.body)
                let paths = try #require(doc["paths"] as? [String: Any])
                #expect(doc["openapi"] as? String == "3.1.0")
                for endpoint in APIController.endpoints(store) {
                    let op = try #require((paths["/api" + endpoint.path] as? [String: Any])?["get"] as? [String: Any], "\(endpoint.path)")
                    let names = (op["parameters"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
                    for filter in endpoint.filters { #expect(names.contains(filter.name), "\(endpoint.path) \(filter.name)") }
                    if endpoint.list { #expect(names.contains("_size") && names.contains("_next") && names.contains("_format")) }
                }
                #expect(paths.count == APIController.endpoints(store).count + 1)
            }
        }
    }

    @Test func paginationFollowsTheNextToken() async throws {
        try await ServerFixture.app().test(.router) { client in
            var uri = "/api/symbols?_size=7"
            var seen: [String] = []
            var pages = 0
            while pages < 100 {
                let next: String? = try await client.execute(uri: uri, method: .get) { response in
                    let body = try ServerFixture.json(response.body)
                    let rows = try #require(body["rows"] as? [[String: Any]])
                    #expect(rows.count <= 7)
                    seen += rows.compactMap { $0["symbol"] as? String }
                    return body["next_url"] as? String
                }
                pages += 1
                guard let next else { break }
                uri = next
            }
            #expect(pages > 2)
            #expect(Set(seen).count == seen.count)  // no row twice
            try await client.execute(uri: "/api/symbols?_size=1000", method: .get) { response in
                let rows = try #require(try ServerFixture.json(response.body)["rows"] as? [[String: Any]])
                #expect(rows.count == seen.count)
            }
        }
    }

    @Test func csvFormat() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/decisions?source=repertoire&_format=csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                let lines = String(buffer: response.body).components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.first?.hasPrefix("symbol,kind,date") == true)
                #expect(lines.count == 6)
            }
        }
    }

    @Test(arguments: [
        ("/nowhere", HTTPResponse.Status.notFound, "no such page"),
        ("/api/nowhere", .notFound, "no such page"),
        ("/api/meetings?state=USA'--", .badRequest, "ISO 3166"),
        ("/api/meetings?colour=red", .badRequest, "unknown argument 'colour'"),
        ("/api/meetings?_sortx=date", .badRequest, "unknown reserved argument"),
        ("/api/meetings?_sort=nope", .badRequest, "cannot sort meetings by 'nope'"),
        ("/api/decisions?source=elsewhere", .badRequest, "unknown source"),
        ("/api/meetings?_size=0", .badRequest, "_size"),
        ("/api/meetings?_next=garbage", .badRequest, "_next"),
        ("/api/meetings?from=2020-02-30", .badRequest, "not a date"),
        ("/api/decisions?_format=xml", .badRequest, "json or csv"),
        ("/api/items/x", .badRequest, "integer"),
        ("/api/items/999", .notFound, "no agenda item 999"),
        ("/api/symbols/S/RES/9999(2020)", .notFound, "not in the database"),
        ("/api/states/ZZZ", .notFound, "appears nowhere"),
        ("/api/search", .badRequest, "q:"),
        ("/decisions/not-a-symbol", .badRequest, "not a document symbol"),
    ])
    func errorsUseTheEnvelope(_ uri: String, _ status: HTTPResponse.Status, _ message: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status, "\(uri)")
                let body = try ServerFixture.json(response.body)
                #expect(body["ok"] as? Bool == false)
                #expect(body["status"] as? Int == Int(status.code))
                #expect((body["error"] as? String)?.contains(message) == true, "\(uri): \(body)")
            }
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch])
    func nothingWritesThroughTheServer(_ method: HTTPRequest.Method) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/decisions", method: method, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .methodNotAllowed)
                let body = try ServerFixture.json(response.body)
                #expect(body["ok"] as? Bool == false)
            }
        }
        // And the store under it cannot write either.
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true)
        #expect(throws: (any Error).self) { try store.beginBulkWrite(incomingBytes: 0) }
    }

    @Test(arguments: [
        ("/", "安理会惯例汇编"), ("/?lang=en", "Meetings and videoconferences per month"),
        ("/items/35", "维护国际和平与安全"), ("/meetings/S/PV.8699", "S/PV.8699(Resumption1)"),
        ("/decisions/S/RES/2532(2020)", "<svg class=\"votebar\""), ("/states/VNM", "越南"),
        ("/search?q=%E5%86%B3%E8%AE%AE", "<mark>决议</mark>"), ("/findings", "决定冲突"),
    ])
    func pagesRenderWithTheirJSONTwin(_ uri: String, _ expected: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
                let html = String(buffer: response.body)
                #expect(html.contains(expected), "\(uri)")
                #expect(html.contains("name=\"viewport\""))
                #expect(!html.contains("http://") && !html.contains("https://cdn"))
                // The page links its JSON twin.
                let link = try #require(html.firstRange(of: #"type="application/json" href=""#).map { html[$0.upperBound...] }).prefix { $0 != "\"" }
                #expect(link.contains(".json"), "\(uri)")
            }
            let path = uri.split(separator: "?", maxSplits: 1)
            let twin = (path[0] == "/" ? "/index" : String(path[0])) + ".json" + (path.count > 1 ? "?" + path[1] : "")
            try await client.execute(uri: twin, method: .get) { response in
                #expect(response.status == .ok, "\(twin)")
                let body = try ServerFixture.json(response.body)
                #expect(body["ok"] as? Bool == true, "\(twin)")
            }
        }
    }

    /// The meeting whose table row names the wrong resolution shows the conflict where its decisions are, and every
    /// decision any source places there with the source, in both languages.
    @Test(arguments: [("zh", "表 1", "叙述部分", "联合国官方记录", "决定冲突"), ("en", "Table 1", "Narrative", "UN official record", "Decision conflict")])
    func meetingPageShowsItsConflict(lang: String, table: String, narrative: String, official: String, conflict: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/meetings/S/PV.8748?lang=\(lang)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains(conflict) && html.contains("S/RES/2532(2020)") && html.contains("S/RES/2535(2020)"))
                for source in [table, narrative, official] { #expect(html.contains(source), "\(lang): \(source)") }
                // The finding comes before the decisions the page lists.
                let finding = try #require(html.range(of: conflict)), placed = try #require(html.range(of: official))
                #expect(finding.lowerBound < placed.lowerBound)
            }
        }
    }

    /// The window's title names the page, then the site; the home page's the site once.
    @Test(arguments: [("/?lang=en", "<title>Repertoire of the Practice of the Security Council</title>"),
                      ("/items/35?lang=en", "<title>35. Maintenance of international peace and security · Repertoire of the Practice of the Security Council</title>")])
    func windowTitle(uri: String, title: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in #expect(String(buffer: response.body).contains(title)) }
        }
    }

    /// A state's page is titled with its name in the page's language, whichever edition named it.
    @Test(arguments: [("/states/VNM?lang=en", "<h1>Viet Nam (VNM)</h1>"), ("/states/VNM?lang=zh", "<h1>越南 (VNM)</h1>"),
                      ("/states/IRN?lang=en", "<h1>Iran (Islamic Republic of) (IRN)</h1>")])
    func stateNamedInThePageLanguage(uri: String, heading: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in #expect(String(buffer: response.body).contains(heading), "\(uri)") }
        }
    }

    /// An item cut off in the text shows what it states against what was found, and the truncation, in both languages.
    @Test(arguments: [("en", "Stated and found", "Truncated document"), ("zh", "所述数目与所见数目", "文件截断")])
    func truncatedItemSaysSo(lang: String, counts: String, truncated: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/items/36?lang=\(lang)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains(counts) && html.contains(truncated), "\(lang)")
            }
        }
    }

    /// Item pages show the account's events as the edition in the page's language tells them.
    @Test(arguments: [("en", "Chair of The Elders", "Viet Nam"), ("zh", "长者会主席", "越南")])
    func itemPageShowsEvents(lang: String, briefer: String, initiative: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/items/35?lang=\(lang)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains(briefer) && html.contains(initiative) && html.contains("S/2020/302"), "\(lang)")
            }
        }
    }

    /// HEAD is answered wherever GET is: the same status and headers, no body.
    @Test(arguments: ["/", "/items/35", "/meetings/S/PV.8699", "/decisions/S/RES/2532(2020)", "/states/VNM", "/stats",
                      "/search?q=Council", "/api/items", "/api/items/35", "/api/decisions", "/api/openapi.json", "/items/35.json"])
    func headAnsweredWhereverGetIs(uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            let get = try await client.execute(uri: uri, method: .get)
            try await client.execute(uri: uri, method: .head) { response in
                #expect(response.status == get.status && response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(response.body.readableBytes == 0, "\(uri)")
            }
        }
    }

    /// Accept-Language → the page's language: the first of zh and en it names; English for a browser that names
    /// neither (French); Chinese when none is sent.
    @Test(arguments: [("en-GB,en;q=0.9", "en"), ("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("fr-FR,fr;q=0.9", "en"),
                      ("fr-FR,fr;q=0.9,zh;q=0.8,en;q=0.7", "zh"), ("", "zh")])
    func acceptLanguageChoosesThePageLanguage(header: String, lang: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get, headers: header.isEmpty ? [:] : [.acceptLanguage: header]) { response in
                #expect(String(buffer: response.body).contains("<html lang=\"\(lang)\">"))
            }
        }
    }
}
