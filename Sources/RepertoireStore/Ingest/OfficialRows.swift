import RepertoireModel
import RepertoireOfficial
import RepertoireParsing

/// The rows of the UN's official data under its `document` row: vote records (data_extract) with per-member
/// votes and sponsors, or one Akoma Ntoso text with its paragraphs for full-text search.
enum OfficialRows {
    static let document = SQLValue.document

    static func batch(votes: [VoteRecord]) -> RowBatch {
        var db = RowBatch(language: "en")
        for r in votes {
            db.register(r.symbol)
            let id = db.insert("official_decision", [
                "document_id": document, "symbol": r.symbol.compact, "venue": r.venue.rawValue,
                "meeting": r.meeting?.compact, "date": r.date?.iso, "agenda_item_name": r.agendaItemName,
                "adoption_type": r.adoptionType, "unanimous": r.unanimous, "chapter_vii": r.chapterVII,
                "title": r.title, "draft": r.draft?.compact, "outcome_letter": r.outcomeLetter?.compact,
                "votes_for": r.counts.for, "votes_against": r.counts.against, "votes_abstaining": r.counts.abstaining,
                "line": r.line,
            ])
            cite(r.symbol, line: r.line, &db)
            for option in VoteOption.allCases {
                for member in r.voters[option] ?? [] {
                    db.insert("member_vote", orIgnore: true, ["official_decision_id": id, "state": member.name, "iso3": member.code, "vote": option.rawValue])
                }
            }
            for (k, member) in r.sponsors.enumerated() {
                db.insert("official_sponsor", ["official_decision_id": id, "position": k, "name": member.name, "iso3": member.code])
            }
        }
        return db
    }

    static func batch(text t: OfficialText) -> RowBatch {
        var db = RowBatch(language: t.language)
        db.register(t.symbol)
        db.insert("official_text", [
            "document_id": document, "symbol": t.symbol.compact, "kind": t.kind.rawValue, "language": t.language,
            "title": t.title, "adoption_date": t.adoptionDate?.iso, "meeting": t.meeting?.compact, "chapter_vii": t.chapterVII,
        ])
        cite(t.symbol, line: 0, &db)
        for symbol in t.citedSymbols { cite(symbol, line: 0, &db) }
        // The title passage carries the text's own symbol; a paragraph, the symbols it cites.
        let scanner = SymbolScanner(profile: .profile(for: t.language))
        for (k, text) in ([t.title] + (t.preamble + t.operative).map(\.text)).enumerated() where !text.isEmpty {
            let symbols = k == 0 ? [t.symbol] : scanner.symbols(in: text)
            db.passage(text: text, [
                "document_id": document, "source": "official_text", "agenda_item": SQLValue.null, "symbol": t.symbol.compact,
                "language": t.language, "symbols": symbols.map(\.compact).joined(separator: " "), "line": SQLValue.null, "lines": "[]",
            ])
        }
        return db
    }

    private static func cite(_ symbol: DocumentSymbol, line: Int, _ db: inout RowBatch) {
        db.cite(symbol, line: line, context: "official")
    }
}
