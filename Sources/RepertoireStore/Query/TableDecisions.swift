import GRDB

extension SQLiteStore {
    /// The number of the practice's agenda item titled `name` in any edition loaded (case and spaces aside), the
    /// name of the practice's document, and the item's title in `language` where that edition is loaded; nil when
    /// no document has it.
    public func agendaItem(titled name: String, language: String? = nil) throws -> (number: Int, document: String, title: String?)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.number, coalesce(d.edition_of, d.id) AS practice, coalesce(p.name, d.name) AS document
                FROM agenda_item a JOIN document d ON d.id = a.document_id LEFT JOIN document p ON p.id = d.edition_of
                WHERE lower(trim(a.title)) = lower(trim(?)) ORDER BY coalesce(d.edition_of, d.id) LIMIT 1
                """, arguments: [name]) else { return nil }
            let title = try String.fetchOne(db, sql: """
                SELECT a.title FROM agenda_item a JOIN document d ON d.id = a.document_id
                WHERE a.number = ? AND (d.id = ? OR d.edition_of = ?) AND d.language = ? LIMIT 1
                """, arguments: [row["number"] as Int, row["practice"] as Int64, row["practice"] as Int64, language])
            return (row["number"], row["document"], title)
        }
    }

    /// The decisions an item's tables list, as stored: Table 1 by meeting record; Table 2, every decision of its rows.
    public func tableDecisions(item: Int) throws -> (table1: [String: [String]], table2: Set<String>) {
        try read { db in
            var table1: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.record, l.symbol FROM practice_meeting m LEFT JOIN listed_decision l ON l.meeting_id = m.id
                WHERE m.agenda_item = ? ORDER BY m.date, m.record, l.id
                """, arguments: [item]) {
                let record: String = row["record"]
                table1[record, default: []] += (row["symbol"] as String?).map { [$0] } ?? []
            }
            let table2 = try String.fetchAll(db, sql: """
                SELECT l.symbol FROM practice_videoconference v JOIN listed_decision l ON l.videoconference_id = v.id WHERE v.agenda_item = ?
                """, arguments: [item])
            return (table1, Set(table2))
        }
    }
}
