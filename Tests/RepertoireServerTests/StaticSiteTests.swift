import Foundation
import Testing
import HummingbirdTesting
import NIOCore
import RepertoireStore
@testable import RepertoireServer

/// The published site: every page in both languages, every link relative and to a file that is there.
@Suite("Server: the static site")
struct StaticSiteTests {
    /// The site of the sample database, published once for the suite's tests.
    actor Published {
        static let shared = Published()
        private var site: (path: String, report: StaticSite.Report)?
        func get() async throws -> (path: String, report: StaticSite.Report) {
            if let site { return site }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-site-\(UUID())").path
            let made = (path, try await StaticSite.publish(databasePath: ServerFixture.database, to: path))
            site = made
            return made
        }
    }

    /// The links of every page (`href`, `action`, `src`) other than to other sites: (page, link).
    static func links(_ site: String) throws -> [(page: String, link: String)] {
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(atPath: site)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".html") {
            let html = try String(contentsOfFile: (site as NSString).appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(html)
            while let open = rest.range(of: #"(href|action|src)=""#, options: .regularExpression) {
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: "\"") else { break }
                let link = rest[..<close].replacingOccurrences(of: "&amp;", with: "&")
                if !link.hasPrefix("https://"), !link.hasPrefix("http://") { found.append((file, link)) }
                rest = rest[close...]
            }
        }
        return found
    }

    @Test func everyLinkLeadsToAFile() async throws {
        let site = try await Published.shared.get()
        #expect(site.report.missing.isEmpty, "\(site.report.missing)")
        let links = try Self.links(site.path)
        #expect(links.count > 10_000)
        var broken: [String] = []
        for (page, link) in links {
            // No link to the server's root: a site opened from file:// or put under any folder of a host.
            if link.hasPrefix("/") { broken.append("\(page): \(link) is absolute"); continue }
            let path = String(link.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]).removingPercentEncoding ?? link
            let target = ((site.path as NSString).appendingPathComponent((page as NSString).deletingLastPathComponent) as NSString)
                .appendingPathComponent(path)
            if !FileManager.default.fileExists(atPath: (target as NSString).standardizingPath) { broken.append("\(page): \(link)") }
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// The pages a reader expects, in each language, with their twins; the search page says it needs the server.
    @Test(arguments: ["zh", "en"])
    func thePagesAreThere(_ lang: String) async throws {
        let site = try await Published.shared.get()
        for file in ["index.html", "index.json", "items/35.html", "items/35.json", "items/36.html", "meetings.html", "meetings.csv",
                     "meetings/S/PV.8748.html", "decisions/S/RES/2532(2020).html", "decisions/S/RES/2532(2020).json",
                     "states.html", "states/VNM.html", "findings.html", "stats.html", "search.html"] {
            #expect(FileManager.default.fileExists(atPath: "\(site.path)/\(lang)/\(file)"), "\(lang)/\(file)")
        }
        let item = try String(contentsOfFile: "\(site.path)/\(lang)/items/35.html", encoding: .utf8)
        #expect(item.contains(#"<html lang="\#(lang)">"#))
        #expect(item.contains(#"href="../meetings/S/PV.8748.html""#))
        let search = try String(contentsOfFile: "\(site.path)/\(lang)/search.html", encoding: .utf8)
        #expect(search.contains("repertoire serve"))
        #expect(FileManager.default.fileExists(atPath: "\(site.path)/index.html"))
    }
}

