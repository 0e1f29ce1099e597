import GRDB
import RepertoireModel
import RepertoireOfficial
import RepertoireParsing

/// Writes the UN's official data under its `document` row: vote records (data_extract) with per-member votes
/// and sponsors, or one Akoma Ntoso text with its paragraphs for full-text search.
enum OfficialRows {
    static func write(votes: [VoteRecord], document: Int64, _ database: Database) throws {
        let db = RowWriter(database, language: "en")
        for r in votes {
            try db.register(r.symbol)
            let id = try db.insert("official_decision", [
                "document_id": document, "symbol": r.symbol.compact, "venue": r.venue.rawValue,
                "meeting": r.meeting?.compact, "date": r.date?.iso, "agenda_item_name": r.agendaItemName,
                "adoption_type": r.adoptionType, "unanimous": r.unanimous, "chapter_vii": r.chapterVII,
                "title": r.title, "draft": r.draft?.compact, "outcome_letter": r.outcomeLetter?.compact,
                "votes_for": r.counts.for, "votes_against": r.counts.against, "votes_abstaining": r.counts.abstaining,
                "line": r.line,
            ])
            try cite(r.symbol, document: document, line: r.line, db)
            for option in VoteOption.allCases {
                for member in r.voters[option] ?? [] {
                    try database.cachedStatement(sql: "INSERT OR IGNORE INTO member_vote (official_decision_id, state, iso3, vote) VALUES (?, ?, ?, ?)")
                        .execute(arguments: [id, member.name, member.code, option.rawValue])
                }
            }
            for (k, member) in r.sponsors.enumerated() {
                try db.insert("official_sponsor", ["official_decision_id": id, "position": k, "name": member.name, "iso3": member.code])
            }
        }
    }

    static func write(text t: OfficialText, document: Int64, _ database: Database) throws {
        let db = RowWriter(database, language: t.language)
        try db.register(t.symbol)
        try db.insert("official_text", [
            "document_id": document, "symbol": t.symbol.compact, "kind": t.kind.rawValue, "language": t.language,
            "title": t.title, "adoption_date": t.adoptionDate?.iso, "meeting": t.meeting?.compact, "chapter_vii": t.chapterVII,
        ])
        try cite(t.symbol, document: document, line: 0, db)
        for symbol in t.citedSymbols { try cite(symbol, document: document, line: 0, db) }
        // The title passage carries the text's own symbol; a paragraph, the symbols it cites.
        let scanner = SymbolScanner(profile: .profile(for: t.language))
        for (k, text) in ([t.title] + (t.preamble + t.operative).map(\.text)).enumerated() where !text.isEmpty {
            let symbols = k == 0 ? [t.symbol] : scanner.symbols(in: text)
            try db.insert("passage", [
                "document_id": document, "source": "official_text", "agenda_item": nil, "symbol": t.symbol.compact,
                "language": t.language, "text": text, "symbols": symbols.map(\.compact).joined(separator: " "), "line": nil, "lines": "[]",
            ])
        }
    }

    private static func cite(_ symbol: DocumentSymbol, document: Int64, line: Int, _ db: RowWriter) throws {
        try db.cite(symbol, document: document, line: line, context: "official")
    }
}
