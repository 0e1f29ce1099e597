import GRDB
import GRDBSQLite
import RepertoireModel

/// Writes the rows of one document in its transaction: one prepared statement per table, symbols
/// registered once, citations without repeats.
final class RowWriter {
    let db: Database
    let language: String
    private var statements: [String: (keys: [String], statement: Statement)] = [:]
    private var registered: Set<String> = []

    init(_ db: Database, language: String) {
        self.db = db
        self.language = language
    }

    /// `insert("meeting", ["record": ..., ...])`: the new row's id. Every row of a table names the same columns in
    /// the same order (one prepared statement a table). The values are bound and stepped with SQLite's C API:
    /// GRDB's generic argument handling cost three times the insert itself.
    @discardableResult
    func insert(_ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Int64 {
        let statement = try prepared(table, values).sqliteStatement
        var index: Int32 = 1
        for pair in values {
            switch pair.value?.databaseValue.storage {
            case .int64(let i)?: sqlite3_bind_int64(statement, index, i)
            case .double(let d)?: sqlite3_bind_double(statement, index, d)
            case .string(let text)?: sqlite3_bind_text(statement, index, text, -1, SQLITE_TRANSIENT)
            case .blob?, .null?, nil: sqlite3_bind_null(statement, index)
            }
            index += 1
        }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: "INSERT INTO \(table)")
        }
        return db.lastInsertedRowID
    }

    private func prepared(_ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Statement {
        if let cached = statements[table], cached.keys.count == values.count {
            assert(cached.keys.elementsEqual(values.lazy.map(\.key)), "\(table): another column list")  // the tests run checked
            return cached.statement
        }
        let keys = values.map(\.key)
        let sql = "INSERT INTO \(table) (\(keys.joined(separator: ", "))) VALUES (\(keys.map { _ in "?" }.joined(separator: ", ")))"
        let statement = try db.makeStatement(sql: sql)
        statements[table] = (keys, statement)
        return statement
    }

    /// Makes sure the symbol has its row (kind and its link in the document's language).
    func register(_ symbol: DocumentSymbol) throws {
        guard registered.insert(symbol.compact).inserted else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO symbol (compact, kind, link) VALUES (?, ?, ?)")
            .execute(arguments: [symbol.compact, symbol.kind.rawValue, symbol.link(language: language)])
    }

    /// A place the symbol is cited.
    func cite(_ symbol: DocumentSymbol, document: Int64, line: Int, context: String) throws {
        try register(symbol)
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO citation (document_id, symbol, line, context) VALUES (?, ?, ?, ?)")
        statement.setUncheckedArguments([document, symbol.compact, line, context])
        try statement.execute()
    }
}

extension Locations {
    /// `[12,13]`: the input lines, as the JSON array the `lines` columns hold.
    var json: String { "[" + lines.map(String.init).joined(separator: ",") + "]" }
}

extension Array where Element == Int {
    var linesJSON: String { Locations(self).json }
}

/// Tells SQLite to copy a bound text at once (the Swift string's storage is gone after the call).
private let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
