import GRDB
import RepertoireModel

/// Inserting rows with cached statements: `db.insert("meeting", ["record": ..., ...])` returns the row id.
extension Database {
    @discardableResult
    func insert(_ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Int64 {
        let columns = values.map(\.key)
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let statement = try cachedStatement(sql: sql)
        try statement.execute(arguments: StatementArguments(values.map(\.value)))
        return lastInsertedRowID
    }

    /// Makes sure the symbol has its row (kind and link in the document's language).
    func register(_ symbol: DocumentSymbol, language: String) throws {
        try cachedStatement(sql: "INSERT OR IGNORE INTO symbol (compact, kind, link) VALUES (?, ?, ?)")
            .execute(arguments: [symbol.compact, symbol.kind.rawValue, symbol.link(language: language)])
    }
}

extension Locations {
    /// `[12,13]`: the input lines, as the JSON array the `lines` columns hold.
    var json: String { "[" + lines.map(String.init).joined(separator: ",") + "]" }
}

extension Array where Element == Int {
    var linesJSON: String { Locations(self).json }
}
