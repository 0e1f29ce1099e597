import GRDB
import RepertoireModel

/// A row of an item's Table 1 as the Repertoire prints it, from the stored facts: the meeting and its resumptions,
/// the sub-item, other documents, the drafts with their sponsors, the invitations, the speakers and the decisions.
/// States carry their ISO3 code, so that the row can be written in either language.
public struct TableOneRow: Sendable {
    public struct Party: Sendable { public let name: String, iso3: String? }
    public var record: String, date: String?
    public var resumptions: [(record: String, date: String?)] = []
    public var subItem: String?
    public var otherDocuments: [String] = []
    public var drafts: [(symbol: String, sponsors: [Party])] = []
    public var rule37: [Party] = [], rule37Count: Int?, rule37Note: String?
    public var rule39: [Party] = [], speakers: [Party] = []
    public var decisions: [(symbol: String, vote: String?, chapterVII: Bool)] = []
}

extension SQLiteStore {
    /// Table 1 of the practice's item `number`, in the order of its meetings; the sub-items in `language` where
    /// that edition is loaded.
    public func tableOne(item number: Int, language: String? = nil) throws -> [TableOneRow] {
        try read { db in
            let meetings = try Row.fetchAll(db, sql: """
                SELECT m.id, m.record, m.date, \(EditionText.meetingSubItem) AS sub_item, m.rule37_count, m.rule37_note
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
                row.resumptions = try Row.fetchAll(db, sql: "SELECT record, date FROM continuation WHERE meeting_id = ? ORDER BY position", arguments: [id])
                    .map { ($0["record"], $0["date"]) }
                // Other documents; the drafts come with their sponsors below.
                row.otherDocuments = try String.fetchAll(db, sql: """
                    SELECT symbol FROM meeting_document WHERE meeting_id = ?1 AND symbol NOT IN (SELECT symbol FROM draft WHERE meeting_id = ?1) ORDER BY position
                    """, arguments: [id])
                for draft in try Row.fetchAll(db, sql: "SELECT id, symbol FROM draft WHERE meeting_id = ? ORDER BY position", arguments: [edition]) {
                    let sponsors = try Row.fetchAll(db, sql: "SELECT name, iso3 FROM sponsor WHERE draft_id = ? ORDER BY position", arguments: [draft["id"] as Int64])
                        .map { TableOneRow.Party(name: $0["name"], iso3: $0["iso3"]) }
                    row.drafts.append((draft["symbol"], sponsors))
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
