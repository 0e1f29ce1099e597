import GRDB
import RepertoireModel
import RepertoireParsing

/// A full-text question: words, Chinese text of any length (one character too), or a document symbol.
public struct SearchQuery: Sendable {
    public var text: String
    public var item: Int?
    public var limit: Int
    /// The matches to pass over before the first one given (a page's start).
    public var offset = 0
    public var order = Order.automatic
    /// Put around each matched run in the snippet (`[`…`]` for a terminal, `<mark>`…`</mark>` for a page).
    public var highlight: (open: String, close: String)

    /// How the matching passages come. Either way every match is ordered, none left out.
    public enum Order: String, Sendable, CaseIterable {
        /// Best first: bm25 over every matching passage.
        case relevance
        /// As stored: the documents in the order they were ingested, each one's passages in its order.
        case document
        /// Relevance for up to `relevanceLimit` matches; beyond, the document order, which a page of results
        /// reads without scoring every match (a character common to most passages ranks nothing by relevance).
        case automatic
    }

    /// The most matches `automatic` ranks by relevance (10,000: about 20 ms of scoring on two cores).
    public var relevanceLimit = 10_000

    public init(_ text: String, item: Int? = nil, limit: Int = 20, highlight: (open: String, close: String) = ("[", "]")) {
        (self.text, self.item, self.limit, self.highlight) = (text, item, limit, highlight)
    }

    /// The query as the portable index reads it (`PortableIndex`): each term's phrases, all required.
    public var pattern: String? {
        guard let terms = terms else { return nil }
        let phrases = terms.flatMap(PortableIndex.phrases)
        return phrases.isEmpty ? nil : phrases.joined(separator: " ")
    }

    /// The query's terms: the whole query where it is one document symbol (in any written form), else its
    /// space-separated words (a word that reads as a symbol, the symbol's compact form); nil when none.
    var terms: [String]? {
        let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
            .trimmingSpaces
        if trimmed.contains("/"), let symbol = DocumentSymbol(trimmed) { return [symbol.compact] }
        // A symbol in the document's own words (`第 2532(2020)号决议`) is searched as the symbol.
        let hits = SymbolScanner(profile: .chinese).scan(Array(trimmed.utf8))
        if hits.count == 1 {
            var rest = Array(trimmed.utf8)
            rest.removeSubrange(hits[0].range)
            let words = String(decoding: rest, as: UTF8.self).filter { !$0.isWhitespace }
            // Only the form's own few characters around it (第 … 号决议), no other words.
            if words.count <= 6, !words.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                return [hits[0].symbol.compact]
            }
        }
        let terms = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{3000}" })
            .map { term -> String in
                let t = String(term)
                if t.contains("/"), let symbol = DocumentSymbol(t) { return symbol.compact }
                return t
            }
            .filter { !SearchTokens.tokens($0, query: true).isEmpty }
        return terms.isEmpty ? nil : terms
    }

}

/// What a search found: a page of matching passages, how many match in all, and the order they came in.
public struct SearchResult: Sendable {
    public var rows: Rows
    public var count: Int
    /// `relevance` or `document`: the order used (`automatic` resolved by the count).
    public var order: SearchQuery.Order
}

