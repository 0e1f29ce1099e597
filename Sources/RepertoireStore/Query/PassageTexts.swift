import Foundation
import GRDB

/// Passages' texts where they are kept as recipes over their source lines (`PassageRecipe`): the lines are read from
/// the document's blocks (`source_block`), only the blocks holding them inflated, each once.
enum PassageTexts {
    /// A passage as stored: its text, or its recipe and the lines it reads.
    struct Stored {
        let id: Int64, document: Int64
        let text: String?, recipe: String?, lines: String
    }

    static let columns = "id, document_id, text, recipe, lines"

    static func stored(_ row: Row) -> Stored {
        Stored(id: row["id"], document: row["document_id"], text: row["text"], recipe: row["recipe"], lines: row["lines"] ?? "[]")
    }

    /// Each passage's text, by id. A recipe that does not read (its lines missing) gives no text: the passage is
    /// left out, never given another text.
    static func texts(_ passages: [Stored], _ db: Database) throws -> [Int64: String] {
        var texts: [Int64: String] = [:]
        var byDocument: [Int64: [(Stored, [Int])]] = [:]
        for p in passages {
            if let text = p.text { texts[p.id] = text; continue }
            guard p.recipe != nil else { continue }
            byDocument[p.document, default: []].append((p, numbers(p.lines)))
        }
        for (document, wanted) in byDocument {
            let lines = try self.lines(Set(wanted.flatMap(\.1)), document: document, db)
            for (p, numbers) in wanted {
                guard let raw = raw(numbers, lines), let recipe = p.recipe, let text = PassageRecipe.apply(recipe, to: raw) else { continue }
                texts[p.id] = String(decoding: text, as: UTF8.self)
            }
        }
        return texts
    }

    /// The passages of a document with their texts, in their order, `chunk` at a time (`body` called for each chunk):
    /// memory holds a chunk and its blocks, whatever the document's length.
    static func each(document: Int64, chunk: Int = 2_000, _ db: Database, _ body: ([(id: Int64, text: String, symbols: String)]) throws -> Void) throws {
        var after: Int64 = -1
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(columns), symbols FROM passage WHERE document_id = ? AND id > ? ORDER BY id LIMIT ?
                """, arguments: [document, after, chunk])
            guard let last = rows.last else { return }
            let texts = try self.texts(rows.map(stored), db)
            try body(rows.compactMap { row in
                let id: Int64 = row["id"]
                return texts[id].map { (id, $0, row["symbols"] ?? "") }
            })
            after = last["id"]
        }
    }

    /// The lines numbered `wanted` of a document as `source_block` keeps them.
    static func lines(_ wanted: Set<Int>, document: Int64, _ db: Database) throws -> [Int: ArraySlice<UInt8>] {
        guard let low = wanted.min(), let high = wanted.max() else { return [:] }
        var found: [Int: ArraySlice<UInt8>] = [:]
        // Prepared once a connection: a page of results asks it for each document.
        let blocks = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT first_line, line_count, bytes, zlib FROM source_block
            WHERE document_id = ? AND first_line <= ? AND first_line + line_count > ? ORDER BY first_line
            """), arguments: [document, high, low])
        while let block = try blocks.next() {
            let first: Int = block["first_line"], count: Int = block["line_count"]
            let inBlock = wanted.filter { $0 >= first && $0 < first + count }
            // Inflated up to the last line asked of it.
            guard let last = inBlock.max(),
                  let bytes = Zlib.decompress([UInt8]((block["zlib"] as Data?) ?? Data()), size: block["bytes"] ?? -1, lines: last - first + 1)
            else { continue }
            for (number, range) in SourceBlocks.ranges(inBlock, of: bytes, firstLine: first) {
                found[number] = bytes[range]
            }
        }
        return found
    }

    /// A passage's lines joined by `\n`, what its recipe reads; nil where one of them is missing.
    static func raw(_ numbers: [Int], _ lines: [Int: ArraySlice<UInt8>]) -> [UInt8]? {
        var raw: [UInt8] = []
        for (k, n) in numbers.enumerated() {
            guard let line = lines[n] else { return nil }
            if k > 0 { raw.append(0x0A) }
            raw.append(contentsOf: line)
        }
        return raw
    }

    /// `[12,13]` as numbers.
    static func numbers(_ json: String) -> [Int] {
        var out: [Int] = [], n = 0, digits = false
        for b in json.utf8 {
            if b >= 0x30 && b <= 0x39 { n = n * 10 + Int(b - 0x30); digits = true } else if digits { out.append(n); n = 0; digits = false }
        }
        if digits { out.append(n) }
        return out
    }
}
