import Foundation
import Testing
import RepertoireModel
import RepertoireParsing
import GRDB
@testable import RepertoireStore

/// What pages read ready-made or cut early answers as the whole would.
@Suite("Store: summaries and pages cut inside the query")
struct SummaryTests {
    /// The decisions list is cut inside its query when no state or sort is asked for: every page, with each
    /// filter, is the same slice of the whole list.
    @Test(arguments: [
        PracticeQuery(.decisions),
        PracticeQuery(.decisions, item: 35),
        PracticeQuery(.decisions, kind: "resolution"),
        PracticeQuery(.decisions, from: RepertoireDate(year: 2020, month: 6, day: 1), to: RepertoireDate(year: 2020, month: 12, day: 31)),
    ])
    func decisionPagesAreSlicesOfTheWhole(_ base: PracticeQuery) throws {
        let whole = try Fixture.store.query(base)
        #expect(whole.rows.count > 3)
        for size in [1, 2, 5, 100] {
            for offset in [0, 1, 3, whole.rows.count - 1] {
                var page = base
                page.limit = size
                page.offset = offset
                let rows = try Fixture.store.query(page)
                #expect(rows.columns == whole.columns)
                #expect(rows.rows == Array(whole.rows.dropFirst(offset).prefix(size)), "size \(size), offset \(offset)")
            }
        }
        var sourced = base
        sourced.source = "repertoire"
        sourced.limit = 2
        #expect(try Fixture.store.query(sourced).column("source").allSatisfy { $0 == .text("repertoire") })
    }

    /// After an ingest, the totals and the timeline are read from what the ingest summed up, and agree with a count
    /// made now; a write that no ingest summed up yet makes them counted again when asked.
    @Test func summariesAgreeWithTheRowsAndGiveWayAfterAWrite() throws {
        let path = Fixture.temporary("summary.sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        _ = try Ingestor(store: store).ingest([Fixture.sample.path])
        let tables = ["document", "agenda_item", "meeting", "videoconference", "decision", "finding"]
        #expect(try store.summarisedCounts(tables).map(\.rows) == store.counts(tables).map(\.rows))
        #expect(try store.timeline().rows == store.timeline(live: true).rows)
        #expect(try store.timeline().rows.isEmpty == false)
        let summedItems = try store.items()
        #expect(summedItems.rows.count > 1)
        // What the checks found about each item, as the ingest summed it up (`item_finding`).
        let summedFindings = try #require(try store.item(35)?.first { $0.section == "findings" }?.rows)
        #expect(summedFindings.rows.count > 0)
        // Every finding's subjects, one row each, as its JSON list names them (the index pages find findings by).
        let subjects = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM finding_subject") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT f.id || ' ' || j.value) FROM finding f, json_each(f.subjects) j") ?? -1)
        }
        #expect(subjects.0 > 0 && subjects.0 == subjects.1)

        // A second edition written directly, as a client of the store may: no ingest sums it up.
        let english = Fixture.samples.appendingPathComponent("en-2020-part1-items35-36.txt").path
        let bytes = [UInt8](FileManager.default.contents(atPath: english)!)
        let result = try Extractor().extract(bytes, file: english)
        try store.write(PreparedDocument(path: english, sha256: String(repeating: "c", count: 64), bytes: bytes.count, content: .repertoire(result)))
        #expect(try store.summarisedCounts(["document"]).first?.rows == 2)
        #expect(try store.summarisedCounts(tables).map(\.rows) == store.counts(tables).map(\.rows))
        // The list of items is counted again, and is what the ingest had summed up (an edition adds no item).
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM item_summary") } == 0)
        #expect(try store.items() == summedItems)
        // And an item's findings are looked for again, and are those the ingest had found.
        // (a finding about two of its rows, once).
        #expect(try store.item(35)?.first { $0.section == "findings" }?.rows == summedFindings)
    }

    /// The items' list as the ingest sums it up (`itemSummarySQL`, each table counted once by document and item) is
    /// the list counted item by item (`itemCounts`): with a copy cut off in its second item (flagged truncated) and
    /// one file holding the sample three times (each item number three times in one document).
    @Test func theItemsSummedUpAreTheItemsCounted() throws {
        let folder = Fixture.temporary("items")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try Data(contentsOf: Fixture.sample)
        // Cut mid-sentence, on a character.
        let characters = Array(String(decoding: text, as: UTF8.self))
        var end = characters.count * 3 / 4
        while "。；\n ".contains(characters[end - 1]) { end -= 1 }
        try Data(String(characters[..<end]).utf8).write(to: URL(fileURLWithPath: folder + "/cut.txt"))
        try (text + text + text).write(to: URL(fileURLWithPath: folder + "/thrice.txt"))
        try text.write(to: URL(fileURLWithPath: folder + "/whole.txt"))
        let path = Fixture.temporary("items.sqlite")
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        _ = Ingestor(store: store).ingest([folder])
        let summed = try store.items()
        try store.writer.write { db in try db.execute(sql: "DELETE FROM item_summary") }
        let counted = try store.items()
        #expect(summed == counted)
        let truncated = try #require(summed.columns.firstIndex(of: "truncated"))
        #expect(summed.rows.contains { $0[truncated].int == 1 } && summed.rows.contains { $0[truncated].int == 0 })
        // Every item of the three files, the three times repeated ones among them.
        #expect(summed.rows.count == (try store.counts(["agenda_item"]).first?.rows) && summed.rows.count >= 2 + 3 * 2)
    }

    /// A page cut inside its query (the items' list, an item's and a symbol's long sections, whichever way their
    /// rows are read: along the documents' paths or sorted) is the first rows of the whole.
    @Test func cutSectionsAreTheFirstRowsOfTheWhole() throws {
        let store = Fixture.store
        let items = try store.items()
        for (size, offset) in [(1, 0), (2, 1), (5, items.rows.count - 1)] {
            #expect(try store.items(limit: size, offset: offset).rows == Array(items.rows.dropFirst(offset).prefix(size)))
        }
        // The symbol cited most (read along the paths for a page of two) and one cited once (sorted).
        let cited = try store.read { db in try String.fetchAll(db, sql: "SELECT symbol FROM symbol_summary ORDER BY citations DESC, symbol") }
        let often = try #require(cited.first), once = try #require(cited.last)
        #expect(try store.citationsAlongPaths(often, limit: 2))
        #expect(try !store.citationsAlongPaths(once, limit: 2))
        for symbol in [often, once] {
            let symbolValue = try #require(DocumentSymbol(symbol))
            let whole = try store.show(symbolValue, limit: nil), cut = try store.show(symbolValue, limit: 2)
            for ((name, all), (_, page)) in zip(whole, cut) {
                #expect(page.rows == Array(all.rows.prefix(page.rows.count)), "\(symbol): \(name)")
                #expect(page.rows.count == min(all.rows.count, 3) || name.hasPrefix("official") || name == "member_votes" || name == "symbol", "\(symbol): \(name)")
            }
        }
        for number in [35, 36] {
            let whole = try #require(try store.item(number, language: "en")), cut = try #require(try store.item(number, language: "en", limit: 2))
            for ((name, all), (_, page)) in zip(whole, cut) where name != "found" {
                #expect(page.rows == Array(all.rows.prefix(3)), "item \(number): \(name)")
            }
        }
    }

    /// Whether rows are read along the documents' paths: when the documents looked at cost less than the sort.
    @Test(arguments: [
        (rows: 676, limit: 20, documents: 1_120, along: true),    // a resolution cited in most parts
        (rows: 1, limit: 20, documents: 1_120, along: false),     // cited once: every document would be looked at
        (rows: 0, limit: 20, documents: 1_120, along: false),     // nothing to read
        (rows: 100, limit: 20, documents: 1_120, along: false),   // 235 documents looked at against 100 rows sorted
    ])
    func pathsOrSort(rows: Int, limit: Int, documents: Int, along: Bool) throws {
        let store = try SQLiteStore()
        try store.writer.write { db in try db.execute(sql: "INSERT OR REPLACE INTO table_summary (name, rows) VALUES ('document', ?)", arguments: [documents]) }
        #expect(try store.read { db in try SQLiteStore.alongPaths(rows: rows, limit: limit, db) } == along)
    }
}

