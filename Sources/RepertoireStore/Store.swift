import Foundation
import GRDB
import GRDBSQLite
import Dispatch
import RepertoireModel
import RepertoireParsing
import RepertoireOfficial

/// One input file, read and parsed, its rows built (on the thread that parsed it), ready to be written in one
/// transaction.
public struct PreparedDocument: Sendable {
    public enum Content: Sendable {
        case repertoire(Extractor.Result)
        case officialVotes([VoteRecord])
        case officialText(OfficialText)
    }
    public let path: String, sha256: String, bytes: Int
    /// The name readers see (the path from the folder ingested); the file's name unless the ingest says otherwise.
    public var name: String
    public let content: Content
    /// The rows under the document's own row.
    public let rows: RowBatch

    public init(path: String, sha256: String, bytes: Int, content: Content) {
        self.path = path; self.sha256 = sha256; self.bytes = bytes; self.content = content
        name = URL(fileURLWithPath: path).lastPathComponent
        switch content {
        case .repertoire(let result): rows = FactsRows.batch(result)
        case .officialVotes(let records): rows = OfficialRows.batch(votes: records)
        case .officialText(let text): rows = OfficialRows.batch(text: text)
        }
    }

    /// What makes two editions of one Supplement part the same practice, whatever their language: the year of its
    /// first dated row, its items and the range of its footnote numbers (numbered through the volume). Nil for the
    /// UN's data.
    public var practiceKey: String? {
        guard case .repertoire(let result) = content else { return nil }
        var key = PracticeKey()
        key.add(result.facts)
        return key.text
    }

    public var kind: String {
        switch content {
        case .repertoire: "repertoire"
        case .officialVotes: "official_votes"
        case .officialText: "official_text"
        }
    }

    public var language: String {
        switch content {
        case .repertoire(let r): r.facts.language
        case .officialVotes: "en"
        case .officialText(let t): t.language
        }
    }
}

/// What makes two editions of one Supplement part the same practice (`PreparedDocument.practiceKey`), gathered part
/// by part for a long text.
struct PracticeKey {
    var firstYear: Int?, items: [Int] = [], firstNote: Int?, lastNote: Int?

    mutating func add(_ f: Facts) {
        let years = f.meetings.compactMap(\.date?.year) + f.videoconferences.compactMap(\.date?.year) + f.events.compactMap(\.date?.year)
        if let year = years.min() { firstYear = min(firstYear ?? year, year) }
        items += f.agendaItems.map(\.number)
        let notes = f.footnotes.map(\.number)
        if let low = notes.min() { firstNote = min(firstNote ?? low, low) }
        if let high = notes.max() { lastNote = max(lastNote ?? high, high) }
    }

    var text: String {
        "year=\(firstYear.map(String.init) ?? "-");items=\(items.map(String.init).joined(separator: ","));"
            + "notes=\(firstNote.map(String.init) ?? "-")-\(lastNote.map(String.init) ?? "-")"
    }
}

/// The practice database, whatever holds it: SQLite here (`SQLiteStore`); a PostgreSQL store implements the
/// same protocol and passes the same tests.
public protocol PracticeStore: Sendable {
    /// The sha256 stored for a path, if the path was ingested.
    func sha256(path: String) throws -> String?
    /// Writes documents in one transaction, each in its own savepoint so that each is wholly present or absent,
    /// replacing what earlier versions of the same paths left: for each document, the error that kept it out.
    func write(_ documents: [PreparedDocument]) throws -> [(any Error)?]
    /// Before and after many writes: the full-text index defers merging its segments while documents are
    /// written one by one, then merges them once. `incomingBytes`: the size of what is about to be written; where it
    /// outweighs what is stored, the indexes whose keys fall anywhere are set aside and made again at the end.
    func beginBulkWrite(incomingBytes: Int) throws
    /// After the last row of many writes, before what is summed up from the rows: the indexes set aside made again.
    func endBulkRows() throws
    /// `merge`: merge the segments into one (after many documents); without it, only the usual settings come
    /// back (after one document, or after an earlier bulk write that was interrupted).
    func endBulkWrite(merge: Bool) throws
    /// Runs one of the fixed, parameterized queries.
    func query(_ query: PracticeQuery) throws -> Rows
    func search(_ search: SearchQuery) throws -> Rows
    /// All that is known of a symbol, by section; `limit` cuts the long sections (one row more tells there are more).
    func show(_ symbol: DocumentSymbol, limit: Int?) throws -> [(section: String, rows: Rows)]
    /// Rows per table, for summaries.
    func counts(_ tables: [String]) throws -> [(table: String, rows: Int)]
    /// The Council's members by year, from the official votes stored (ISO3 codes).
    func councilMembers() throws -> [Int: Set<String>]
}

