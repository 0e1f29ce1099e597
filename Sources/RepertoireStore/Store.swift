import Foundation
import GRDB
import GRDBSQLite
import Dispatch
import RepertoireModel
import RepertoireParsing
import RepertoireOfficial

/// One input file, read and parsed, ready to be written in one transaction.
public struct PreparedDocument: Sendable {
    public enum Content: Sendable {
        case repertoire(Extractor.Result)
        case officialVotes([VoteRecord])
        case officialText(OfficialText)
    }
    public let path: String, sha256: String, bytes: Int
    public let content: Content

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

/// The practice database, whatever holds it: SQLite here (`SQLiteStore`); a PostgreSQL store implements the
/// same protocol and passes the same tests.
public protocol PracticeStore: Sendable {
    /// The sha256 stored for a path, if the path was ingested.
    func sha256(path: String) throws -> String?
    /// Writes one document atomically, replacing what an earlier version of the same path left.
    func write(_ document: PreparedDocument) throws
    /// Before and after many writes: the full-text index defers merging its segments while documents are
    /// written one by one, then merges them once.
    func beginBulkWrite() throws
    /// `merge`: merge the segments into one (after many documents); without it, only the usual settings come
    /// back (after one document, or after an earlier bulk write that was interrupted).
    func endBulkWrite(merge: Bool) throws
    /// Runs one of the fixed, parameterized queries.
    func query(_ query: PracticeQuery) throws -> Rows
    func search(_ search: SearchQuery) throws -> Rows
    func show(_ symbol: DocumentSymbol) throws -> [(section: String, rows: Rows)]
    /// Rows per table, for summaries.
    func counts() throws -> [(table: String, rows: Int)]
    /// The Council's members by year, from the official votes stored (ISO3 codes).
    func councilMembers() throws -> [Int: Set<String>]
}

/// The embedded default: one SQLite file (WAL), opened through GRDB with the `repertoire` tokenizer.
public final class SQLiteStore: PracticeStore {
    let writer: any DatabaseWriter

    /// Opens (creating and migrating if needed) the database at `path`; `readOnly` for the server.
    public init(path: String, readOnly: Bool = false, queryTimeLimit: Duration? = nil) throws {
        self.queryTimeLimit = queryTimeLimit
        var config = Configuration()
        config.readonly = readOnly
        config.prepareDatabase { db in
            db.add(tokenizer: RepertoireTokenizer.self)
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        config.busyMode = .timeout(10)
        writer = try DatabasePool(path: path, configuration: config)
        if !readOnly { try Schema.migrator.migrate(writer) }
    }

    /// An in-memory database, for tests.
    public init() throws {
        queryTimeLimit = nil
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RepertoireTokenizer.self) }
        writer = try DatabaseQueue(configuration: config)
        try Schema.migrator.migrate(writer)
    }

    public func sha256(path: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT sha256 FROM document WHERE path = ?", arguments: [path]) }
    }

    public func write(_ d: PreparedDocument) throws {
        try writer.write { db in
            if let old = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [d.path]) {
                // The old version's index entries go first, while their text is still there to be read. (Only
                // then: a statement on the full-text table makes every later statement of the transaction
                // flush its pending terms.)
                try db.execute(sql: """
                    INSERT INTO passage_fts(passage_fts, rowid, text, symbols)
                    SELECT 'delete', id, text, symbols FROM passage WHERE document_id = ?
                    """, arguments: [old])
                try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [old])
            }
            let id = try RowWriter(db, language: d.language).insert("document", [
                "path": d.path, "sha256": d.sha256, "language": d.language, "kind": d.kind, "bytes": d.bytes,
                "ingested_at": ISO8601DateFormatter().string(from: Date()),
            ])
            switch d.content {
            case .repertoire(let result):
                try FactsRows(result: result, document: id, scanner: SymbolScanner(profile: .profile(for: result.facts.language))).write(db)
            case .officialVotes(let records): try OfficialRows.write(votes: records, document: id, db)
            case .officialText(let text): try OfficialRows.write(text: text, document: id, db)
            }
            // Last, in one statement: the document's passages into the full-text index.
            try db.execute(sql: "INSERT INTO passage_fts(rowid, text, symbols) SELECT id, text, symbols FROM passage WHERE document_id = ?",
                           arguments: [id])
        }
    }

    public func beginBulkWrite() throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('automerge', 0)")
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('crisismerge', 64)")
        }
    }

    public func endBulkWrite(merge: Bool) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('automerge', 4)")
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('crisismerge', 16)")
            if merge { try db.execute(sql: "INSERT INTO passage_fts(passage_fts) VALUES ('optimize')") }
        }
    }

    public func counts() throws -> [(table: String, rows: Int)] {
        let tables = ["document", "agenda_item", "meeting", "videoconference", "decision", "event", "footnote",
                      "participation", "symbol", "citation", "finding", "official_decision", "member_vote", "official_text", "passage"]
        return try writer.read { db in
            try tables.map { ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0) }
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
            do { try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)") }
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