/// The data package as a download from the server, and in the published site: the same files `export` writes.
@Suite("Server: the data package")
struct DataDownloadTests {
    @Test func theServerOffersThePackage() async throws {
        let exported = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-package-\(UUID())").path
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true)
        _ = try store.exportDataPackage(to: exported)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/data/datapackage.json", method: .get) { response in
                #expect(response.status == .ok)
                let package = try ServerFixture.json(response.body)
                #expect((package["resources"] as? [[String: Any]])?.count == SQLiteStore.dataPackageTables.count)
            }
            for table in ["meeting", "member_vote", "passage"] {
                try await client.execute(uri: "/data/\(table).csv", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                    let file = try String(contentsOfFile: "\(exported)/\(table).csv", encoding: .utf8)
                    #expect(String(buffer: response.body) == file, "\(table).csv as served and as exported")
                }
            }
            try await client.execute(uri: "/data/nope.csv", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("meeting.csv"))
            }
        }
        // Every page links it, and the published site holds it whole.
        let site = try await StaticSiteTests.Published.shared.get().path
        #expect(try String(contentsOfFile: "\(site)/en/index.html", encoding: .utf8).contains(#"href="../data/datapackage.json""#))
        #expect(try String(contentsOfFile: "\(site)/data/meeting.csv", encoding: .utf8) == String(contentsOfFile: "\(exported)/meeting.csv", encoding: .utf8))
    }
}

/// An item's Table 1 rebuilt from the database, in either language, with its long lists as lettered notes.
@Suite("Server: Table 1 rebuilt")
struct TableOneTests {
    @Test func item35InBothLanguages() async throws {
        let store = try SQLiteStore(path: ServerFixture.database, readOnly: true)
        let rows = try store.tableOne(item: 35, language: "en")
        #expect(rows.map(\.record) == ["S/PV.8699", "S/PV.8748", "S/PV.8763"])
        #expect(rows[0].resumptions.count == 2)
        #expect(rows[1].decisions.map(\.symbol) == ["S/RES/2532(2020)"])  // the document's own (wrong) row, as printed
        #expect(rows[1].rule37Count == 70 && rows[1].rule37.count == 70)
        let zh = TableOne.cells(try store.tableOne(item: 35, language: "zh"), lang: "zh")
        #expect(zh.rows[0][3] == "94 个会员国 a")
        #expect(zh.notes.first?.hasPrefix("a 阿富汗、阿尔巴尼亚、安哥拉") == true)
        let en = TableOne.cells(rows, lang: "en")
        #expect(en.rows[0][3] == "94 Member States a")
        #expect(en.notes.first?.hasPrefix("a Afghanistan, Albania, Angola") == true)
        #expect(en.rows[1][2] == "S/2020/680 (submitted by 84 Member States e)")  // the draft once, with its sponsors and the document's letter
        #expect(en.rows[0][4].contains("Chair of The Elders"))                    // the English edition's own words
        #expect(TableOne.untranslated(rows, lang: "en").isEmpty)
        let markdown = TableOne.render(rows, lang: "en", format: .markdown)
        #expect(markdown.hasPrefix("| Meeting record and date | Sub-item | Other documents | Rule 37 invitations |"))
        // Table 2: the item's nine videoconferences, with the decision taken by written procedure and its record.
        let two = try store.tableTwo(item: 35, language: "en")
        #expect(two.count == 9)
        #expect(TableOne.cells(two, lang: "en").contains { $0[1] == "S/2020/632" && $0[3] == "S/RES/2532(2020) 15-0-0\nS/2020/638" })
        #expect(TableOne.render(rows, two, lang: "en", format: .markdown).contains("**Table 2**\n\n| Videoconference date |"))

        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/items/35/tables?lang=zh", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<th>会议记录和日期</th>"))
                #expect(html.contains("94 个会员国 a"))
            }
            try await client.execute(uri: "/items/35/tables.json?lang=en", method: .get) { response in
                let body = try ServerFixture.json(response.body)
                #expect((body["rows"] as? [[String]])?.count == 3)
                #expect((body["notes"] as? [String])?.first?.hasPrefix("a Afghanistan") == true)
            }
            try await client.execute(uri: "/items/35?lang=en", method: .get) { response in
                #expect(String(buffer: response.body).contains(#"href="/items/35/tables?lang=en""#))
            }
            try await client.execute(uri: "/items/99/tables", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
