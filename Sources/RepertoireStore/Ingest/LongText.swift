import GRDB
import Foundation
import RepertoireModel
import RepertoireParsing
import RepertoireChecks

extension SQLiteStore {
    /// What a long text gave: its findings and warnings.
    public struct LongTextReport: Sendable {
        public var findings = 0
        public var warnings: [String] = []
    }

    /// A long Repertoire text written as it is read, part by part (`PartReader`), in one transaction: each part's
    /// rows are written and its stages dropped before the next is read, so that memory holds the text and one part,
    /// not the rows of the whole (an ingest read whole took about 8 times a file's size). The findings are the whole
    /// text's (`PartFindings`), written last; the practice's key is gathered from every part. Replaces what an
    /// earlier version of the same path left. Throws `InputError` for a text that is not Repertoire text, leaving
    /// nothing.
    public func writeInParts(path: String, name: String, sha256: String, bytes: consuming [UInt8], reader: PartReader,
                             members: [Int: Set<String>]) throws -> LongTextReport {
        let size = bytes.count
        let ingestedAt = ISO8601DateFormatter().string(from: Date())
        var report = LongTextReport()
        var input: [UInt8]? = consume bytes
        try writer.write { db in
            try db.execute(sql: "DELETE FROM table_summary")
            try db.execute(sql: "DELETE FROM item_summary")
            _ = try replace(path: path, unindexed: [], db)
            // The text's language is known once it is read (`whole.language`): set last.
            let id = try BatchWriter.insert("document", [
                "path": path, "name": name, "sha256": sha256, "language": "", "kind": "repertoire", "bytes": size, "ingested_at": ingestedAt,
            ], db)
            var positions = FactsRows.Positions(), checks = PartFindings(members: members), key = PracticeKey()
            var footnotes: [(number: Int, line: Int)] = []
            let text = input.take()!
            let whole = try reader.read(text, file: InputPaths.fileName(path)) { part in
                report.warnings += part.result.warnings.map { "\(path):\($0.line): warning: \($0.message)" }
                let batch = FactsRows.batch(part: part.result, lines: part.lines, start: positions)
                let ids = try BatchWriter.write(batch, document: id, db)
                try index(batch.fullText.map { (ids[$0.row], $0.words, $0.pairs) }, db)
                positions.add(part.result.facts)
                key.add(part.result.facts)
                footnotes += part.result.facts.footnotes.map { ($0.number, $0.locations.first ?? 0) }
                checks.add(part)
            }
            let findings = checks.finish(footnotes: footnotes)
            try BatchWriter.write(FactsRows.batch(findings: findings, language: whole.language), document: id, db)
            report.findings = findings.count
            try db.execute(sql: "UPDATE document SET language = ? WHERE id = ?", arguments: [whole.language, id])
            try joinPractice(id, key: key.text, language: whole.language, db)
        }
        return report
    }

    /// Puts passages into the full-text index, their words and pairs prepared (`PortableIndex.texts`): one statement.
    func index(_ passages: [(Int64, [UInt8], [UInt8])], _ db: Database) throws {
        guard let first = passages.map(\.0).min(), let last = passages.map(\.0).max() else { return }
        try preparedText.with(passages) {
            try db.execute(sql: """
                INSERT INTO \(PortableIndex.table)(rowid, words, pairs)
                SELECT id, \(PreparedText.function)(id, 0, ''), \(PreparedText.function)(id, 1, '') FROM passage WHERE id BETWEEN ? AND ?
                """, arguments: [first, last])
        }
    }
}
