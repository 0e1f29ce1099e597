import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import RepertoireStore

/// A real browser against a real server: `repertoire serve` on loopback, Debian's chromium (headless) dumping the
/// rendered DOM of the home, an item, a decision and a search page, and saving screenshots of them (desktop and
/// phone widths) to `.build/screenshots/`. Runs where chromium is installed (`.ci/run` installs it with
/// fonts-noto-cjk); under CI a missing chromium is a failure, not a skip.
@Suite("Server: browser", .serialized, .enabled(if: Browser.path != nil || ProcessInfo.processInfo.environment["CI"] != nil))
struct BrowserTests {
    static let chromium = Browser.path
    static let screenshots = ServerFixture.root.appendingPathComponent(".build/screenshots")

    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("repertoire").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("repertoire")
    }

    @Test func pagesRenderInABrowser() async throws {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install chromium fonts-noto-cjk)")
        let (server, base) = try await Self.serve(ServerFixture.database)
        defer { server.terminate(); server.waitUntilExit() }
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)

        let pages: [(name: String, path: String, expected: [String])] = [
            ("home", "/?lang=zh", ["安理会惯例汇编", "<svg class=\"chart\"", "维护国际和平与安全"]),
            ("item", "/items/35?lang=zh", ["35. 维护国际和平与安全", "S/PV.8699", "<svg class=\"votebar\""]),
            // The English edition is loaded too: the English page gives its texts.
            ("item-en", "/items/35?lang=en", ["35. Maintenance of international peace and security", "Upholding the United Nations Charter", "S/PV.8699"]),
            // The meeting whose row names the wrong resolution: the conflict, and each source's decision.
            ("meeting", "/meetings/S/PV.8748?lang=zh", ["决定冲突", "S/RES/2532(2020)", "S/RES/2535(2020)", "联合国官方记录"]),
            ("meeting-en", "/meetings/S/PV.8748?lang=en", ["Decision conflict", "S/RES/2535(2020)", "UN official record", "Dominican Republic"]),
            ("decision", "/decisions/S/RES/2532(2020)?lang=zh", ["S/RES/2532(2020)", "15-0-0", "比利时", "zh-2020-part1-items35-36.txt:"]),
            ("decision-en", "/decisions/S/RES/2532(2020)?lang=en", ["Adopted unanimously", "https://undocs.org/en/S/RES/2532(2020)"]),
            ("search", "/search?q=%E5%AE%89%E7%90%86%E4%BC%9A&lang=en", ["<mark>安理会</mark>", "Paragraph"]),
            ("state", "/states/VNM?lang=zh", ["越南 (VNM)"]), ("state-en", "/states/VNM?lang=en", ["Viet Nam (VNM)"]),
            // The lists, each with its filters and its twins.
            ("meetings", "/meetings?lang=zh", ["S/PV.8699", "安理会全体成员", ".csv"]), ("meetings-en", "/meetings?lang=en", ["Upholding the United Nations Charter", "Speakers", "All Council members"]),
            ("decisions", "/decisions?lang=zh", ["联合国记录", "S/RES/2504(2020)"]), ("decisions-en", "/decisions?lang=en&source=un_record&_size=20", ["UN record", "Next page"]),
            ("states-list", "/states?lang=zh&state=%E8%B6%8A%E5%8D%97", ["越南"]), ("symbols-en", "/symbols?lang=en&kind=resolution&_size=1000", ["S/RES/2532(2020)"]),
            ("events", "/events?lang=zh", ["S/2020/30"]), ("events-en", "/events?lang=en", ["Viet Nam"]),
            ("videoconferences-en", "/videoconferences?lang=en", ["Written-procedure record"]),
            ("findings", "/findings?lang=zh", ["叙述部分称在", "通过的是", "决定冲突"]), ("findings-en", "/findings?lang=en", ["the narrative has"]),
            ("not-found", "/items/99?lang=en", ["404", "no agenda item 99"]),
        ]
        for page in pages {
            let dom = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", base + page.path])
            for text in page.expected { #expect(dom.contains(text), "\(page.name): \(text) not in the rendered DOM") }
            #expect(BrowseTests.rawCodes(dom).isEmpty, "\(page.name): raw codes \(BrowseTests.rawCodes(dom).prefix(5))")
            for (suffix, size) in [("", "1280,1600"), ("-phone", "390,1400")] {
                let file = Self.screenshots.appendingPathComponent("\(page.name)\(suffix).png").path
                try? FileManager.default.removeItem(atPath: file)
                _ = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                            "--window-size=\(size)", "--screenshot=\(file)", base + page.path])
                let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                #expect(bytes > 10_000, "\(file) was not written")
            }
        }
    }

    /// `/stats` on a database of the bundled UN data (2000–2023): the years side by side, both charts drawn, the
    /// vetoes of 2023 in the table; screenshots `stats.png` and `stats-phone.png`.
    @Test func statsPageRendersWithCharts() async throws {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install chromium fonts-noto-cjk)")
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        _ = Ingestor(store: try SQLiteStore(path: database)).ingest([ServerFixture.root.appendingPathComponent("Data/un-data").path])
        let (server, base) = try await Self.serve(database)
        defer { server.terminate(); server.waitUntilExit() }
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        for (lang, expected) in [("en", ["Resolutions and presidential statements per year", "Vetoes cast by permanent members per year",
                                         "<td>2000</td>", "<td>2023</td>", "CHN 1, RUS 3, USA 2"]),
                                 ("zh", ["历年统计", "每年的决议和主席声明", "常任理事国每年投的否决票"])] {
            let dom = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", base + "/stats?lang=\(lang)"])
            for text in expected { #expect(dom.contains(text), "stats (\(lang)): \(text) not in the rendered DOM") }
            #expect(dom.components(separatedBy: "<svg class=\"chart\"").count == 3, "stats (\(lang)): two charts")
        }
        for (suffix, size) in [("", "1280,1600"), ("-phone", "390,1400")] {
            let file = Self.screenshots.appendingPathComponent("stats\(suffix).png").path
            try? FileManager.default.removeItem(atPath: file)
            _ = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                        "--window-size=\(size)", "--screenshot=\(file)", base + "/stats?lang=en"])
            let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            #expect(bytes > 10_000, "\(file) was not written")
        }
    }

    /// The published site opened from `file://`, no server running: the home page, then the links a reader follows
    /// (an item, a meeting of it, a decision, the other language), each page rendered with what it should show.
    @Test func thePublishedSiteIsBrowsedFromFiles() async throws {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install chromium fonts-noto-cjk)")
        let site = try await StaticSiteTests.Published.shared.get().path
        var page = URL(fileURLWithPath: site + "/en/index.html")
        var dom = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString])
        #expect(dom.contains("Maintenance of international peace and security"))
        // Each step follows a link of the page rendered before it, as written there, relative to that page.
        for (link, expected) in [("items/35.html", "S/PV.8748"), ("../meetings/S/PV.8748.html", "S/RES/2535(2020)"),
                                 ("../../decisions/S/RES/2532(2020).html", "S/RES/2532(2020)"), ("../../../../zh/decisions/S/RES/2532(2020).html", "决议")] {
            #expect(dom.contains("href=\"\(link)\""), "\(page.lastPathComponent) links \(link)")
            page = URL(string: link.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!, relativeTo: page)!.absoluteURL
            #expect(FileManager.default.fileExists(atPath: page.path), "\(page.path)")
            dom = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString])
            #expect(dom.contains(expected), "\(page.path): \(expected) not in the rendered DOM")
        }
        let file = Self.screenshots.appendingPathComponent("site-decision.png").path
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        _ = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600",
                                    "--screenshot=\(file)", page.absoluteString])
        #expect(((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0) > 10_000)
    }

    /// `repertoire serve` on `database` at a random port, once it answers.
    static func serve(_ database: String) async throws -> (Process, base: String) {
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--db", database, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        let base = "http://127.0.0.1:\(port)"
        do { try await Self.waitUntilServing(base) } catch { server.terminate(); throw error }
        return (server, base)
    }

    /// Up to 60 s: the other browser test's Chromium runs take the machine's cores meanwhile.
    static func waitUntilServing(_ base: String) async throws {
        for _ in 0..<600 {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: base + "/api/items")!),
               (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the server did not answer on \(base)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
}