extension SQLiteStore {
    /// Passages matching the query, with a highlighted snippet made from the passage's text (`Highlight`), in the
    /// query's order: best first (bm25 over every match), or in the documents' order; `rank` is the bm25 score, or
    /// null in the documents' order.
    public func find(_ search: SearchQuery) throws -> SearchResult {
        guard let pattern = search.pattern, let terms = search.terms else { return SearchResult(rows: Rows(columns: Self.searchColumns), count: 0, order: .relevance) }
        let count = try searchCount(search)
        var order = search.order
        if order == .automatic { order = count <= search.relevanceLimit ? .relevance : .document }
        var filter = ""
        var arguments: [(any DatabaseValueConvertible)?] = [pattern]
        if let item = search.item { filter = " AND p.agenda_item = ?"; arguments.append(item) }
        arguments += [max(0, search.limit), max(0, search.offset)]
        let index = PortableIndex.table
        // The page is chosen among the index's row ids first; the passages' texts are read for it alone.
        let top = order == .relevance
            ? "SELECT \(index).rowid AS id, bm25(\(index)) AS score FROM \(index) JOIN passage p ON p.id = \(index).rowid WHERE \(index) MATCH ?\(filter) ORDER BY score, id LIMIT ? OFFSET ?"
            : "SELECT \(index).rowid AS id, NULL AS score FROM \(index) JOIN passage p ON p.id = \(index).rowid WHERE \(index) MATCH ?\(filter) ORDER BY \(index).rowid LIMIT ? OFFSET ?"
        let sql = """
        WITH top AS (\(top))
        SELECT p.source, p.agenda_item AS item, p.symbol, d.name AS document, p.line, p.text AS snippet, round(top.score, 3) AS rank,
          p.id, p.document_id, p.recipe, p.lines
        FROM top JOIN passage p ON p.id = top.id JOIN document d ON d.id = p.document_id
        ORDER BY top.score, top.id
        """
        // The texts kept as recipes are made from their lines (`PassageTexts`); the columns that told them go.
        var rows = try read { db in
            var rows = try Rows.fetch(db, sql: sql, arguments: StatementArguments(arguments))
            let n = Self.searchColumns.count, snippet = Self.searchColumns.firstIndex(of: "snippet")!
            let stored = rows.rows.map { row -> PassageTexts.Stored? in
                guard case .integer(let id) = row[n], case .integer(let document) = row[n + 1] else { return nil }
                return PassageTexts.Stored(id: id, document: document, text: row[snippet].string, recipe: row[n + 2].string, lines: row[n + 3].string ?? "[]")
            }
            let texts = try PassageTexts.texts(stored.compactMap { $0?.text == nil ? $0 : nil }, db)
            rows.rows = zip(rows.rows, stored).map { row, p in
                var row = Array(row.prefix(n))
                if let p, p.text == nil { row[snippet] = texts[p.id].map(Rows.Value.text) ?? .null }
                return row
            }
            rows.columns = Self.searchColumns
            return rows
        }
        let highlight = Highlight.terms(terms.joined(separator: " "))
        if let k = rows.columns.firstIndex(of: "snippet") {
            for r in rows.rows.indices {
                guard let text = rows.rows[r][k].string else { continue }
                rows.rows[r][k] = .text(Highlight.snippet(text, terms: highlight, open: search.highlight.open, close: search.highlight.close))
            }
        }
        return SearchResult(rows: rows, count: count, order: order)
    }

    /// The page of matching passages alone (`find`).
    public func search(_ search: SearchQuery) throws -> Rows { try find(search).rows }

    /// How many passages match the query: all of them, however many are ranked and shown.
    public func searchCount(_ search: SearchQuery) throws -> Int {
        guard let pattern = search.pattern else { return 0 }
        let index = PortableIndex.table
        if let item = search.item {
            return try read { db in try Int.fetchOne(db, sql: """
                SELECT count(*) FROM \(index) JOIN passage p ON p.id = \(index).rowid WHERE \(index) MATCH ? AND p.agenda_item = ?
                """, arguments: [pattern, item]) ?? 0 }
        }
        return try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(index) WHERE \(index) MATCH ?", arguments: [pattern]) ?? 0 }
    }

    /// Whether a page of a symbol's citations is found sooner by reading the documents in their paths' order and
    /// each one's citations of the symbol (an index), stopping at the page's end, than by sorting all its
    /// citations: so for a symbol cited in many documents (a resolution cited 676 times: 0.05 ms against 0.23),
    /// not for one cited in a few (every document would be looked at: 1.1 ms against 0.01). Told by the counts
    /// of the last ingest (`symbol_summary`); without them, sorted.
    func citationsAlongPaths(_ symbol: String, limit: Int) throws -> Bool {
        try read { db in
            guard let citations = try Int.fetchOne(db, sql: "SELECT citations FROM symbol_summary WHERE symbol = ?", arguments: [symbol]) else { return false }
            return try Self.alongPaths(rows: citations, limit: limit, db)
        }
    }

