import GRDB
import GRDBSQLite

/// Writes a `RowBatch` in the current transaction: each row bound and stepped with SQLite's C API (GRDB's
/// generic argument handling cost three times the insert itself), `row(k)` and `document` resolved to ids.
enum BatchWriter {
    @discardableResult
    static func write(_ batch: RowBatch, document: Int64, _ db: Database) throws -> [Int64] {
        let statements = try batch.statements.map { try db.cachedStatement(sql: $0) }
        var ids: [Int64] = []
        ids.reserveCapacity(batch.rows.count)
        for row in batch.rows {
            let statement = statements[row.statement].sqliteStatement
            for (i, value) in row.values.enumerated() {
                let index = Int32(i + 1)
                switch value {
                case .integer(let n): sqlite3_bind_int64(statement, index, n)
                case .real(let d): sqlite3_bind_double(statement, index, d)
                case .text(var text):
                    // The string's own UTF-8 bytes, copied once by SQLite (no C string made on the way).
                    text.withUTF8 { bytes in
                        _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                            .assumingMemoryBound(to: CChar.self), Int32(bytes.count), SQLITE_TRANSIENT)
                    }
                case .blob(let bytes):
                    bytes.withUnsafeBytes { raw in
                        _ = sqlite3_bind_blob(statement, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, Int32(raw.count), SQLITE_TRANSIENT)
                    }
                case .row(let r): sqlite3_bind_int64(statement, index, ids[r])
                case .document: sqlite3_bind_int64(statement, index, document)
                case .null: sqlite3_bind_null(statement, index)
                }
            }
            let code = sqlite3_step(statement)
            sqlite3_reset(statement)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: batch.statements[row.statement])
            }
            ids.append(sqlite3_last_insert_rowid(db.sqliteConnection))
        }
        return ids
    }

    /// Inserts one row at once (the `document` row): its id.
    static func insert(_ table: String, _ values: KeyValuePairs<String, any SQLBindable>, _ db: Database) throws -> Int64 {
        var batch = RowBatch(language: "")
        batch.insert(table, values)
        return try write(batch, document: 0, db)[0]
    }
}

/// Tells SQLite to copy a bound text at once (the Swift string's storage is gone after the call).
private let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
