import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

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
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--db", ServerFixture.database, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        try await Self.waitUntilServing(base)
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)

        let pages: [(name: String, path: String, expected: [String])] = [
            ("home", "/?lang=zh", ["安理会惯例汇编", "<svg class=\"chart\"", "维护国际和平与安全"]),
            ("item", "/items/35", ["35. 维护国际和平与安全", "S/PV.8699", "<svg class=\"votebar\""]),
            ("decision", "/decisions/S/RES/2532(2020)", ["S/RES/2532(2020)", "15-0-0", "BELGIUM", "zh-2020-part1-items35-36.txt:"]),
            ("search", "/search?q=%E5%AE%89%E7%90%86%E4%BC%9A", ["<mark>安理会</mark>", "paragraph"]),
        ]
        for page in pages {
            let dom = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", base + page.path])
            for text in page.expected { #expect(dom.contains(text), "\(page.name): \(text) not in the rendered DOM") }
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

    static func waitUntilServing(_ base: String) async throws {
        for _ in 0..<100 {
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
