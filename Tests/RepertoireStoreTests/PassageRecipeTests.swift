import Foundation
import Testing
import GRDB
@testable import RepertoireStore

/// A passage's text kept as a recipe over its source lines: what the parser made of the lines comes back exactly,
/// a recipe that would not be shorter is not kept, a damaged one gives nothing, and others can read it.
@Suite("Store: passages as recipes over their lines")
struct PassageRecipeTests {
    /// Lines as `source_block` keeps them (joined by `\n`), the text the parser read from them, the recipe expected
    /// (nil: the text is kept as it is).
    @Test(arguments: [
        // A footnote: its number and the space after it passed over.
        ("905 关于会议形式的更多信息见第二部分，第二节。", "关于会议形式的更多信息见第二部分，第二节。", "[-4,63]" as String?),
        // A Chinese paragraph over two lines: joined without a space, a footnote marker inside it left out.
        ("通过决定。905 安理会通过了\n四项决议，其中一项", "通过决定。安理会通过了四项决议，其中一项", "[15,-4,18,-1,27]"),
        // English lines joined by a space.
        ("The Council held\nthree meetings under the item", "The Council held three meetings under the item", "[16,-1,\" \",29]"),
        // A word cut at a line's end and joined again.
        ("the peace-\nkeeping operations of the United Nations", "the peacekeeping operations of the United Nations", "[9,-2,40]"),
        // A heading's number followed by two spaces, one kept.
        ("35.  维护国际和平与安全", "35. 维护国际和平与安全", "[4,-1,27]"),
        // Two characters that share their first two bytes (会 E4 BC 9A, 伛 E4 BC 9B): the copy stops before them.
        ("安理会通过决议并发表声明", "安理伛通过决议并发表声明", "[6,-3,\"伛\",27]"),
        // Nothing in common: written whole it would be longer than the text.
        ("abc", "完全不同的文字内容", nil),
        // A text too short for a recipe to be shorter.
        ("a", "a", nil),
    ])
    func aTextFromItsLines(_ raw: String, _ text: String, _ expected: String?) throws {
        let recipe = PassageRecipe.make(text: Array(text.utf8), raw: Array(raw.utf8))
        #expect(recipe == expected)
        if let recipe { #expect(PassageRecipe.apply(recipe, to: Array(raw.utf8)) == Array(text.utf8)) }
    }

    /// What a recipe writes is JSON: quotes, backslashes and line feeds escaped, and read back.
    @Test func writtenTextIsEscaped() throws {
        let raw = Array(String(repeating: "安理会通过了决议。", count: 4).utf8)
        let text = Array((String(repeating: "安理会通过了决议。", count: 2) + "“\"\\\n\t”" + String(repeating: "安理会通过了决议。", count: 2)).utf8)
        let recipe = try #require(PassageRecipe.make(text: text, raw: raw))
        #expect(recipe.contains("\\\"\\\\\\n\\t"))
        #expect(PassageRecipe.apply(recipe, to: raw) == text)
        let steps = try #require(try JSONSerialization.jsonObject(with: Data(recipe.utf8)) as? [Any])
        #expect(steps.count == 3)
    }

    /// A recipe not made here, or its lines changed: nil, never a crash nor another text.
    @Test(arguments: ["", "[", "]", "[5]", "[-1,\"x\"", "[0]", "[1,-9,1]", "[\"\\u12\"]", "abc", "[1 2]x", "[99999999999]"])
    func aDamagedRecipeGivesNothing(_ recipe: String) {
        #expect(PassageRecipe.apply(recipe, to: Array("abcd".utf8)) == nil)
    }

    /// Every passage of the samples is kept once, as text or recipe; the footnotes' and table notes' texts made
    /// from their lines are those their own tables hold, as the parser read them.
    @Test func theSamplesPassagesComeBack() throws {
        let store = Fixture.store
        try store.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM passage WHERE (text IS NULL) = (recipe IS NULL)") == 0)
            let recipes = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage WHERE recipe IS NOT NULL") ?? 0
            let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage WHERE source <> 'official_text'") ?? 0
            #expect(recipes * 10 > all * 9, "\(recipes) of \(all) passages as recipes")
            var compared = 0
            for document in try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE kind = 'repertoire'") {
                var texts: [Int64: String] = [:], count = 0
                try PassageTexts.each(document: document, chunk: 50, db) { chunk in
                    for p in chunk { texts[p.id] = p.text }
                    count += chunk.count
                }
                #expect(count == (try Int.fetchOne(db, sql: "SELECT count(*) FROM passage WHERE document_id = ?", arguments: [document])))
                for row in try Row.fetchAll(db, sql: """
                    SELECT p.id, coalesce(f.text, n.text) AS text FROM passage p
                    LEFT JOIN footnote f ON p.source = 'footnote' AND f.document_id = p.document_id AND f.line = p.line
                    LEFT JOIN table_note n ON p.source = 'table_note' AND n.document_id = p.document_id AND n.lines = p.lines
                    WHERE p.document_id = ? AND coalesce(f.text, n.text) IS NOT NULL
                    """, arguments: [document]) {
                    #expect(texts[row["id"] as Int64] == row["text"] as String)
                    compared += 1
                }
            }
            #expect(compared > 100)
        }
    }

    /// Python reads a passage's text with the recipe `docs/schema.md` gives: each footnote's is its table's.
    @Test func pythonReadsARecipe() throws {
        let script = """
        import json, sqlite3, sys, zlib
        db = sqlite3.connect(sys.argv[1])
        def passage_text(passage_id):
            text, recipe, document, lines = db.execute(
                "SELECT text, recipe, document_id, lines FROM passage WHERE id = ?", (passage_id,)).fetchone()
            if recipe is None:
                return text
            numbers = json.loads(lines)
            source = {}
            for first, packed in db.execute("SELECT first_line, zlib FROM source_block WHERE document_id = ?"
                                            " AND first_line <= ? AND first_line + line_count > ?", (document, max(numbers), min(numbers))):
                for k, line in enumerate(zlib.decompress(packed).split(b"\\n")):
                    source[first + k] = line
            raw = b"\\n".join(source[n] for n in numbers)
            out, at = b"", 0
            for step in json.loads(recipe):
                if isinstance(step, str): out += step.encode()
                elif step > 0: out += raw[at:at + step]; at += step
                else: at -= step
            return out.decode()
        same = 0
        for passage_id, expected in db.execute("SELECT p.id, f.text FROM passage p JOIN footnote f ON f.document_id = p.document_id"
                                               " AND f.line = p.line WHERE p.source = 'footnote' AND p.recipe IS NOT NULL"):
            assert passage_text(passage_id) == expected, (passage_id, passage_text(passage_id), expected)
            same += 1
        print(same)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Fixture.ingested.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors, as: UTF8.self))")
        #expect((Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100)
    }

    /// A database whose passages held their text is migrated: the texts become recipes over the lines kept, and
    /// search gives the same snippets.
    @Test func anEarlierDatabaseIsMigrated() throws {
        let lines = "35.  维护国际和平与安全\n在本文件所述期间，安理会举行了\n3 次会议。905\n905 关于会议形式的更多信息见第二部分。\n"
        let path = try Fixture.earlierDatabase(upTo: "v12: an item's rows by its number, its events in their order") { db in
            for block in SourceBlocks.split(Array(lines.utf8)) {
                try db.execute(sql: "INSERT INTO source_block (document_id, first_line, line_count, bytes, zlib) VALUES (1, ?, ?, ?, ?)",
                               arguments: [block.firstLine, block.lines, block.range.count, Data(SourceBlocks.compress(Array(lines.utf8)[block.range]) ?? [])])
            }
            for (id, source, text, numbers) in [(1, "heading", "35. 维护国际和平与安全", "[1]"), (2, "paragraph", "在本文件所述期间，安理会举行了3 次会议。", "[2,3]"),
                                                (3, "footnote", "关于会议形式的更多信息见第二部分。", "[4]"), (4, "paragraph", "不在这些行里的一段话，原样保留。", "[9]")] {
                try db.execute(sql: "INSERT INTO passage (id, document_id, source, language, text, line, lines) VALUES (?, 1, ?, 'zh', ?, ?, ?)",
                               arguments: [id, source, text, PassageTexts.numbers(numbers)[0], numbers])
                let index = PortableIndex.texts(text)
                try db.execute(sql: "INSERT INTO passage_index (rowid, words, pairs) VALUES (?, ?, ?)", arguments: [id, index.words, index.pairs])
            }
        }
        defer { Fixture.remove(path) }
        let store = try SQLiteStore(path: path)
        let stored = try store.read { db in try Row.fetchAll(db, sql: "SELECT id, text, recipe FROM passage ORDER BY id") }
        #expect(stored.map { $0["recipe"] as String? } == ["[4,-1,27]", "[45,-1,14]", "[-4,51]", nil])
        #expect(stored.map { $0["text"] as String? } == [nil, nil, nil, "不在这些行里的一段话，原样保留。"])
        #expect(try store.search(SearchQuery("安理会")).column("snippet") == [.text("在本文件所述期间，[安理会]举行了3 次会议。")])
        #expect(try store.search(SearchQuery("会议形式")).column("snippet") == [.text("关于[会议形式]的更多信息见第二部分。")])
        #expect(try store.search(SearchQuery("原样")).column("snippet") == [.text("不在这些行里的一段话，[原样]保留。")])
    }
}
