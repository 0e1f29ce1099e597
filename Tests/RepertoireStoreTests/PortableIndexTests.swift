import Foundation
import GRDB
import Testing
@testable import RepertoireStore

/// The full-text index opens in tools that know nothing of the program: SQLite's own tokenizer over the words and
/// pairs the program writes (`PortableIndex`).
@Suite("Store: a portable index")
struct PortableIndexTests {
    @Test(arguments: [
        // A Chinese word: its pairs, as a phrase, in `pairs`.
        ("安理会", [#"pairs:"安理 理会""#]),
        // One character, and Latin words, in `words`.
        ("会", [#"words:"会""#]),
        ("Security Council", [#"words:"security""#, #"words:"council""#]),
        // A symbol in any written form: its compact token.
        ("S/RES/2532(2020)", [#"words:"s/res/2532(2020)""#]),
        ("第 2532(2020)号决议", [#"words:"s/res/2532(2020)""#]),
        // Mixed script in one term: each part where it is indexed.
        ("COVID-19疫情", [#"words:"covid 19""#, #"pairs:"疫情""#]),
    ])
    func queriesAsTheIndexReadsThem(_ query: String, _ expected: [String]) {
        #expect(SearchQuery(query).pattern == expected.joined(separator: " "))
    }

    @Test func wordsAndPairsOfAText() {
        let texts = PortableIndex.texts("安理会第 2532(2020)号决议。Climate change", symbols: "S/RES/2532(2020)")
        #expect(texts.words == "安 理 会 第 s/res/2532(2020) 2532 2020 号 决 议 climate change s/res/2532(2020) s res 2532 2020")
        // Runs apart: `0` between them, so that no phrase spans two runs.
        #expect(texts.pairs == "安理 理会 会第 0 号决 决议")
    }

    /// Python's `sqlite3` module (the system's SQLite, no program code) opens the database and finds, for a
    /// two-character Chinese word, the passages `repertoire search` finds.
    @Test func pythonFindsWhatTheProgramFinds() throws {
        let python = try #require(["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let path = Fixture.ingested.path
        let ours = try Fixture.store.search(SearchQuery("妇女", limit: 1000))
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for name, line in db.execute('''SELECT d.name, p.line FROM passage_index JOIN passage p ON p.id = passage_index.rowid
                JOIN document d ON d.id = p.document_id WHERE passage_index MATCH 'pairs:"妇女"' '''):
                print(f"{name}:{line}")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        let theirs = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
        let mine = zip(ours.column("document"), ours.column("line")).map { "\($0.description):\($1.int.map(String.init) ?? "None")" }.sorted()
        #expect(theirs.count > 100)
        #expect(theirs == mine)
    }

    /// A database made before the index was portable is migrated: the program's tokenizer table is gone, and the
    /// index answers as before.
    @Test func noTableNeedsTheProgramsTokenizer() throws {
        let sql = try Fixture.store.read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL") }
        #expect(!sql.contains { $0.contains("tokenize='repertoire'") || $0.contains("tokenize=\"repertoire\"") })
        #expect(try Fixture.store.integrityProblems().isEmpty)
    }

    static let datasette = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/datasette" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Datasette, where it is installed (`pip install datasette`), serves the database and answers a full-text query.
    @Test(.enabled(if: datasette != nil, "datasette is not installed")) func datasetteServesIt() async throws {
        let datasette = try #require(Self.datasette)
        let port = Int.random(in: 42_000...49_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: datasette)
        process.arguments = ["serve", Fixture.ingested.path, "--port", String(port), "--immutable", Fixture.ingested.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Stopped for sure: uvicorn under Datasette outlived a SIGTERM, and every test run left a server behind.
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        let name = URL(fileURLWithPath: Fixture.ingested.path).deletingPathExtension().lastPathComponent
        let sql = #"SELECT count(*) AS n FROM passage_index WHERE passage_index MATCH 'pairs:"妇女"'"#
        let url = URL(string: "http://127.0.0.1:\(port)/\(name).json?_shape=array&sql=" + sql.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)!
        var answer: Data?
        for _ in 0..<50 where answer == nil {
            try await Task.sleep(for: .milliseconds(200))
            answer = try? Data(contentsOf: url)
        }
        let rows = try #require(try answer.flatMap { try JSONSerialization.jsonObject(with: $0) as? [[String: Any]] })
        #expect(rows.first?["n"] as? Int == (try Fixture.store.search(SearchQuery("妇女", limit: 1000))).rows.count)
    }
}
