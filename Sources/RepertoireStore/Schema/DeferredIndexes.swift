import GRDB

/// Indexes a large ingest sets aside while it writes and makes again, whole, at its end. Their keys (a symbol, a
/// state's code) fall anywhere in the index, so each row written changed a page far from the last one: with SQLite's
/// page cache of 2 MiB, the 460,000 citations, participations and sponsors of the benchmark's 50 MB were written
/// in 6.1 s, against 1.7 s without them and 0.4 s to make the three indexes at the end, from sorted rows. Nothing an
/// ingest reads needs them: they serve the pages and queries of a symbol or a state (which, while an ingest runs
/// beside a server, are slower but right).
///
/// Each definition is the schema's own (a test compares them with a database fresh from the migrations), made again
/// `IF NOT EXISTS`: at the end of the ingest, and at the next opening of the database for writing if that ingest
/// was interrupted.
enum DeferredIndexes {
    static let all: [(name: String, sql: String)] = [
        ("citation_symbol", "CREATE INDEX citation_symbol ON citation(symbol)"),
        ("participation_iso3", "CREATE INDEX participation_iso3 ON participation(iso3, role)"),
        ("sponsor_iso3", "CREATE INDEX sponsor_iso3 ON sponsor(iso3)"),
    ]

    /// Worth it when what comes is at least as large as what is stored (each index is made again from every row),
    /// and large enough that keeping the indexes up costs more than making them (8 MiB: about 150 documents).
    static func worthSettingAside(incomingBytes: Int, storedBytes: Int) -> Bool {
        incomingBytes >= 8 << 20 && incomingBytes >= storedBytes
    }

    static func setAside(_ db: Database) throws {
        for index in all { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
    }

    /// The names of those missing (an ingest set them aside and has not ended, or stopped midway).
    static func missing(_ db: Database) throws -> [String] {
        let present = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        return all.map(\.name).filter { !present.contains($0) }
    }

    /// Makes again those missing; nothing where all are there.
    static func restore(_ db: Database) throws {
        for index in all {
            try db.execute(sql: index.sql.replacingOccurrences(of: "CREATE INDEX ", with: "CREATE INDEX IF NOT EXISTS "))
        }
    }
}