/// Every match is ordered, by relevance or in the documents' order, and pages through to the last.
@Suite("Store: search orders")
struct SearchOrderTests {
    @Test(arguments: ["会", "安理会", "S/RES/2532(2020)", "Council"])
    func bothOrdersHoldEveryMatchAndPage(_ text: String) throws {
        var whole = SearchQuery(text, limit: 100_000)
        let count = try Fixture.store.searchCount(whole)
        #expect(count > 0)
        var seen: [SearchQuery.Order: [String]] = [:]
        for order in [SearchQuery.Order.relevance, .document] {
            whole.order = order
            let all = try Fixture.store.find(whole)
            #expect(all.order == order)
            #expect(all.count == count)
            #expect(all.rows.rows.count == count)  // every match, none left out
            let ranks = all.rows.column("rank").map { v -> Double? in if case .real(let d) = v { d } else if case .integer(let i) = v { Double(i) } else { nil } }
            if order == .relevance {
                #expect(ranks.allSatisfy { $0 != nil })
                #expect(ranks.compactMap { $0 } == ranks.compactMap { $0 }.sorted())  // best (lowest bm25) first
            } else {
                #expect(ranks.allSatisfy { $0 == nil })
            }
            let key = all.rows.rows.map { "\($0[3]):\($0[4])" }  // document and line
            seen[order] = key
            // Pages of 7 from any offset are the whole list's slices.
            var paged: [String] = []
            var page = whole
            page.limit = 7
            while paged.count < count {
                page.offset = paged.count
                let rows = try Fixture.store.find(page).rows.rows
                #expect(!rows.isEmpty)
                if rows.isEmpty { break }
                paged += rows.map { "\($0[3]):\($0[4])" }
            }
            #expect(paged == key)
        }
        #expect(Set(seen[.relevance] ?? []) == Set(seen[.document] ?? []))
    }

    /// `automatic` ranks by relevance up to its limit, and gives the documents' order beyond it.
    @Test func automaticTurnsToTheDocumentsOrderPastItsLimit() throws {
        var question = SearchQuery("会", limit: 5)
        #expect(try Fixture.store.find(question).order == .relevance)
        question.relevanceLimit = 10
        let found = try Fixture.store.find(question)
        #expect(found.count > 10)
        #expect(found.order == .document)
        #expect(found.rows.rows.count == 5)
    }
}
