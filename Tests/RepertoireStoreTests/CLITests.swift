import Foundation
import Testing
@testable import RepertoireStore

/// The store's commands through the built `repertoire` binary.
@Suite("Store: command line", .serialized)
struct StoreCLITests {
    static let db: String = {
        let path = Fixture.temporary("cli.sqlite")
        _ = try! Fixture.run(["ingest", Fixture.samples.path, "--db", path])
        return path
    }()

    @Test func ingestTwiceChangesNothing() throws {
        let again = try Fixture.run(["ingest", Fixture.samples.path, "--db", Self.db])
        #expect(again.status == 0)
        #expect(again.err.contains("0 stored, 129 unchanged"), "\(again.err)")
        // The file passed over is named, with why.
        #expect(again.err.contains("S_PRST_2020_11.xml: note: passed over: an official data file with no Security Council text"), "\(again.err)")
    }

    /// What was stored but read with a doubt is said, with its file and line, and counted in the summary.
    @Test func ingestSaysItsWarnings() throws {
        let path = Fixture.temporary("warnings.sqlite")
        defer { Fixture.remove(path) }
        let out = try Fixture.run(["ingest", Fixture.sample.path, "--db", path])
        #expect(out.status == 0)
        let warnings = out.err.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.contains { $0.hasSuffix("zh-2020-part1-items35-36.txt:1576: warning: the text stops mid-sentence: the document may be cut off") },
                "\(out.err)")
        #expect(out.err.contains("; \(warnings.count) warning\(warnings.count == 1 ? "" : "s") in reading"), "\(out.err)")
    }

    @Test func theDatabaseComesFromTheEnvironment() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["REPERTOIRE_DB"] = Self.db
        let out = try Fixture.run(["decisions", "--source", "repertoire", "--format", "csv"], environment: environment)
        #expect(out.status == 0, "\(out.err)")
        let lines = out.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("symbol,kind,date,item,vote") == true)
        #expect(lines.count == 6)
    }

    /// A snippet begins a little before its first match (8 positions), so that the match survives the cut to the
    /// terminal's width.
    @Test func searchSnippetsBeginNearTheMatch() throws {
        let table = try Fixture.run(["search", "贩运人口", "--limit", "1", "--db", Self.db])
        let csv = try Fixture.run(["search", "贩运人口", "--limit", "1", "--format", "csv", "--db", Self.db])
        #expect(table.out.contains("…海域内偷运移民和[贩运人口]活动"))
        #expect(csv.out.contains(",…海域内偷运移民和[贩运人口]活动"))
    }

    @Test func searchAsJSON() throws {
        let out = try Fixture.run(["search", "会", "--limit", "3", "--format", "json", "--db", Self.db])
        #expect(out.status == 0)
        let answer = try JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [String: Any]
        let rows = answer?["rows"] as? [[String: Any]]
        #expect(rows?.count == 3)
        #expect((rows?.first?["snippet"] as? String)?.contains("[会]") == true)
        // The true number of passages holding 会, counted here by a scan of their texts.
        let scanned: Int? = try Fixture.store.read { db in
            var count = 0
            for document in try Int64.fetchAll(db, sql: "SELECT id FROM document") {
                try PassageTexts.each(document: document, db) { chunk in count += chunk.filter { $0.text.contains("会") }.count }
            }
            return count
        }
        #expect(answer?["count"] as? Int == scanned)
        #expect((scanned ?? 0) > 500)  // more than the 500 an earlier version ranked and counted at most
        #expect(answer?["order"] as? String == "relevance")
    }

    @Test(arguments: [
        (["states", "--state", "USA' OR 1=1"], "no state of that code or name"),
        (["states", "--state", "XYZ"], "no state of that code or name"),
        (["decisions", "--kind", "x; DROP TABLE decision"], "unknown kind"),
        (["meetings", "--from", "2020-13-45"], "is not a date"),
        (["meetings", "--kind", "resolution"], "Unknown option '--kind'"),   // only where a kind applies
    ])
    func badFiltersAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let out = try Fixture.run(arguments + ["--db", Self.db])
        #expect(out.status == 64)
        #expect(out.err.contains(message), "\(out.err)")
    }

    /// `--state` by code or by name in either language: the same rows; `--bom` opens the CSV with a byte order mark.
    @Test func stateByNameAndCSVForExcel() throws {
        let byCode = try Fixture.run(["decisions", "--source", "repertoire", "--state", "VNM", "--format", "csv", "--db", Self.db])
        for name in ["Viet Nam", "越南", "vnm"] {
            let byName = try Fixture.run(["decisions", "--source", "repertoire", "--state", name, "--format", "csv", "--db", Self.db])
            #expect(byName.status == 0 && byName.out == byCode.out, "\(name): \(byName.err)")
        }
        #expect(byCode.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)   // the header, the four resolutions
        let bom = try Fixture.run(["decisions", "--format", "csv", "--bom", "--db", Self.db])
        #expect(bom.out.hasPrefix("\u{FEFF}symbol,kind"))
    }

    @Test func showAKnownAndAnUnknownSymbol() throws {
        let known = try Fixture.run(["show", "S/RES/2532 (2020)", "--db", Self.db])
        #expect(known.status == 0)
        #expect(known.out.contains("## official_record"))
        let unknown = try Fixture.run(["show", "S/RES/9999(2020)", "--db", Self.db])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("not in the database"))
    }

    @Test func aMissingDatabaseIsNamed() throws {
        let out = try Fixture.run(["meetings", "--db", "/nonexistent/x.sqlite"])
        #expect(out.status == 1)
        #expect(out.err.contains("/nonexistent/x.sqlite: error: no database here"))
    }
}

/// The commands that give the practice back: each writes what it says, and a folder it cannot write is named.
@Suite("Store: export, publish and draft-tables from the command line")
struct GiveBackCommandTests {
    @Test func exportPublishAndDraft() throws {
        let db = Fixture.ingested.path
        let out = Fixture.temporary("cli-export")
        let package = try Fixture.run(["export", "--db", db, "--out", out])
        #expect(package.status == 0, "\(package.err)")
        #expect(package.out.contains("datapackage.json and 24 tables"))
        let popolo = try Fixture.run(["export", "--format", "popolo", "--db", db, "--out", out])
        #expect(popolo.out.contains("vote events"))
        #expect(FileManager.default.fileExists(atPath: out + "/popolo.json"))
        let refused = try Fixture.run(["export", "--db", db, "--out", "/proc/repertoire-export"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("/proc/repertoire-export: error: cannot write the export"))

        let site = Fixture.temporary("cli-site")
        let published = try Fixture.run(["publish", "--db", db, "--site", site])
        #expect(published.status == 0, "\(published.err)")
        #expect(FileManager.default.fileExists(atPath: site + "/en/items/35.html"))
        #expect(try Fixture.run(["publish", "--db", db + ".missing", "--site", site]).status == 1)

        let drafted = try Fixture.run(["draft-tables", "--year", "2020", "--data", Fixture.samples.appendingPathComponent("unxml").path,
                                       "--db", db, "--lang", "en"])
        #expect(drafted.status == 0, "\(drafted.err)")
        #expect(drafted.out.contains("## 35. Maintenance of international peace and security"))
        #expect(drafted.out.contains("- Table 1 row S/PV.8748 lists S/RES/2532(2020)"))
        let none = try Fixture.run(["draft-tables", "--year", "1990", "--data", Fixture.samples.appendingPathComponent("unxml").path, "--db", db])
        #expect(none.status == 1)
        #expect(none.err.contains("no decision of 1990"))
    }
}
