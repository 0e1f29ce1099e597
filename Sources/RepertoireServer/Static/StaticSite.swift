import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import RepertoireStore

/// The server's pages as files any web host serves, or a browser opens from `file://`: every page reachable from
/// the home page in each language, with its `.json` and `.csv` twins, asked of the server's own router (no socket)
/// and written with relative links. Search needs the server: its form leads to a page that says so.
public enum StaticSite {
    public struct Report: Sendable {
        public var pages = 0, files = 0, bytes = 0
        /// Internal links the router did not answer 200 (their pages are not written; their links stay).
        public var missing: [String] = []
    }

    /// Publishes the site of the database at `databasePath` into `directory`: `zh/` and `en/`, each a copy of the
    /// site in its language, and an `index.html` leading to them.
    public static func publish(databasePath: String, to directory: String, languages: [String] = ["zh", "en"],
                               progress: (@Sendable (Int) -> Void)? = nil) async throws -> Report {
        let store = try SQLiteStore(path: databasePath, readOnly: true)
        var config = ServerConfiguration()
        config.databasePath = databasePath
        let responder = buildRouter(store: store, config: config, cache: nil).buildResponder()
        let channel = NIOAsyncTestingChannel()
        let logger = Logger(label: "repertoire-publish")
        var report = Report()
        var queue: [String] = [], seen = Set<String>()
        func enqueue(_ url: String) { if seen.insert(url).inserted { queue.append(url) } }
        for lang in languages { enqueue("/?lang=\(lang)"); enqueue("/search?lang=\(lang)") }
        enqueue("/api/openapi.json")
        var index = 0
        while index < queue.count {
            let url = queue[index]
            index += 1
            let target = SitePath(url)
            let (status, contentType, body) = try await fetch(url, responder, channel: channel, logger: logger)
            guard status == 200 || target.isSearch else { report.missing.append(url); continue }
            var bytes = body
            if target.isSearch, !contentType.hasPrefix("text/html") {
                bytes = Array(#"{"ok": false, "error": "search needs the server: run repertoire serve", "status": 400}"#.utf8)
            } else if contentType.hasPrefix("text/html") {
                var html = String(decoding: body, as: UTF8.self)
                if target.isSearch { html = searchNotice(html, lang: target.lang) }
                let (rewritten, links) = Links.relative(html, from: target)
                for link in links where SitePath.isPublished(link) { enqueue(link) }
                bytes = Array(rewritten.utf8)
                report.pages += 1
            }
            let file = (directory as NSString).appendingPathComponent(target.file)
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
            }
            report.files += 1
            report.bytes += bytes.count
            if report.files % 500 == 0 { progress?(report.files) }
        }
        // The data package the pages link (`data/datapackage.json`), with its tables beside it.
        report.files += try store.exportDataPackage(to: (directory as NSString).appendingPathComponent("data")).count + 1
        let entry = """
            <!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=en/index.html">
            <title>Repertoire</title></head><body><p><a href="zh/index.html">中文</a> · <a href="en/index.html">English</a></p></body></html>
            """
        try Data(entry.utf8).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("index.html")))
        report.files += 1
        return report
    }

    static func fetch(_ url: String, _ responder: some HTTPResponder<BasicRequestContext>, channel: NIOAsyncTestingChannel,
                      logger: Logger) async throws -> (Int, String, [UInt8]) {
        let request = Request(head: .init(method: .get, scheme: "http", authority: "localhost", path: url), body: RequestBody(buffer: ByteBuffer()))
        let context = BasicRequestContext(source: .init(channel: channel, logger: logger))
        let response: Response
        do { response = try await responder.respond(to: request, context: context) } catch let error as HTTPResponseError {
            return (Int(error.status.code), "", [])
        }
        let body = Collector.Bytes()
        try await response.body.write(Collector(body: body))
        return (Int(response.status.code), response.headers[.contentType] ?? "", body.bytes)
    }

    /// Collects a response's body (written by the router's responder, then read here: one task at a time).
    struct Collector: ResponseBodyWriter {
        final class Bytes: @unchecked Sendable { var bytes: [UInt8] = [] }
        let body: Bytes
        func write(_ buffer: ByteBuffer) async throws { body.bytes += buffer.readableBytesView }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    /// The search page in a published site: its results need the server.
    static func searchNotice(_ html: String, lang: String) -> String {
        let notice = lang == "zh"
            ? "<p class=\"note\">静态网站不能检索：请运行 <code>repertoire serve</code>，在其页面检索。</p>"
            : "<p class=\"note\">Search needs the server: run <code>repertoire serve</code> and search its pages.</p>"
        return html.replacingOccurrences(of: "<main>", with: "<main>\n" + notice)
    }
}

