import Foundation
import Testing
import RepertoireModel
import RepertoireOfficial
import RepertoireParsing
import RepertoireStore

@Suite("Store: ingest and search")
struct StoreTests {
    @Test func ingestsTheSampleAndTheOfficialData() throws {
        let report = Fixture.ingested.report
        #expect(report.failures.isEmpty)
        // 2 Repertoire texts (the Chinese and English editions), 1 data_extract file, 57 + 56 resolutions and 13
        // statements in Akoma Ntoso.
        #expect(report.ingested.count == 129)
        let counts = Dictionary(uniqueKeysWithValues: try Fixture.store.counts().map { ($0.table, $0.rows) })
        #expect(counts["official_decision"] == 57)
        #expect(counts["official_text"] == 126)
        // Each edition's findings are stored; the practice's are the Chinese edition's, the same 13 in English.
        #expect(counts["finding"]! * 2 == report.findings)
        #expect(counts["meeting"] == 3)
        #expect(report.findings > 0)
    }

    @Test(arguments: [
        ("决议", "决议"),        // two characters
        ("理事会", "理事会"),     // three characters: consecutive bigrams
        ("会", "会"),            // one character
        ("climate", "climate"),  // an English word, any case
        ("Climate", "climate"),
    ])
    func findsWithHighlightedSnippets(_ query: String, _ highlighted: String) throws {
        let rows = try Fixture.store.search(SearchQuery(query, limit: 5))
        #expect(rows.rows.count == 5)
        let snippets = rows.column("snippet").compactMap(\.string)
        #expect(snippets.allSatisfy { $0.lowercased().contains("[\(highlighted)]") }, "\(snippets)")
    }

    @Test(arguments: ["S/RES/2532(2020)", "S/RES/2532 (2020)", "第 2532(2020)号决议"])
    func findsASymbolAsSuch(_ query: String) throws {
        let rows = try Fixture.store.search(SearchQuery(query, limit: 100))
        #expect(!rows.rows.isEmpty)
        // The Repertoire's paragraphs write it 第 2532(2020)号决议; the resolution's own title carries it, and later
        // resolutions recalling it cite it.
        let sources = Set(rows.column("source").compactMap(\.string))
        #expect(sources.contains("paragraph"))
        #expect(sources.contains("official_text"))
        #expect(rows.column("symbol").contains(.text("S/RES/2532(2020)")))
        #expect(rows.column("snippet").compactMap(\.string).allSatisfy { $0.contains("2532") })
    }

    @Test func itemFilterAndLimit() throws {
        let rows = try Fixture.store.search(SearchQuery("安理会", item: 35, limit: 3))
        #expect(rows.rows.count == 3)
        #expect(rows.column("item").allSatisfy { $0 == .integer(35) })
    }

    @Test(arguments: [
        "\"; DROP TABLE passage; --",
        "' OR 1=1 --",
        "NEAR(a b) OR *",
        "\"unbalanced",
        "",
    ])
    func searchTextShapedLikeSQLOrFTSSyntaxIsHarmless(_ query: String) throws {
        _ = try Fixture.store.search(SearchQuery(query))
        #expect(try Fixture.store.counts().first { $0.table == "passage" }!.rows > 0)
    }

    @Test(arguments: [
        PracticeQuery(.states, state: "USA' OR '1'='1"),
        PracticeQuery(.decisions, kind: "resolution'; DROP TABLE decision; --"),
        PracticeQuery(.meetings, state: "1=1"),
    ])
    func filterValuesShapedLikeSQLAreRefused(_ query: PracticeQuery) throws {
        #expect(query.problem != nil)
    }

    @Test func filterValuesReachTheDatabaseOnlyAsParameters() throws {
        // A well-formed but unknown code, and an item number, match nothing and change nothing.
        let rows = try Fixture.store.query(PracticeQuery(.meetings, item: -1, state: "ZZZ"))
        #expect(rows.rows.isEmpty)
        // The Repertoire's five decisions, and the UN's records of the 2020 resolutions it does not report.
        let decisions = try Fixture.store.query(PracticeQuery(.decisions))
        #expect(decisions.column("source").filter { $0 == .text("repertoire") }.count == 5)
        #expect(decisions.column("source").filter { $0 == .text("un_record") }.count == 57 - 4)
    }

    @Test func reingestingChangesNothing() throws {
        let before = try Fixture.store.counts()
        let report = Ingestor(store: Fixture.store).ingest([Fixture.samples.path])
        #expect(report.ingested.isEmpty)
        #expect(report.unchanged.count == 129)
        #expect(try Fixture.store.counts().map(\.rows) == before.map(\.rows))
    }

