import GRDB
import Foundation
import RepertoireModel

/// The questions the web pages and the JSON API ask, beyond the command line's: items, one item, one meeting,
/// one state, findings, totals and the timeline, and the source lines a fact was read from.
extension SQLiteStore {
    /// The practice's items (one row an item of each Supplement part, whatever editions are loaded); titles in
    /// `language` where that language's edition is loaded, else the first edition's.
    /// `limit` rows from `offset` on, cut inside the query (a list of 1,986 items read whole to show 50 took 4 ms).
    public func items(language: String? = nil, limit: Int? = nil, offset: Int = 0) throws -> Rows {
        try read { db in
            // As the last ingest summed them up, in the list's order; else counted now.
            let summed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM item_summary)") == true
            return try Rows.fetch(db, sql: summed ? """
                SELECT a.number AS item, \(EditionText.itemTitle) AS title, a.stated_meetings, a.stated_videoconferences, a.stated_resolutions,
                  a.stated_presidential_statements, s.meetings_found, s.videoconferences_found, s.decisions_found, s.truncated,
                  d.name AS document, a.line
                FROM item_summary s JOIN agenda_item a ON a.id = s.agenda_item_id JOIN document d ON d.id = a.document_id
                ORDER BY s.rank LIMIT ?2 OFFSET ?3
                """ : """
                SELECT a.number AS item, \(EditionText.itemTitle) AS title, a.stated_meetings, a.stated_videoconferences, a.stated_resolutions,
                  a.stated_presidential_statements, \(Self.itemCounts), d.name AS document, a.line
                FROM (SELECT a.* FROM practice_agenda_item a JOIN document d ON d.id = a.document_id ORDER BY a.number, d.path LIMIT ?2 OFFSET ?3) a
                JOIN document d ON d.id = a.document_id
                ORDER BY a.number, d.path
                """, arguments: [language, limit ?? -1, max(0, offset)])
        }
    }

    /// One agenda item by number (every part of the practice that has it), by section; nil when none has it. Texts
    /// (title, sub-items, the rows' sub-items and titles) in `language` where that edition is loaded.
    /// `limit`: at most this many rows (and one more, to tell that there are more) in each of the long sections
    /// (meetings, videoconferences, decisions, events, findings); `found` counts them all.
    public func item(_ number: Int, language: String? = nil, limit: Int? = nil) throws -> [(section: String, rows: Rows)]? {
        let cut = limit.map { " LIMIT \(max(0, $0) + 1)" } ?? ""
        // Whether the last ingest summed the item's findings up; and, for an item in most parts, its parts read in
        // their paths' order until the page is full (in a few: sorted).
        let (summed, alongPaths) = try read { db in
            (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM table_summary)") == true,
             try limit.map { limit in
                 try Self.alongPaths(rows: Int.fetchOne(db, sql: "SELECT count(*) FROM agenda_item WHERE number = ?", arguments: [number]) ?? 0, limit: limit, db)
             } ?? false)
        }
        let parts = alongPaths
            ? "SELECT a.*, d.path FROM document d CROSS JOIN agenda_item a ON a.document_id = d.id AND a.number = ?2 WHERE +d.edition_of IS NULL"
            : "SELECT a.*, d.path FROM practice_agenda_item a JOIN document d ON d.id = a.document_id WHERE a.number = ?2"
        let sections: [(String, String)] = [
            // The parts that have the item, in their paths' order, cut before each one's title is looked up in the
            // other edition (a number in a thousand parts looked up a thousand titles).
            ("item", """
                SELECT a.number AS item, \(EditionText.itemTitle) AS title, a.stated_meetings, a.stated_videoconferences, a.stated_resolutions,
                  a.stated_presidential_statements, d.name AS document, a.lines
                FROM (\(parts) ORDER BY d.path\(cut)) a
                JOIN document d ON d.id = a.document_id ORDER BY a.path
                """),
            ("sub_items", """
                SELECT s.position + 1 AS number, \(EditionText.subItemTitle) AS title, s.kind, s.lines
                FROM (SELECT s.* FROM sub_item s JOIN practice_agenda_item a ON a.id = s.agenda_item_id
                  WHERE a.number = ?2 ORDER BY a.document_id, s.position\(cut)) s JOIN agenda_item a ON a.id = s.agenda_item_id
                ORDER BY a.document_id, s.position
                """),
            ("meetings", """
                SELECT m.record, m.date, \(EditionText.meetingSubItem) AS sub_item, m.rule37_count,
                  (SELECT count(*) FROM participation WHERE meeting_id = m.id AND role = 'rule39_other') AS rule39_other,
                  \(SQLFragments.speakers("m.id", language: "?1")),
                  \(SQLFragments.listedDecisions("meeting_id = m.id")),
                  m.lines, (SELECT name FROM document WHERE id = m.document_id) AS document
                FROM (SELECT * FROM practice_meeting WHERE agenda_item = ?2 ORDER BY date, record\(cut)) m ORDER BY m.date, m.record
                """),
            ("videoconferences", """
                SELECT v.date, v.record, \(EditionText.videoconferenceTitle) AS title, v.written_procedure_record,
                  \(SQLFragments.listedDecisions("videoconference_id = v.id")),
                  v.lines
                FROM (SELECT * FROM practice_videoconference WHERE agenda_item = ?2 ORDER BY date, line\(cut)) v ORDER BY v.date, v.line
                """),
            ("decisions", """
                SELECT x.symbol, x.kind, x.date,
                  CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote,
                  x.votes_for, x.votes_against, x.votes_abstaining, x.chapter_vii, x.venue, x.record, x.lines,
                  (SELECT name FROM document WHERE id = x.document_id) AS document
                FROM practice_decision x WHERE x.agenda_item = ?1 ORDER BY x.date, x.symbol\(cut)
                """),
            // What the tables and the account hold in all, however many rows the sections show.
            ("found", """
                SELECT (SELECT count(*) FROM practice_meeting WHERE agenda_item = ?1) AS meetings,
                  (SELECT count(*) FROM practice_videoconference WHERE agenda_item = ?1) AS videoconferences,
                  (SELECT count(*) FROM practice_decision WHERE agenda_item = ?1 AND kind = 'resolution') AS resolutions,
                  (SELECT count(*) FROM practice_decision WHERE agenda_item = ?1 AND kind = 'presidential_statement') AS presidential_statements
                """),
            // The account's events, as the edition in the page's language tells them where it is loaded: the
            // initiative, the theme, the record, the concept note and the briefers.
            ("events", """
                SELECT e.date, e.kind, e.initiative, e.initiative_iso3 AS iso3, e.sub_item_or_theme AS theme, e.record, e.concept_note,
                  (SELECT json_group_array(name) FROM (SELECT name FROM briefer WHERE event_id = e.id ORDER BY position)) AS briefers,
                  e.lines
                FROM event e
                WHERE e.agenda_item = ?2 AND (
                  SELECT CASE WHEN ?1 IS NOT NULL OR x.edition_of IS NULL
                    THEN coalesce((SELECT ed.id FROM document ed WHERE ed.edition_of = coalesce(x.edition_of, x.id) AND ed.language = ?1 LIMIT 1), coalesce(x.edition_of, x.id)) END
                  FROM document x WHERE x.id = e.document_id) = e.document_id
                ORDER BY e.date, e.document_id, e.position\(cut)
                """),
            // What the checks found about the item: a finding naming its number (a count off, the text cut short), one of
            // its meetings' or videoconferences' records, or one of its decisions. As the last ingest summed them up
            // (`item_finding`, in the page's order), else looked for now.
            ("findings", summed ? """
                SELECT f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects, d.name AS document, f.line, f.lines
                FROM item_finding i CROSS JOIN finding f ON f.id = i.finding_id CROSS JOIN document d ON d.id = f.document_id
                WHERE i.number = ?1 ORDER BY i.rank, i.line, i.finding_id\(cut)
                """ : """
                WITH i (number, rank, line, finding_id) AS (SELECT DISTINCT * FROM (\(Self.itemFindingsSQL)))
                SELECT f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects, d.name AS document, f.line, f.lines
                FROM i CROSS JOIN finding f ON f.id = i.finding_id CROSS JOIN document d ON d.id = f.document_id
                WHERE i.number = ?1 ORDER BY i.rank, i.line, i.finding_id\(cut)
                """),
        ]
        // The decisions, counts and findings have no text of their own: their queries take the number alone.
        let result = try read { db in
            try sections.map { name, sql in
                (name, try Rows.fetch(db, sql: sql, arguments: ["decisions", "found", "findings"].contains(name) ? [number] : [language, number]))
            }
        }
        return result[0].1.rows.isEmpty ? nil : result
    }

    /// One meeting by its record (`S/PV.8699`), by section; nil when unknown. The row as the edition in `language`
    /// gives it (its sub-item, invitees and speakers in that language) where that edition is loaded, else the
    /// practice's.
    /// With `limit`, the long sections (decisions placed at it, findings) stop one row past it.
    public func meeting(_ record: DocumentSymbol, language: String? = nil, limit: Int? = nil) throws -> [(section: String, rows: Rows)]? {
        let cut = limit.map { " LIMIT \(max(0, $0) + 1)" } ?? ""
        // The meeting's row, found once (a record in hundreds of documents sorted them for each section).
        guard let id = try read({ db in
            try Int64.fetchOne(db, sql: """
                SELECT m.id FROM meeting m JOIN document d ON d.id = m.document_id
                WHERE m.record = ?1 AND (d.edition_of IS NULL OR d.language IS ?2)
                ORDER BY d.language IS ?2 DESC, d.edition_of IS NULL DESC, d.path LIMIT 1
                """, arguments: [record.compact, language])
        }) else { return nil }
        // Bound, not written into the SQL: each statement is prepared once for every meeting (the connection keeps them).
        let chosen = "(SELECT * FROM meeting WHERE id = ?3 AND ?2 IS ?2)"
        let sections: [(String, String)] = [
            ("meeting", """
                SELECT m.agenda_item AS item, m.record, m.date, m.sub_item, m.rule37_count, m.rule37_note, d.name AS document, m.lines
                FROM \(chosen) m JOIN document d ON d.id = m.document_id WHERE m.record = ?1 ORDER BY d.path
                """),
            ("continuations", "SELECT c.record, c.date FROM continuation c JOIN \(chosen) m ON m.id = c.meeting_id WHERE m.record = ?1 ORDER BY c.position"),
            ("participants", """
                SELECT p.role, p.name, p.iso3, p.entity_kind FROM participation p JOIN \(chosen) m ON m.id = p.meeting_id
                WHERE m.record = ?1 ORDER BY p.role, p.position
                """),
            ("drafts", """
                SELECT r.symbol, r.sponsors_count, (SELECT json_group_array(name) FROM (SELECT name FROM sponsor WHERE draft_id = r.id ORDER BY position)) AS sponsors
                FROM draft r JOIN \(chosen) m ON m.id = r.meeting_id WHERE m.record = ?1 ORDER BY r.position
                """),
            ("decisions", """
                SELECT l.symbol, CASE WHEN l.votes_for IS NULL THEN NULL ELSE l.votes_for || '-' || l.votes_against || '-' || l.votes_abstaining END AS vote,
                  l.chapter_vii, l.lines FROM listed_decision l JOIN \(chosen) m ON m.id = l.meeting_id WHERE m.record = ?1 ORDER BY l.position
                """),
            // Every decision any source places at this meeting: the table's row, the narrative, the UN's record.
            ("placed", """
                SELECT symbol, source, vote, line FROM (
                  SELECT l.symbol, 'table' AS source, CASE WHEN l.votes_for IS NULL THEN NULL ELSE l.votes_for || '-' || l.votes_against || '-' || l.votes_abstaining END AS vote,
                    l.line, 0 AS rank FROM listed_decision l JOIN \(chosen) m ON m.id = l.meeting_id
                  UNION ALL
                  SELECT x.symbol, 'narrative', CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END,
                    x.line, 1 FROM practice_decision x WHERE x.record = ?1 AND x.venue = 'meeting' AND ?2 IS ?2
                  UNION ALL
                  SELECT o.symbol, 'official', min(o.votes_for) || '-' || min(o.votes_against) || '-' || min(o.votes_abstaining), NULL, 2
                    FROM official_decision o WHERE o.meeting = ?1 GROUP BY o.symbol
                ) ORDER BY symbol, rank\(cut)
                """),
            // What the checks found about this meeting (a finding naming its record), each finding's document looked up
            // once (the practice's view looked it up again).
            ("findings", """
                SELECT f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects, d.name AS document, f.line, f.lines
                FROM finding_subject s CROSS JOIN finding f ON f.id = s.finding_id CROSS JOIN document d ON d.id = f.document_id
                WHERE s.subject = ?1 AND d.edition_of IS NULL AND ?2 IS ?2 AND ?3 IS ?3
                ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.line\(cut)
                """),
        ]
        let result = try read { db in try sections.map { name, sql in (name, try Rows.fetch(db, sql: sql, arguments: [record.compact, language, id])) } }
        return result[0].1.rows.isEmpty ? nil : result
    }

    /// One state's participation by ISO3, by section; nil when the state appears nowhere.
    /// With `limit`, the lists (participation, drafts sponsored, votes) stop one row past it.
    public func state(_ iso3: String, limit: Int? = nil) throws -> [(section: String, rows: Rows)]? {
        let code = iso3.uppercased()
        let cut = limit.map { " LIMIT \(max(0, $0) + 1)" } ?? ""
        let (summarySQL, summaryArguments) = PracticeQuery(.states, state: code).sql()
        let sections: [(String, String)] = [
            ("summary", summarySQL),
            ("participation", """
                SELECT m.record, m.date, m.agenda_item AS item, p.role, p.name, m.lines FROM participation p JOIN practice_meeting m ON m.id = p.meeting_id
                WHERE p.iso3 = ? ORDER BY m.date, m.record, p.role\(cut)
                """),
            ("sponsored", """
                SELECT r.symbol AS draft, m.record, m.date FROM sponsor s JOIN draft r ON r.id = s.draft_id JOIN practice_meeting m ON m.id = r.meeting_id
                WHERE s.iso3 = ? ORDER BY m.date\(cut)
                """),
            ("votes", """
                SELECT o.symbol, o.date, v.vote FROM member_vote v JOIN official_decision o ON o.id = v.official_decision_id
                WHERE v.iso3 = ? ORDER BY o.date, o.symbol\(cut)
                """),
            ("votes_by_year", """
                SELECT CAST(substr(o.symbol, -5, 4) AS INTEGER) AS year, sum(v.vote = 'for') AS "for",
                  sum(v.vote = 'against') AS against, sum(v.vote = 'abstaining') AS abstaining
                FROM member_vote v JOIN official_decision o ON o.id = v.official_decision_id
                WHERE v.iso3 = ? GROUP BY year ORDER BY year
                """),
            ("vetoes_cast", """
                SELECT year, json_extract(figures, '$.vetoes_by.' || ?1) AS vetoes FROM official_statistics
                WHERE json_extract(figures, '$.vetoes_by.' || ?1) > 0 ORDER BY year
                """),
        ]
        let result = try read { db in
            try sections.enumerated().map { k, section in
                (section.0, try Rows.fetch(db, sql: section.1, arguments: k == 0 ? summaryArguments : [code]))
            }
        }
        return result.allSatisfy { $0.1.rows.isEmpty } ? nil : result
    }

    /// The practice's findings, errors first, then by document (its path) and line. Each severity's are read along
    /// the documents' paths and each document's findings in line order (indexes) and cut at the page's end, then
    /// the three put in order: sorting every finding took most of the page.
    public func findings(kind: String? = nil, severity: String? = nil, limit: Int? = nil, offset: Int = 0) throws -> Rows {
        func ranked(_ rank: Int, _ level: String) -> String {
            """
            SELECT * FROM (SELECT \(rank) AS rank, f.severity, f.kind, f.message, f.arguments AS message_entry, f.subjects,
              d.name AS document, f.line, f.lines, d.path, f.id
            FROM document d CROSS JOIN finding f ON f.document_id = d.id
            WHERE +d.edition_of IS NULL AND f.severity = '\(level)' AND (?1 IS NULL OR f.kind = ?1) AND (?2 IS NULL OR f.severity = ?2)
            ORDER BY d.path, f.line, f.id LIMIT ?5)
            """
        }
        return try read { db in try Rows.fetch(db, sql: """
            SELECT severity, kind, message, message_entry, subjects, document, line, lines FROM (
            \(ranked(0, "error")) UNION ALL \(ranked(1, "warning")) UNION ALL \(ranked(2, "note"))
            ) ORDER BY rank, path, line, id
            LIMIT ?3 OFFSET ?4
            """, arguments: [kind, severity, limit ?? -1, offset, limit.map { $0 + offset } ?? -1]) }
    }

    /// Meetings and videoconferences per month (`2020-01`), as the last ingest summed them up; `live`, counted now.
    public func timeline(live: Bool = false) throws -> Rows {
        try read { db in
            let summed = try !live && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM table_summary)") == true
            return try Rows.fetch(db, sql: summed ? "SELECT month, meetings, videoconferences FROM month_summary ORDER BY month" : Self.timelineSQL)
        }
    }

    /// The text of input lines of a document, by its name (the `document` column): `(number, text)`, in the order
    /// asked. Only the blocks holding those lines are read and inflated (`SourceBlocks`); only those lines are made
    /// into text.
    public func sourceLines(document name: String, lines: [Int]) throws -> [(number: Int, text: String)] {
        guard !lines.isEmpty else { return [] }
        let found: [Int: String] = try read { db in
            guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ? ORDER BY id LIMIT 1", arguments: [name]) else { return [:] }
            let statement = try db.cachedStatement(sql: """
                SELECT first_line, line_count, bytes, zlib FROM source_block WHERE document_id = ? AND first_line <= ? ORDER BY first_line DESC LIMIT 1
                """)
            var found: [Int: String] = [:], inflated: Set<Int> = []
            for line in Set(lines).sorted() where found[line] == nil {
                guard let row = try Row.fetchOne(statement, arguments: [document, line]) else { continue }
                let first: Int = row["first_line"], count: Int = row["line_count"]
                let inBlock = Set(lines.filter { $0 >= first && $0 < first + count })
                // Inflated up to the last line asked of it.
                guard inflated.insert(first).inserted, let last = inBlock.max(),
                      let bytes = Zlib.decompress([UInt8]((row["zlib"] as Data?) ?? Data()), size: row["bytes"] ?? -1, lines: last - first + 1)
                else { continue }
                for (number, text) in SourceBlocks.lines(inBlock, of: bytes, firstLine: first) { found[number] = text }
            }
            return found
        }
        return lines.compactMap { n in found[n].map { (n, $0) } }
    }
}