extension PracticeStore {
    public func show(_ symbol: DocumentSymbol) throws -> [(section: String, rows: Rows)] { try show(symbol, limit: nil) }

    /// Writes one document atomically.
    public func write(_ document: PreparedDocument) throws {
        if let error = try write([document])[0] { throw error }
    }
}

/// The embedded default: one SQLite file (WAL), opened through GRDB with the `repertoire` tokenizer.
public final class SQLiteStore: PracticeStore {
    let writer: any DatabaseWriter
    /// The full-text tokens of the document being written, prepared while it was parsed.
    let preparedText: PreparedText
    /// The data package's descriptor, for the schema it was made from.
    let descriptorMemo = SchemaMemo()

    /// Opens (creating and migrating if needed) the database at `path`; `readOnly` for the server.
    public init(path: String, readOnly: Bool = false, queryTimeLimit: Duration? = nil) throws {
        self.queryTimeLimit = queryTimeLimit
        var config = Configuration()
        config.readonly = readOnly
        let prepared = PreparedText()
        preparedText = prepared
        config.prepareDatabase { db in
            db.add(tokenizer: RepertoireTokenizer.self)
            db.add(function: prepared.databaseFunction)
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // A database opened to be read (the server, queries): pages read through a memory map, not copied in
            // by a system call each (a page of the server read hundreds of them). Not where it is written: an
            // ingest's own reads (its totals) would count every page they touched as the ingest's memory.
            if readOnly { try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
            // For whoever tunes a query: each statement and its time (SQLite's, to the millisecond) on standard
            // error; with `values`, the statement as run, its values in place, to be run again in the `sqlite3` shell.
            if let trace = ProcessInfo.processInfo.environment["REPERTOIRE_TRACE_SQL"] {
                db.trace(options: .profile) { event in
                    if case .profile(let statement, let duration) = event {
                        let sql = trace == "values" ? statement.expandedSQL : statement.sql
                        FileHandle.standardError.write(Data(String(format: "%8.3f ms  %@\n", duration * 1000, sql.replacingOccurrences(of: "\n", with: " ")).utf8))
                    }
                }
            }
        }
        if ProcessInfo.processInfo.environment["REPERTOIRE_TRACE_SQL"] == "values" { config.publicStatementArguments = true }
        config.busyMode = .timeout(10)
        writer = try DatabasePool(path: path, configuration: config)
        if !readOnly {
            try Schema.migrator.migrate(writer)
            // What an interrupted ingest had set aside (looked for first: opening takes no write lock where all are there).
            if try !writer.read(DeferredIndexes.missing).isEmpty { try writer.write { db in try DeferredIndexes.restore(db) } }
        }
        // A database made by an earlier version, opened to be read (by the server): migrated first, once, through a
        // connection that may write, so that every query finds the tables it reads.
        else if try !writer.read({ db in try Schema.migrator.hasCompletedMigrations(db) }) {
            var writable = Configuration()
            writable.prepareDatabase { db in
                db.add(tokenizer: RepertoireTokenizer.self)
                db.add(function: prepared.databaseFunction)
            }
            writable.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: writable)
            try Schema.migrator.migrate(queue)
            // What the migration wrote goes into the file itself: left in the write-ahead log (45 MB when the
            // source texts were cut into blocks), it was searched at every page read, and every page was slower.
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
    }

    /// An in-memory database, for tests.
    public init() throws {
        queryTimeLimit = nil
        var config = Configuration()
        let prepared = PreparedText()
        preparedText = prepared
        config.prepareDatabase { db in
            db.add(tokenizer: RepertoireTokenizer.self)
            db.add(function: prepared.databaseFunction)
        }
        writer = try DatabaseQueue(configuration: config)
        try Schema.migrator.migrate(writer)
    }

    public func sha256(path: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT sha256 FROM document WHERE path = ?", arguments: [path]) }
    }

    public func write(_ documents: [PreparedDocument]) throws -> [(any Error)?] {
        var errors = [(any Error)?](repeating: nil, count: documents.count)
        let ingestedAt = ISO8601DateFormatter().string(from: Date())
        try writer.write { db in
            // The summaries no longer hold: until the next ingest sums them up again, totals and the timeline are
            // counted when asked (an empty `table_summary` says so).
            try db.execute(sql: "DELETE FROM table_summary")
            try db.execute(sql: "DELETE FROM item_summary")
            // The documents written in this batch, with their passages' prepared full-text input.
            var written: [Int64: [(Int64, [UInt8], [UInt8])]] = [:]
            for (k, d) in documents.enumerated() {
                // Each document in its own savepoint: one that fails leaves nothing, and the others are kept.
                do {
                    try db.inSavepoint {
                        // The same path earlier in this batch: its passages are not indexed yet.
                        if let replaced = try replace(path: d.path, unindexed: Set(written.keys), db) { written[replaced] = nil }
                        let id = try BatchWriter.insert("document", [
                            "path": d.path, "name": d.name, "sha256": d.sha256, "language": d.language, "kind": d.kind, "bytes": d.bytes,
                            "ingested_at": ingestedAt,
                        ], db)
                        if let key = d.practiceKey { try joinPractice(id, key: key, language: d.language, db) }
                        let ids = try BatchWriter.write(d.rows, document: id, db)
                        written[id] = d.rows.fullText.map { (ids[$0.row], $0.words, $0.pairs) }
                        return .commit
                    }
                } catch {
                    errors[k] = error
                }
            }
            // Last, in one statement: the passages of all the documents into the full-text index, their words and
            // pairs taken from the batches (`PortableIndex.texts`), not computed again here. (FTS5 writes its
            // pending terms at the end of every statement on it: one statement, one new segment.)
            guard !written.isEmpty else { return }
            try preparedText.with(written.values.flatMap { $0 }) {
                try db.execute(sql: """
                    INSERT INTO \(PortableIndex.table)(rowid, words, pairs)
                    SELECT id, \(PreparedText.function)(id, 0, ''), \(PreparedText.function)(id, 1, '') FROM passage
                    WHERE document_id IN (SELECT value FROM json_each(?))
                    """, arguments: ["[" + written.keys.map(String.init).joined(separator: ",") + "]"])
            }
        }
        return errors
    }

    /// Makes document `id` an edition of the practice `key`: where another language's edition is stored, the edition in
    /// the first language of the profiles (Chinese, then English) stands for the practice and the others point to it.
    func joinPractice(_ id: Int64, key: String, language: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE document SET practice_key = ? WHERE id = ?", arguments: [key, id])
        guard let (first, firstLanguage) = try Row.fetchOne(db, sql: """
            SELECT id, language FROM document WHERE practice_key = ? AND edition_of IS NULL AND id <> ? AND language <> ? ORDER BY id LIMIT 1
            """, arguments: [key, id, language]).map({ (($0[0] as Int64), ($0[1] as String)) }) else { return }
        let rank = { (code: String) in LanguageProfile.all.firstIndex { $0.code == code } ?? LanguageProfile.all.count }
        if rank(language) < rank(firstLanguage) {
            try db.execute(sql: "UPDATE document SET edition_of = ? WHERE practice_key = ? AND id <> ? AND language <> ?",
                           arguments: [id, key, id, language])
        } else {
            try db.execute(sql: "UPDATE document SET edition_of = ? WHERE id = ?", arguments: [first, id])
        }
    }

    /// Removes the stored version of a path, its full-text entries first (while their text is still there to be
    /// read), unless it is one of `unindexed` (written earlier in the same batch, not in the index yet): the id
    /// removed, if any.
    func replace(path: String, unindexed: Set<Int64>, _ db: Database) throws -> Int64? {
        guard let old = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [path]) else { return nil }
        if !unindexed.contains(old) { try PortableIndex.delete(document: old, db) }
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [old])
        return old
    }

    public func beginBulkWrite(incomingBytes: Int) throws {
        // Checkpoints (each syncing the log and the database file) once at the end rather than every 1,000 pages.
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        try writer.write { db in
            let stored = try Int.fetchOne(db, sql: "SELECT total(bytes) FROM document") ?? 0
            if DeferredIndexes.worthSettingAside(incomingBytes: incomingBytes, storedBytes: stored) { try DeferredIndexes.setAside(db) }
            try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table), rank) VALUES ('automerge', 0)")
            try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table), rank) VALUES ('crisismerge', 64)")
        }
    }

    public func endBulkRows() throws {
        try writer.write { db in try DeferredIndexes.restore(db) }
    }

    public func endBulkWrite(merge: Bool) throws {
        try writer.write { db in
            // Made again here too, for a writer that ends without `endBulkRows` (nothing where all are there).
            try DeferredIndexes.restore(db)
            try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table), rank) VALUES ('automerge', 4)")
            try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table), rank) VALUES ('crisismerge', 16)")
            if merge { try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table)) VALUES ('optimize')") }
        }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// The tables counted through their `practice_` view.
    static let practiceTables: Set<String> = ["agenda_item", "meeting", "videoconference", "decision", "finding"]

    public static let countedTables = ["document", "agenda_item", "meeting", "videoconference", "decision", "event", "footnote",
                                       "participation", "symbol", "citation", "finding", "official_decision", "member_vote", "official_text", "passage"]

    public func counts(_ tables: [String] = countedTables) throws -> [(table: String, rows: Int)] {
        try writer.read { db in try Self.liveCounts(tables, db) }
    }

    /// The paths of the official data stored (vote extracts, texts, indexes).
    public func officialPaths() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT path FROM document WHERE kind = 'official_text' OR kind = 'official_votes' ORDER BY path")
        }
    }

    /// What lists read ready-made, made again from the rows: every state's participation (`state_summary`).
    public func refreshSummaries() throws {
        try writer.write { db in try Self.refreshSummaries(db) }
    }

    static func refreshSummaries(_ db: Database) throws {
        let (sql, arguments) = PracticeQuery(.states).sql(live: true)
        try db.execute(sql: "DELETE FROM state_summary")
        try db.execute(sql: "INSERT INTO state_summary \(sql)", arguments: arguments)
        // Before v7 (while v6 migrates), there are no other summaries yet.
        guard try db.tableExists("table_summary") else { return }
        try db.execute(sql: "DELETE FROM table_summary")
        for (table, rows) in try liveCounts(countedTables, db) {
            try db.execute(sql: "INSERT INTO table_summary (name, rows) VALUES (?, ?)", arguments: [table, rows])
        }
        try db.execute(sql: "DELETE FROM month_summary")
        try db.execute(sql: "INSERT INTO month_summary (month, meetings, videoconferences) \(Self.timelineSQL)")
        if try db.tableExists("symbol_summary") {
            try db.execute(sql: "DELETE FROM symbol_summary")
            try db.execute(sql: """
                INSERT INTO symbol_summary (symbol, citations, documents, first_line)
                SELECT symbol, count(*), count(DISTINCT document_id), min(CASE WHEN line > 0 THEN line END) FROM citation GROUP BY symbol
                """)
        }
        guard try db.tableExists("item_summary") else { return }
        try db.execute(sql: "DELETE FROM item_summary")
        try db.execute(sql: "INSERT INTO item_summary (agenda_item_id, meetings_found, videoconferences_found, decisions_found, truncated) \(itemSummarySQL)")
        guard try db.tableExists("item_finding") else { return }
        try db.execute(sql: "DELETE FROM item_finding")
        try db.execute(sql: "INSERT OR IGNORE INTO item_finding (number, rank, line, finding_id) \(itemFindingsSQL)")
    }

    /// What the checks found about each item of the practice: a finding naming the item's number, or the record
    /// of one of its meetings or videoconferences, or one of its decisions; errors first, then warnings and notes,
    /// each in line order (`item_finding`'s columns).
    static let itemFindingsSQL = """
        SELECT s.number, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.line, f.id
        FROM (
          SELECT DISTINCT number, CAST(number AS TEXT) AS subject FROM practice_agenda_item
          UNION SELECT agenda_item, record FROM practice_meeting WHERE agenda_item IS NOT NULL AND record IS NOT NULL
          UNION SELECT agenda_item, record FROM practice_videoconference WHERE agenda_item IS NOT NULL AND record IS NOT NULL
          UNION SELECT agenda_item, symbol FROM practice_decision WHERE agenda_item IS NOT NULL
        ) s CROSS JOIN finding_subject fs ON fs.subject = s.subject CROSS JOIN finding f ON f.id = fs.finding_id
        WHERE (SELECT edition_of FROM document WHERE id = f.document_id) IS NULL
        """

    /// Every item's counts (`itemCounts`) at once, for `item_summary`: each table counted by document and item
    /// once, then joined to the items. (Counted for each item, a document's rows were read once for each of its
    /// items: 1.3 s for the 800 items of one 20 MB file, growing with the square of its size.)
    static let itemSummarySQL = """
        SELECT a.id, coalesce(m.n, 0), coalesce(v.n, 0), coalesce(x.n, 0), t.document_id IS NOT NULL
        FROM practice_agenda_item a JOIN document d ON d.id = a.document_id
        LEFT JOIN (SELECT document_id, agenda_item, count(*) AS n FROM meeting GROUP BY document_id, agenda_item) m
          ON m.document_id = a.document_id AND m.agenda_item = a.number
        LEFT JOIN (SELECT document_id, agenda_item, count(*) AS n FROM videoconference GROUP BY document_id, agenda_item) v
          ON v.document_id = a.document_id AND v.agenda_item = a.number
        LEFT JOIN (SELECT document_id, agenda_item, count(*) AS n FROM decision GROUP BY document_id, agenda_item) x
          ON x.document_id = a.document_id AND x.agenda_item = a.number
        LEFT JOIN (SELECT DISTINCT f.document_id, fs.subject FROM finding f JOIN finding_subject fs ON fs.finding_id = f.id
                   WHERE f.kind = 'truncated-document') t
          ON t.document_id = a.document_id AND t.subject = CAST(a.number AS TEXT)
        ORDER BY a.number, d.path
        """

    /// What an item's tables hold (of the item's row `a`), beside what it states: the list of items' columns, counted
    /// for the rows of one page where no ingest summed them up (`itemSummarySQL` sums them all at once). Whether the
    /// item was cut off is looked for among its document's findings, then by subject (from the subject, every
    /// finding naming the item's number in every document was read).
    static let itemCounts = """
        (SELECT count(*) FROM practice_meeting m WHERE m.document_id = a.document_id AND m.agenda_item = a.number) AS meetings_found,
        (SELECT count(*) FROM practice_videoconference v WHERE v.document_id = a.document_id AND v.agenda_item = a.number) AS videoconferences_found,
        (SELECT count(*) FROM practice_decision x WHERE x.document_id = a.document_id AND x.agenda_item = a.number) AS decisions_found,
        EXISTS (SELECT 1 FROM finding f CROSS JOIN finding_subject fs ON fs.finding_id = f.id AND fs.subject = CAST(a.number AS TEXT)
                WHERE f.document_id = a.document_id AND f.kind = 'truncated-document') AS truncated
        """

    /// Meetings and videoconferences per month (`2020-01`), counted over the practice.
    static let timelineSQL = """
        SELECT month, sum(kind = 'meeting') AS meetings, sum(kind = 'videoconference') AS videoconferences FROM (
          SELECT substr(date, 1, 7) AS month, 'meeting' AS kind FROM practice_meeting WHERE date IS NOT NULL
          UNION ALL SELECT substr(date, 1, 7), 'videoconference' FROM practice_videoconference WHERE date IS NOT NULL
        ) GROUP BY month ORDER BY month
        """

    /// Rows per table as the last ingest summed them up (`table_summary`); a table it did not count, counted now.
    public func summarisedCounts(_ tables: [String]) throws -> [(table: String, rows: Int)] {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM table_summary)") == true else { return try Self.liveCounts(tables, db) }
            let stored = Dictionary(try Row.fetchAll(db, sql: "SELECT name, rows FROM table_summary").map { ($0["name"] as String, $0["rows"] as Int) },
                                    uniquingKeysWith: { a, _ in a })
            return try tables.map { table in try stored[table].map { (table, $0) } ?? Self.liveCounts([table], db)[0] }
        }
    }

    static func liveCounts(_ tables: [String], _ db: Database) throws -> [(table: String, rows: Int)] {
        // The practice's facts: an item, meeting, videoconference, decision or finding counted once, whatever
        // editions of its document are loaded.
        try tables.map { table in
            let source = practiceTables.contains(table) ? "practice_" + table : table
            return (table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(source)") ?? 0)
        }
    }

    /// Replaces each year's figures.
    public func replaceStatistics(_ years: [YearStatistics]) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM official_statistics")
            for y in years {
                try db.execute(sql: "INSERT INTO official_statistics (year, figures) VALUES (?, ?)", arguments: [y.year, y.jsonString])
            }
        }
    }

    /// Each year's figures as stored (JSON objects), by year.
    public func statistics(from: Int? = nil, to: Int? = nil) throws -> [(year: Int, figures: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT year, figures FROM official_statistics WHERE year >= ? AND year <= ? ORDER BY year",
                             arguments: [from ?? 0, to ?? 9999]).map { ($0["year"], $0["figures"]) }
        }
    }

    public func councilMembers() throws -> [Int: Set<String>] {
        try writer.read { db in
            var members: [Int: Set<String>] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT DISTINCT CAST(substr(o.date, 1, 4) AS INTEGER) AS year, v.iso3 FROM member_vote v
                JOIN official_decision o ON o.id = v.official_decision_id WHERE o.date IS NOT NULL AND v.iso3 IS NOT NULL
                """)
            for row in rows { members[row["year"], default: []].insert(row["iso3"]) }
            return members
        }
    }

    /// `PRAGMA integrity_check` and foreign keys, then the full-text index against its content table:
    /// the problems found (none: a sound database).
    public func integrityProblems() throws -> [String] {
        try writer.writeWithoutTransaction { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            do { try db.execute(sql: "INSERT INTO \(PortableIndex.table)(\(PortableIndex.table), rank) VALUES ('integrity-check', 0)") }
            catch { problems.append("full-text index: \(error)") }
            return problems
        }
    }

    /// A query running longer is interrupted (SQLITE_INTERRUPT): the server's time limit per request.
    public let queryTimeLimit: Duration?

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let limit = queryTimeLimit else { return try writer.read(body) }
        return try writer.read { db in
            let deadline = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
            defer { deadline.deallocate() }
            let (seconds, attoseconds) = limit.components
            deadline.pointee = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000 + UInt64(attoseconds / 1_000_000_000)
            sqlite3_progress_handler(db.sqliteConnection, 10_000, { context in
                DispatchTime.now().uptimeNanoseconds > context!.assumingMemoryBound(to: UInt64.self).pointee ? 1 : 0
            }, deadline)
            defer { sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
            return try body(db)
        }
    }

    /// Whether an error is a query stopped by `queryTimeLimit`.
    public static func isTimeout(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }
}