    /// Whether `limit` rows of `rows` spread over the documents are found sooner by reading the documents in their
    /// paths' order, each one's rows through an index, until the page is full, than by sorting them all: when the
    /// documents looked at (about `documents × limit / rows`) cost less than the sort (a document looked at costs
    /// about three rows sorted).
    static func alongPaths(rows: Int, limit: Int, _ db: Database) throws -> Bool {
        guard rows > 0 else { return false }
        let documents = try Int.fetchOne(db, sql: "SELECT rows FROM table_summary WHERE name = 'document'")
            ?? Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
        return documents * (limit + 1) / rows * 3 < rows
    }

    static let searchColumns = ["source", "item", "symbol", "document", "line", "snippet", "rank"]

    /// All that is known of a symbol, by section. `limit`: at most this many rows (and one more, to tell that there
    /// are more) in each of the long sections (citations, decisions, listings, meetings, findings).
    public func show(_ symbol: DocumentSymbol, limit: Int?) throws -> [(section: String, rows: Rows)] {
        let s = symbol.compact
        let cut = limit.map { " LIMIT \(max(0, $0) + 1)" } ?? ""
        let alongPaths = try limit.map { try citationsAlongPaths(s, limit: $0) } ?? false
        let sections: [(String, String)] = [
            ("symbol", "SELECT compact AS symbol, kind, link FROM symbol WHERE compact = ?"),
            ("citations", alongPaths ? """
                SELECT d.name AS document, nullif(c.line, 0) AS line, c.context FROM document d CROSS JOIN citation c ON c.document_id = d.id
                WHERE c.symbol = ? ORDER BY d.path, c.line, c.context\(cut)
                """ : """
                SELECT d.name AS document, nullif(c.line, 0) AS line, c.context FROM citation c JOIN document d ON d.id = c.document_id
                WHERE c.symbol = ? ORDER BY d.path, c.line, c.context\(cut)
                """),
            ("decisions", """
                SELECT x.kind, x.date, x.agenda_item AS item,
                  CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote,
                  x.unanimous, x.chapter_vii, x.venue, x.record, d.name AS document, x.lines
                FROM practice_decision x JOIN document d ON d.id = x.document_id WHERE x.symbol = ? ORDER BY d.path, x.position\(cut)
                """),
            ("listed", """
                SELECT coalesce(m.record, v.record, v.title) AS occasion, coalesce(m.date, v.date) AS date,
                  CASE WHEN l.votes_for IS NULL THEN NULL ELSE l.votes_for || '-' || l.votes_against || '-' || l.votes_abstaining END AS vote,
                  l.chapter_vii, d.name AS document, l.lines
                FROM listed_decision l LEFT JOIN meeting m ON m.id = l.meeting_id LEFT JOIN videoconference v ON v.id = l.videoconference_id
                JOIN document d ON d.id = coalesce(m.document_id, v.document_id)
                WHERE l.symbol = ? AND d.edition_of IS NULL ORDER BY date\(cut)
                """),
            ("meetings", """
                SELECT m.agenda_item AS item, m.record, m.date, m.sub_item, d.name AS document, m.lines
                FROM practice_meeting m JOIN document d ON d.id = m.document_id
                WHERE m.id IN (SELECT id FROM meeting WHERE record = ?1 UNION SELECT meeting_id FROM continuation WHERE record = ?1) ORDER BY d.path\(cut)
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
                SELECT f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects, d.name AS document, f.line, f.lines
                FROM finding_subject s CROSS JOIN finding f ON f.id = s.finding_id CROSS JOIN document d ON d.id = f.document_id
                WHERE s.subject = ? AND d.edition_of IS NULL ORDER BY d.path, f.line\(cut)
                """),
        ]
        return try read { db in
            try sections.map { name, sql in (name, try Rows.fetch(db, sql: sql, arguments: [s])) }
        }
    }
}