/// A text of the practice in another language: the same fact's text in the edition of language `?1` that points to
/// the practice's document (`edition_of`), matched by its language-neutral key, else the practice's own. The edition's
/// document is found first and then its own few rows (`CROSS JOIN` keeps that order): a record cited by many
/// documents would otherwise be looked up among all of them.
enum EditionText {
    static func other(_ select: String, from table: String, _ alias: String, where match: String, fallback: String) -> String {
        """
        coalesce((SELECT \(select) FROM document ed CROSS JOIN \(table) ON e.document_id = ed.id
          WHERE ed.edition_of = \(alias).document_id AND ed.language = ?1 AND \(match) LIMIT 1), \(fallback))
        """
    }
    static let itemTitle = other("e.title", from: "agenda_item e", "a", where: "e.number = a.number", fallback: "a.title")
    static let subItemTitle = """
        coalesce((SELECT e.title FROM document ed CROSS JOIN agenda_item ea ON ea.document_id = ed.id CROSS JOIN sub_item e ON e.agenda_item_id = ea.id
          WHERE ed.edition_of = a.document_id AND ed.language = ?1 AND ea.number = a.number AND e.position = s.position LIMIT 1), s.title)
        """
    static let meetingSubItem = other("e.sub_item", from: "meeting e", "m", where: "e.record = m.record", fallback: "m.sub_item")
    static let videoconferenceTitle = other("e.title", from: "videoconference e", "v", where: "e.date IS v.date AND e.record IS v.record", fallback: "v.title")
}