/// Where a URL of the server is written in the site: `/items/35?lang=en` → `en/items/35.html`, `/items/35.json?lang=en`
/// → `en/items/35.json`, a list's filters and page in the file's name (`en/meetings~item=35.html`), `/` →
/// `en/index.html`.
struct SitePath {
    let lang: String, file: String, isSearch: Bool

    init(_ url: String) {
        let (path, query) = SitePath.split(url)
        var items = query.filter { $0.key != "lang" }.sorted { ($0.key, $0.value) < ($1.key, $1.value) }
        lang = query.first { $0.key == "lang" }?.value ?? "en"
        isSearch = path == "/search" || path == "/search.json"
        if isSearch { items = [] }  // one page: it says that search needs the server
        var name = path == "/" ? "/index" : path
        var ext = "html"
        for e in ["json", "csv"] where name.hasSuffix("." + e) { name.removeLast(e.count + 1); ext = e }
        if name.hasSuffix("/") { name += "index" }
        if !items.isEmpty { name += "~" + items.map { "\($0.key)=\($0.value)" }.joined(separator: "~") }
        let safe = String(name.dropFirst()).map { c -> Character in c == "?" || c == "#" || c == "\\" || c == ":" || c == "*" || c == "\"" || c == "<" || c == ">" || c == "|" ? "_" : c }
        file = (path.hasPrefix("/api/") || path.hasPrefix("/data/") ? "" : lang + "/") + String(safe) + "." + ext
    }

    /// Path and query arguments of a URL, percent-decoded.
    static func split(_ url: String) -> (path: String, query: [(key: String, value: String)]) {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let query = parts.count > 1 ? parts[1].split(separator: "&").map { pair -> (key: String, value: String) in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            return (decode(kv[0]), kv.count > 1 ? decode(kv[1]) : "")
        } : []
        return (path, query)
    }

    /// The server's URLs the site holds: its pages and twins, the API's description and the data package; not the
    /// API's answers, whose arguments have no end.
    static func isPublished(_ url: String) -> Bool {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return false }
        return !url.hasPrefix("/api/") || url.hasPrefix("/api/openapi.json")
    }
}

extension StaticSite {
    enum Links {
        /// The page with every link to the server (`href`, `action`) made relative to `page`'s file, and the
        /// server URLs it links (to publish them too). Other links (undocs.org) are left as they are.
        static func relative(_ html: String, from page: SitePath) -> (String, [String]) {
            var out = "", links: [String] = []
            var rest = Substring(html)
            while let open = rest.range(of: #"(href|action)=""#, options: .regularExpression) {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: "\"") else { break }
                let raw = String(rest[..<close])
                rest = rest[close...]
                let url = raw.replacingOccurrences(of: "&amp;", with: "&")
                guard SitePath.isPublished(url) else { out += raw; continue }
                links.append(url)
                out += Page.escape(relativePath(from: page.file, to: SitePath(url).file))
            }
            out += rest
            return (out, links)
        }

        /// `en/items/35.html` → `en/meetings/S/PV.8699.html`: `../meetings/S/PV.8699.html`, percent-encoded.
        static func relativePath(from: String, to: String) -> String {
            let a = from.split(separator: "/").dropLast(), b = to.split(separator: "/")
            var common = 0
            while common < a.count, common < b.count - 1, a[a.startIndex + common] == b[common] { common += 1 }
            let up = Array(repeating: "..", count: a.count - common)
            let down = b[common...].map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#;"))) ?? String($0) }
            return (up + down).joined(separator: "/")
        }

    }
}
