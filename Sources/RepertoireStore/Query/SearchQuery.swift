import GRDB
import RepertoireModel
import RepertoireParsing

/// A full-text question: words, Chinese text of any length (one character too), or a document symbol.
public struct SearchQuery: Sendable {
    public var text: String
    public var item: Int?
    public var limit: Int
    /// Put around each matched run in the snippet (`[`…`]` for a terminal, `<mark>`…`</mark>` for a page).
    public var highlight: (open: String, close: String)
    /// How many matching passages are ranked at most (see `SQLiteStore.search`).
    public static let rankingWindow = 500

    public init(_ text: String, item: Int? = nil, limit: Int = 20, highlight: (open: String, close: String) = ("[", "]")) {
        (self.text, self.item, self.limit, self.highlight) = (text, item, limit, highlight)
    }

    /// The FTS5 pattern: each space-separated term a quoted phrase (quotes doubled), all required; a term or
    /// the whole text that reads as a document symbol becomes that symbol's compact token. Nil when the
    /// query has no searchable token.
    public var pattern: String? {
        // Control characters separate terms: FTS5 reads a NUL as the end of its query (a `%00` in a URL made an
        // unterminated phrase, a SQLite error, a 500).
        let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
            .trimmingSpaces
        if trimmed.contains("/"), let symbol = DocumentSymbol(trimmed) { return Self.phrase(symbol.compact) }
        // A symbol in the document's own words (`第 2532(2020)号决议`) is searched as the symbol.
        let hits = SymbolScanner(profile: .chinese).scan(Array(trimmed.utf8))
        if hits.count == 1 {
            var rest = Array(trimmed.utf8)
            rest.removeSubrange(hits[0].range)
            let words = String(decoding: rest, as: UTF8.self).filter { !$0.isWhitespace }
            // Only the form's own few characters around it (第 … 号决议), no other words.
            if words.count <= 6, !words.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                return Self.phrase(hits[0].symbol.compact)
            }
        }
        let terms = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{3000}" })
            .map { term -> String in
                let t = String(term)
                if t.contains("/"), let symbol = DocumentSymbol(t) { return symbol.compact }
                return t
            }
            .filter { !SearchTokens.tokens($0, query: true).isEmpty }
        guard !terms.isEmpty else { return nil }
        return terms.map(Self.phrase).joined(separator: " ")
    }

    static func phrase(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SQLiteStore {
    /// Passages matching the query, best first (bm25), with a highlighted snippet. A query matching more than
    /// `SearchQuery.rankingWindow` passages is ranked among the first that many in storage order, so that a
    /// one-character query over a large database stays fast; rarer queries are ranked over all their matches.
    public func search(_ search: SearchQuery) throws -> Rows {
        guard let pattern = search.pattern else { return Rows(columns: Self.searchColumns) }
        var filter = ""
        var arguments: [(any DatabaseValueConvertible)?] = [pattern]
        if let item = search.item { filter = " AND p.agenda_item = ?"; arguments.append(item) }
        arguments += [SearchQuery.rankingWindow, max(0, search.limit), search.highlight.open, search.highlight.close, pattern]
        let sql = """
        WITH hits AS (
          SELECT passage_fts.rowid AS id, bm25(passage_fts) AS score
          FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid
          WHERE passage_fts MATCH ?\(filter)
          LIMIT ?
        ), top AS (SELECT id, score FROM hits ORDER BY score, id LIMIT ?)
        SELECT p.source, p.agenda_item AS item, p.symbol, d.name AS document, p.line,
          snippet(passage_fts, 0, ?, ?, '…', 32) AS snippet, round(top.score, 3) AS rank
        FROM top JOIN passage_fts ON passage_fts.rowid = top.id
        JOIN passage p ON p.id = top.id JOIN document d ON d.id = p.document_id
        WHERE passage_fts MATCH ?
        ORDER BY top.score, top.id
        """
        return try read { db in try Rows.fetch(db, sql: sql, arguments: StatementArguments(arguments)) }
    }

    static let searchColumns = ["source", "item", "symbol", "document", "line", "snippet", "rank"]

    /// All that is known of a symbol, by section.
    public func show(_ symbol: DocumentSymbol) throws -> [(section: String, rows: Rows)] {
        let s = symbol.compact
        let sections: [(String, String)] = [
            ("symbol", "SELECT compact AS symbol, kind, link FROM symbol WHERE compact = ?"),
            ("citations", """
                SELECT d.name AS document, nullif(c.line, 0) AS line, c.context FROM citation c JOIN document d ON d.id = c.document_id
                WHERE c.symbol = ? ORDER BY d.path, c.line, c.context
                """),
            ("decisions", """
                SELECT x.kind, x.date, x.agenda_item AS item,
                  CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote,
                  x.unanimous, x.chapter_vii, x.venue, x.record, d.name AS document, x.lines
                FROM practice_decision x JOIN document d ON d.id = x.document_id WHERE x.symbol = ? ORDER BY d.path, x.position
                """),
            ("listed", """
                SELECT coalesce(m.record, v.record, v.title) AS occasion, coalesce(m.date, v.date) AS date,
                  CASE WHEN l.votes_for IS NULL THEN NULL ELSE l.votes_for || '-' || l.votes_against || '-' || l.votes_abstaining END AS vote,
                  l.chapter_vii, d.name AS document, l.lines
                FROM listed_decision l LEFT JOIN practice_meeting m ON m.id = l.meeting_id LEFT JOIN practice_videoconference v ON v.id = l.videoconference_id
                JOIN document d ON d.id = coalesce(m.document_id, v.document_id)
                WHERE l.symbol = ? ORDER BY date
                """),
            ("meetings", """
                SELECT m.agenda_item AS item, m.record, m.date, m.sub_item, d.name AS document, m.lines
                FROM practice_meeting m JOIN document d ON d.id = m.document_id WHERE m.record = ?
                   OR m.id IN (SELECT meeting_id FROM continuation WHERE record = ?1) ORDER BY d.path
                """),
            ("official_record", """
                SELECT o.venue, o.meeting, o.date, o.adoption_type,
                  o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining AS vote, o.unanimous, o.chapter_vii,
                  o.draft, o.title, d.name AS document, o.line
                FROM official_decision o JOIN document d ON d.id = o.document_id WHERE o.symbol = ?
                """),
            ("member_votes", """
                SELECT v.state, v.iso3, v.vote FROM member_vote v JOIN official_decision o ON o.id = v.official_decision_id
                WHERE o.symbol = ? ORDER BY v.vote, v.state
                """),
            ("official_texts", """
                SELECT t.language, t.title, t.adoption_date, t.meeting, t.chapter_vii, d.name AS document
                FROM official_text t JOIN document d ON d.id = t.document_id WHERE t.symbol = ? ORDER BY t.language
                """),
            ("findings", """
                SELECT f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects, d.name AS document, f.line, f.lines FROM practice_finding f JOIN document d ON d.id = f.document_id
                WHERE EXISTS (SELECT 1 FROM json_each(f.subjects) WHERE value = ?) ORDER BY d.path, f.line
                """),
        ]
        return try read { db in
            try sections.map { name, sql in (name, try Rows.fetch(db, sql: sql, arguments: [s])) }
        }
    }
}
