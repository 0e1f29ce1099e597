import GRDB
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

    /// `insert("meeting", ["record": ..., ...])`: the new row's id.
    @discardableResult
    func insert(_ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Int64 {
        let statement = try prepared(table, values)
        statement.setUncheckedArguments(StatementArguments(values.map(\.value)))
        try statement.execute()
        return db.lastInsertedRowID
    }

    private func prepared(_ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Statement {
        if let cached = statements[table], cached.keys.elementsEqual(values.lazy.map(\.key)) { return cached.statement }
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
