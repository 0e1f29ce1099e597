import GRDB
import RepertoireModel

/// A row of an item's Table 1 as the Repertoire prints it, from the stored facts: the meeting and its resumptions,
/// the sub-item, other documents, the drafts with their sponsors, the invitations, the speakers and the decisions.
/// States carry their ISO3 code, so that the row can be written in either language.
public struct TableOneRow: Sendable {
    public struct Party: Sendable {
        public let name: String, iso3: String?
        public init(name: String, iso3: String?) { self.name = name; self.iso3 = iso3 }
    }
    public var record: String, date: String?
    public var resumptions: [(record: String, date: String?)] = []
    public var subItem: String?
    public var otherDocuments: [String] = []
    public var drafts: [(symbol: String, sponsors: [Party], count: Int?, note: String?)] = []
    public var rule37: [Party] = [], rule37Count: Int?, rule37Note: String?
    public var rule39: [Party] = [], speakers: [Party] = []
    public var decisions: [(symbol: String, vote: String?, chapterVII: Bool)] = []
    /// The letters of the notes on the speakers, with each note's text as the document gives it.
    public var speakerNotes: [(letter: String, text: String?)] = []

    public init(record: String, date: String?) { self.record = record; self.date = date }
}

extension SQLiteStore {
    /// Table 1 of the practice's item `number`, in the order of its meetings; the sub-items in `language` where
    /// that edition is loaded.
    public func tableOne(item number: Int, language: String? = nil) throws -> [TableOneRow] {
        try read { db in
            let meetings = try Row.fetchAll(db, sql: """
                SELECT m.id, m.document_id, m.record, m.date, \(EditionText.meetingSubItem) AS sub_item, m.rule37_count, m.rule37_note,
                  m.speaker_notes
                FROM practice_meeting m WHERE m.agenda_item = ?2 ORDER BY m.date, m.record
                """, arguments: [language, number])
            return try meetings.map { m in
                let id: Int64 = m["id"]
                // Names as the edition in `language` writes them where it is loaded (its row of the same record).
                let edition = try language.flatMap { lang in try Int64.fetchOne(db, sql: """
                    SELECT e.id FROM meeting e JOIN document ed ON ed.id = e.document_id JOIN meeting p ON p.id = ?
                    WHERE ed.edition_of = p.document_id AND ed.language = ? AND e.record = p.record LIMIT 1
                    """, arguments: [id, lang]) } ?? id
                var row = TableOneRow(record: m["record"], date: m["date"])
                row.subItem = m["sub_item"]
                row.rule37Count = m["rule37_count"]
                row.rule37Note = m["rule37_note"]
                for letter in ColumnType.elements(m["speaker_notes"] ?? "").compactMap(\.string) {
                    let text = try String.fetchOne(db, sql: """
                        SELECT text FROM table_note WHERE document_id = ? AND agenda_item = ? AND table_number = 1 AND letter = ? LIMIT 1
                        """, arguments: [m["document_id"] as Int64, number, letter])
                    row.speakerNotes.append((letter, text))
                }
                row.resumptions = try Row.fetchAll(db, sql: "SELECT record, date FROM continuation WHERE meeting_id = ? ORDER BY position", arguments: [id])
                    .map { ($0["record"], $0["date"]) }
                // Other documents; the drafts come with their sponsors below.
                row.otherDocuments = try String.fetchAll(db, sql: """
                    SELECT symbol FROM meeting_document WHERE meeting_id = ?1 AND symbol NOT IN (SELECT symbol FROM draft WHERE meeting_id = ?1) ORDER BY position
                    """, arguments: [id])
                for draft in try Row.fetchAll(db, sql: "SELECT id, symbol, sponsors_count, sponsors_note FROM draft WHERE meeting_id = ? ORDER BY position", arguments: [edition]) {
                    let sponsors = try Row.fetchAll(db, sql: "SELECT name, iso3 FROM sponsor WHERE draft_id = ? ORDER BY position", arguments: [draft["id"] as Int64])
                        .map { TableOneRow.Party(name: $0["name"], iso3: $0["iso3"]) }
                    row.drafts.append((draft["symbol"], sponsors, draft["sponsors_count"], draft["sponsors_note"]))
                }
                let parties = try Row.fetchAll(db, sql: "SELECT role, name, iso3 FROM participation WHERE meeting_id = ? ORDER BY role, position", arguments: [edition])
                for p in parties {
                    let party = TableOneRow.Party(name: p["name"], iso3: p["iso3"])
                    switch p["role"] as String {
                    case "rule37": row.rule37.append(party)
                    case "rule39_other": row.rule39.append(party)
                    default: row.speakers.append(party)
                    }
                }
                row.decisions = try Row.fetchAll(db, sql: """
                    SELECT symbol, CASE WHEN votes_for IS NULL THEN NULL ELSE votes_for || '-' || votes_against || '-' || votes_abstaining END AS vote, chapter_vii
                    FROM listed_decision WHERE meeting_id = ? ORDER BY position
                    """, arguments: [id]).map { ($0["symbol"], $0["vote"], $0["chapter_vii"] == 1) }
                return row
            }
        }
    }
}

extension SQLiteStore {
    /// The practice's title of item `number`, in `language` where that edition is loaded.
    public func itemTitle(_ number: Int, language: String? = nil) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT \(EditionText.itemTitle) FROM practice_agenda_item a JOIN document d ON d.id = a.document_id
                WHERE a.number = ?2 ORDER BY d.path LIMIT 1
                """, arguments: [language, number])
        }
    }
}

/// A row of an item's Table 2 (its videoconferences): date, record, title, the decisions with their votes and the
/// record of the written procedure that took them.
public struct TableTwoRow: Sendable {
    public var date: String?, record: String?, title: String?
    public var decisions: [(symbol: String, vote: String?, chapterVII: Bool)] = []
    public var writtenProcedureRecord: String?

    public init(date: String?, record: String?, title: String?) { self.date = date; self.record = record; self.title = title }
}

extension SQLiteStore {
    /// Table 2 of the practice's item `number`, in the order of its videoconferences; titles in `language` where that
    /// edition is loaded.
    public func tableTwo(item number: Int, language: String? = nil) throws -> [TableTwoRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id, v.date, v.record, \(EditionText.videoconferenceTitle) AS title, v.written_procedure_record
                FROM practice_videoconference v WHERE v.agenda_item = ?2 ORDER BY v.date, v.line
                """, arguments: [language, number]).map { v in
                var row = TableTwoRow(date: v["date"], record: v["record"], title: v["title"])
                row.writtenProcedureRecord = v["written_procedure_record"]
                row.decisions = try Row.fetchAll(db, sql: """
                    SELECT symbol, CASE WHEN votes_for IS NULL THEN NULL ELSE votes_for || '-' || votes_against || '-' || votes_abstaining END AS vote, chapter_vii
                    FROM listed_decision WHERE videoconference_id = ? ORDER BY position
                    """, arguments: [v["id"] as Int64]).map { ($0["symbol"], $0["vote"], $0["chapter_vii"] == 1) }
                return row
            }
        }
    }
}