    @Test func aChangedFileReplacesItsFacts() throws {
        let store = try SQLiteStore()
        let path = Fixture.temporary("changing.txt")
        var text = try String(contentsOf: Fixture.sample, encoding: .utf8)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Ingestor(store: store).ingest([path]).ingested.count == 1)
        let meetings = try store.query(PracticeQuery(.meetings)).rows.count
        // Cut the text before its meetings table: the new version has none.
        text = String(text[..<text.range(of: "表 1")!.lowerBound])
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = Ingestor(store: store).ingest([path])
        #expect(report.ingested.count == 1)
        #expect(meetings > 0)
        #expect(try store.query(PracticeQuery(.meetings)).rows.isEmpty)
        #expect(try store.counts().first { $0.table == "document" }!.rows == 1)
    }

    @Test func refusedInputIsReportedAndNotStored() throws {
        let store = try SQLiteStore()
        let empty = Fixture.temporary("empty.txt")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let report = Ingestor(store: store).ingest([empty, "/no/such/file.txt"])
        #expect(report.failures.count == 2)
        #expect(report.failures[0].contains("no such file"))
        #expect(report.failures[1].contains("the file is empty"))
        #expect(try store.counts().first { $0.table == "document" }!.rows == 0)
    }

    /// Documents written together (one transaction) are each in their own savepoint: one that fails leaves
    /// nothing and the others are kept, their passages indexed.
    @Test func aFailingDocumentInAGroupLeavesTheOthers() throws {
        let store = try SQLiteStore()
        let folder = Fixture.samples.appendingPathComponent("unxml/resolutions/2020/en")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("S_RES") }.sorted().prefix(3)
        let documents = try files.enumerated().map { k, name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = try #require(try AKNReader.read(data, file: name))
            // The second one's sha256 breaks the schema's CHECK.
            return PreparedDocument(path: "/\(name)", sha256: k == 1 ? "bad" : String(repeating: "a", count: 64), bytes: data.count,
                                    content: .officialText(text))
        }
        let errors = try store.write(documents)
        #expect(errors.map { $0 == nil } == [true, false, true])
        #expect(try store.counts().first { $0.table == "document" }!.rows == 2)
        #expect(try store.integrityProblems().isEmpty)
        guard case .officialText(let third) = documents[2].content else { return }
        let word = try #require(third.title.split(separator: " ").first { $0.count > 6 })
        #expect(try store.search(SearchQuery(String(word), limit: 5)).rows.count > 0)
    }

    /// The same path twice in one batch: the second replaces the first, which was never indexed, and the index
    /// stays sound. The ingest reads a file named twice once.
    @Test func aPathTwiceInOneBatch() throws {
        let store = try SQLiteStore()
        let folder = Fixture.samples.appendingPathComponent("unxml/resolutions/2020/en")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("S_RES") }.sorted().prefix(2)
        let documents = try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return PreparedDocument(path: "/same.xml", sha256: String(repeating: "b", count: 64), bytes: data.count,
                                    content: .officialText(try #require(try AKNReader.read(data, file: name))))
        }
        #expect(try store.write(documents).allSatisfy { $0 == nil })
        #expect(try store.counts().first { $0.table == "document" }!.rows == 1)
        #expect(try store.integrityProblems().isEmpty)
        let twice = Ingestor(store: try SQLiteStore()).ingest([Fixture.sample.path, Fixture.sample.path])
        #expect(twice.ingested.count == 1)
    }
}

/// The two editions of the sample are one practice: the Chinese edition's facts stand for it, the English edition's
/// give its texts in English, and both editions' passages are searched.
@Suite("Store: editions")
struct EditionStoreTests {
    @Test func twoEditionsOnePractice() throws {
        let store = Fixture.store
        #expect(try store.items().rows.count == 2)
        #expect(try store.query(PracticeQuery(.meetings)).rows.count == 3)
        let english = try #require(try store.item(35, language: "en"))
        let chinese = try #require(try store.item(35, language: "zh"))
        #expect(english[0].rows.column("title").first?.description == "Maintenance of international peace and security")
        #expect(chinese[0].rows.column("title").first?.description == "维护国际和平与安全")
        #expect(english[1].rows.column("title").first?.description == "Upholding the United Nations Charter")
        #expect(english[2].rows.column("sub_item").first?.description == "Upholding the United Nations Charter")
        #expect(chinese[2].rows.column("record").map(\.description) == english[2].rows.column("record").map(\.description))
        // A meeting as each edition gives it: its invitees in the page's language.
        let meeting = try #require(DocumentSymbol("S/PV.8699"))
        let englishMeeting = try #require(try store.meeting(meeting, language: "en"))
        let chineseMeeting = try #require(try store.meeting(meeting, language: "zh"))
        #expect(englishMeeting[2].rows.column("name").map(\.description).contains("Chair of The Elders"))
        #expect(chineseMeeting[2].rows.column("name").map(\.description).contains("长者会主席"))
        #expect(englishMeeting[2].rows.column("iso3") == chineseMeeting[2].rows.column("iso3"))
        // Search finds the English and the Chinese passages.
        #expect(try store.search(SearchQuery("Elders")).rows.count > 0)
        #expect(try store.search(SearchQuery("长者会")).rows.count > 0)
    }

    /// Whichever edition comes first, the Chinese one stands for the practice; removing it leaves the English one.
    @Test func theFirstLanguageStandsForThePractice() throws {
        let store = try SQLiteStore()
        let ingest = { (paths: [String]) in Ingestor(store: store, maxMiB: 64).ingest(paths) }
        _ = ingest([Fixture.root.appendingPathComponent("Samples/en-2020-part1-items35-36.txt").path])
        #expect(try store.items().column("title").first?.description == "Maintenance of international peace and security")
        _ = ingest([Fixture.root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt").path])
        #expect(try store.items().rows.count == 2)
        #expect(try store.items().column("title").first?.description == "维护国际和平与安全")
    }
}
