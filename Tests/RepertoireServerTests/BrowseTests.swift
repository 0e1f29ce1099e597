import Foundation
import Hummingbird
import HummingbirdTesting
import RepertoireModel
import RepertoireStore
import Testing
@testable import RepertoireServer

/// Every page of the sample database, in both languages: no raw code shown, HEAD answered, lists with their twins,
/// and the API's answers valid against its own OpenAPI document.
@Suite("Server: browsing")
struct BrowseTests {
    /// Every page reachable from the home page in `lang` (links followed, twins and the API left out), with its HTML.
    static func crawl(_ client: some TestClientProtocol, lang: String, limit: Int = 5000) async throws -> [(String, String)] {
        var queue = ["/?lang=\(lang)"], seen = Set(queue), pages: [(String, String)] = []
        while !queue.isEmpty, pages.count < limit {
            let uri = queue.removeFirst()
            let html = try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
                return String(buffer: response.body)
            }
            pages.append((uri, html))
            for match in html.matches(of: #/href="(/[^"]*)"/#) {
                let link = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
                let path = link.split(separator: "?").first.map(String.init) ?? link
                guard !path.hasPrefix("/api"), !path.hasSuffix(".json"), !path.hasSuffix(".csv"), link.contains("lang=\(lang)"),
                      seen.insert(link).inserted else { continue }
                queue.append(link)
            }
        }
        return pages
    }

    /// A stored code shown as it is: a word with an underscore (`presidential_statement`, `rule39_other`), a rule
    /// code (`rule37`), a finding's kind (`decision-conflict`) or a boolean.
    static func rawCodes(_ html: String) -> [String] {
        var text = html.replacing(#/<style>[\s\S]*?</style>/#, with: " ").replacing(#/<pre[\s\S]*?</pre>/#, with: " ")
        text = text.replacing(#/<[^>]*>/#, with: " ")
        let kinds = Set(Catalogue.values.keys.filter { $0.contains("-") })
        return text.split(whereSeparator: { $0.isWhitespace || "，。、；：()（）,;:·".contains($0) }).map(String.init).filter { token in
            token.wholeMatch(of: #/[a-z]+(_[a-z0-9]+)+/#) != nil || token.wholeMatch(of: #/rule\d+/#) != nil
                || kinds.contains(token) || token == "true" || token == "false"
        }
    }

    @Test(arguments: ["zh", "en"])
    func noPageShowsARawCode(_ lang: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            let pages = try await Self.crawl(client, lang: lang)
            #expect(pages.count > 700, "every page of the sample database: \(pages.count)")
            // Every kind of page is reached: the lists, an item, a meeting, a decision, a state.
            for kind in ["/meetings?", "/decisions?", "/states?", "/symbols?", "/events?", "/videoconferences?", "/findings?",
                         "/items/35?", "/meetings/S/PV.8748?", "/decisions/S/RES/2532(2020)?", "/states/"] {
                #expect(pages.contains { $0.0.hasPrefix(kind) }, "\(lang): no page \(kind)")
            }
            for (uri, html) in pages {
                #expect(Self.rawCodes(html).isEmpty, "\(uri): \(Self.rawCodes(html).prefix(5))")
                #expect(html.contains(#"<html lang="\#(lang)">"#), "\(uri)")
                // Every column header and section heading is in the page's language.
                for match in html.matches(of: #/<(th|h2)>([^<]*)</(th|h2)>/#) {
                    let text = String(match.2)
                    let han = text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                    #expect(["ISO3", "#"].contains(text) || (lang == "zh") == han, "\(uri): heading '\(text)' is not in \(lang)")
                }
            }
            // HEAD is answered wherever GET is.
            for (uri, _) in pages {
                try await client.execute(uri: uri, method: .head) { response in #expect(response.status == .ok, "HEAD \(uri)") }
            }
        }
    }

    /// The meeting whose table row lists another meeting's resolution shows the conflict and both resolutions with
    /// their sources, in both languages.
    @Test(arguments: [("zh", "叙述部分称在 S/PV.8748 通过的是 S/RES/2535(2020)"), ("en", "the narrative has S/RES/2535(2020) at S/PV.8748")])
    func theMeetingShowsTheConflict(_ lang: String, _ message: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/meetings/S/PV.8748?lang=\(lang)", method: .get) { response in
                let html = String(buffer: response.body)
                let text = html.replacing(#/<[^>]*>/#, with: "")
                #expect(text.contains(message))
                #expect(html.contains("S/RES/2532(2020)") && html.contains("S/RES/2535(2020)"))
                for source in ["source_table", "source_narrative", "source_official"] { #expect(html.contains(Catalogue.labels[lang]![source]!)) }
                #expect(html.contains("https://undocs.org/\(lang)/S/RES/2535(2020)"))
            }
        }
    }

    /// A truncated item does not look empty: the home page gives what its tables hold against what it states, and
    /// that its text stops in it; the item page, its stated counts and the finding.
    @Test func aTruncatedItemSaysSo() async throws {
        try await ServerFixture.app().test(.router) { client in
            let home = try await client.execute(uri: "/?lang=en", method: .get) { String(buffer: $0.body).replacing(#/<[^>]*>/#, with: " ") }
            #expect(home.contains("Text cut short"))
            #expect(home.replacing(#/\s+/#, with: " ").contains("0 / 1 0 / 3 0 yes"))
            let item = try await client.execute(uri: "/items/36?lang=zh", method: .get) { String(buffer: $0.body) }
            #expect(item.contains("文件在项目 36 中途截断：无法核对其数目"))
        }
    }

    @Test(arguments: PracticeQuery.Subject.allCases)
    func everyListHasItsTwins(_ subject: PracticeQuery.Subject) async throws {
        try await ServerFixture.app().test(.router) { client in
            for (suffix, type) in [("", "text/html"), (".json", "application/json"), (".csv", "text/csv")] {
                try await client.execute(uri: "/\(subject.rawValue)\(suffix)?lang=en", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(subject)\(suffix)")
                }
                try await client.execute(uri: "/\(subject.rawValue)\(suffix)", method: .head) { response in #expect(response.status == .ok) }
            }
        }
    }

    /// `/search?q=安理会` pages through every result the API has, 50 at a time.
    /// A meeting row on its item's page carries what the checks found about it in its document: the sample's
    /// Table 1 row S/PV.8748 lists a resolution the narrative places elsewhere.
    @Test func anItemsRowCarriesItsDocumentsFindings() async throws {
        try await ServerFixture.app().test(.router) { client in
            let html = try await client.execute(uri: "/items/35?lang=en", method: .get) { String(buffer: $0.body) }
            let meetings = try #require(html.range(of: "<h2>Meetings</h2>").map { String(html[$0.upperBound...]) })
            let row = try #require(meetings.components(separatedBy: "<tr>").first { $0.contains(">S/PV.8748</a>") })
            #expect(row.contains(#"class="flag error""#) && row.contains("S/RES/2532(2020)"), "\(row)")
        }
    }

    @Test func searchPagesThroughAllResults() async throws {
        try await ServerFixture.app().test(.router) { client in
            let q = "%E5%AE%89%E7%90%86%E4%BC%9A"
            let total = try await client.execute(uri: "/api/search?q=\(q)&_size=1000", method: .get) { response in
                (try ServerFixture.json(response.body)["rows"] as? [Any])?.count ?? 0
            }
            #expect(total > 50)
            var uri: String? = "/search?q=\(q)&_size=50", shown = 0
            while let next = uri {
                let html = try await client.execute(uri: next, method: .get) { String(buffer: $0.body) }
                shown += html.matches(of: #/<mark>/#).isEmpty ? 0 : html.components(separatedBy: "<tr>").count - 2
                uri = html.firstMatch(of: #/rel="next" href="([^"]*)"/#).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
            }
            #expect(shown == total)
        }
    }

    /// Every endpoint's example answers a document valid against the OpenAPI document's schema for it.
    @Test func answersValidateAgainstOpenAPI() async throws {
        try await ServerFixture.app().test(.router) { client in
            let doc = try await client.execute(uri: "/api/openapi.json", method: .get) { try JSONDecoder().decode(JSONValue.self, from: Data(buffer: $0.body)) }
            guard case .object(let paths)? = doc["paths"] else { Issue.record("no paths"); return }
            var checked = 0
            for (path, operation) in paths {
                guard case .string(let example)? = operation["get"]?["x-example"],
                      let schema = operation["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"] else { continue }
                let answer = try await client.execute(uri: example, method: .get) { try JSONDecoder().decode(JSONValue.self, from: Data(buffer: $0.body)) }
                let problems = JSONValue.validate(answer, schema, in: doc)
                try await client.execute(uri: example, method: .head) { response in #expect(response.status == .ok, "HEAD \(example)") }
                #expect(problems.isEmpty, "\(path) \(example): \(problems.prefix(5))")
                checked += 1
            }
            #expect(checked >= 10)
        }
    }
}

/// JSON as values, booleans told from numbers, with the part of JSON Schema the OpenAPI document uses.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    subscript(_ key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// What in `value` breaks `schema` (`$ref`, `anyOf`, `type`, `required`, `properties`, `additionalProperties`, `items`).
    static func validate(_ value: JSONValue, _ schema: JSONValue, in doc: JSONValue, at path: String = "$") -> [String] {
        if case .string(let ref)? = schema["$ref"] {
            var target: JSONValue? = doc
            for part in ref.dropFirst(2).split(separator: "/") { target = target?[String(part)] }
            guard let target else { return ["\(path): no \(ref)"] }
            return validate(value, target, in: doc, at: path)
        }
        if case .array(let options)? = schema["anyOf"] {
            return options.contains { validate(value, $0, in: doc, at: path).isEmpty } ? [] : ["\(path): \(value.typeName) matches no anyOf"]
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed: [String] = switch type { case .string(let t): [t]; case .array(let ts): ts.compactMap { if case .string(let t) = $0 { t } else { nil } }; default: [] }
            let name = value.typeName
            if !allowed.contains(name) && !(name == "integer" && allowed.contains("number")) { return ["\(path): \(name), expected \(allowed)"] }
        }
        if case .object(let object) = value {
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where object[key] == nil { problems.append("\(path): no \(key)") }
            }
            for (key, v) in object {
                if let property = schema["properties"]?[key] { problems += validate(v, property, in: doc, at: "\(path).\(key)") }
                else if let extra = schema["additionalProperties"], case .object = extra { problems += validate(v, extra, in: doc, at: "\(path).\(key)") }
            }
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (k, e) in elements.enumerated() { problems += validate(e, items, in: doc, at: "\(path)[\(k)]") }
        }
        return problems
    }
}
