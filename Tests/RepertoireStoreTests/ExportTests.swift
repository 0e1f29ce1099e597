import Foundation
import Testing
import GRDB
@testable import RepertoireStore

/// The exports read by others: the data package by a plain Python script (csv and json) and, where installed, by
/// Frictionless's validator; the Popolo votes against the database.
@Suite("Store: exports")
struct ExportTests {
    static let folder: String = {
        let folder = Fixture.temporary("export")
        _ = try! Fixture.store.exportDataPackage(to: folder)
        _ = try! Fixture.store.exportPopolo(to: folder)
        return folder
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Every CSV is its schema, every value its type, keys unique, foreign keys resolved, and the row counts the
    /// database's: read with Python's csv and json modules alone.
    @Test func theDataPackageReadsAsItSays() throws {
        let script = Fixture.root.appendingPathComponent("scripts/check-datapackage.py").path
        let (status, out) = try Self.run(["python3", script, Self.folder, Fixture.ingested.path])
        #expect(status == 0, "\(out)")
        #expect(out.contains("row counts: as in the database"))
        #expect(out.contains("meeting: 6 rows"))  // both editions' Table 1 rows, as the table holds them
        let resolved = out.split(separator: "\n").first { $0.hasPrefix("foreign keys:") }
        #expect((resolved?.split(separator: " ")[2]).flatMap { Int($0) } ?? 0 > 1_000)
    }

    static let frictionless = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/frictionless" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Frictionless's own validator (`pip install frictionless`), where installed: types, constraints and foreign keys.
    @Test(.enabled(if: frictionless != nil, "frictionless is not installed")) func frictionlessValidatesIt() throws {
        let (status, out) = try Self.run([try #require(Self.frictionless), "validate", "--json",
                                          (Self.folder as NSString).appendingPathComponent("datapackage.json")])
        let report = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == true, "\(out.prefix(2_000))")
        #expect(status == 0)
    }

    /// One vote event per decision with a recorded vote, each with its members' votes, whose tally is the counts.
    @Test func popoloHasAVoteEventPerRecordedVote() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: (Self.folder as NSString).appendingPathComponent("popolo.json")))
        let popolo = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(popolo["vote_events"] as? [[String: Any]])
        let recorded = try Fixture.store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT o.symbol) FROM official_decision o JOIN member_vote v ON v.official_decision_id = o.id")
        }
        #expect(events.count == recorded)
        #expect(events.count > 50)
        let organizations = Set((popolo["organizations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        for event in events {
            let votes = try #require(event["votes"] as? [[String: Any]])
            let counts = Dictionary(uniqueKeysWithValues: (event["counts"] as? [[String: Any]] ?? []).map { ($0["option"] as! String, $0["value"] as! Int) })
            for option in ["yes", "no", "abstain"] {
                #expect(votes.filter { $0["option"] as? String == option }.count == counts[option], "\(event["id"] ?? "") \(option)")
            }
            #expect(votes.allSatisfy { organizations.contains($0["voter_id"] as? String ?? "") })
        }
        #expect((popolo["votes"] as? [Any])?.count == events.reduce(0) { $0 + (($1["votes"] as? [Any])?.count ?? 0) })
        // The United States voted on S/RES/2532(2020), in favour.
        let event = try #require(events.first { $0["identifier"] as? String == "S/RES/2532(2020)" })
        #expect((event["votes"] as? [[String: Any]])?.first { $0["voter_id"] as? String == "state:USA" }?["option"] as? String == "yes")
    }
}
