/// Pieces of SQL that several queries share.
enum SQLFragments {
    /// The decisions a table row lists, in their order, as a JSON array: `decisions` column.
    static func listedDecisions(_ owner: String) -> String {
        "(SELECT json_group_array(symbol) FROM (SELECT symbol FROM listed_decision WHERE \(owner) ORDER BY position)) AS decisions"
    }

    /// A meeting's speakers as its table lists them (`安理会全体成员`, `92 个会员国`, a state), a JSON array:
    /// `speakers` column. Their number is not the number who spoke: one entry may stand for many.
    /// `language`: an SQL expression (`?1`, `'en'`) of the edition whose row gives them, where that edition is loaded.
    static func speakers(_ meeting: String, language: String = "NULL") -> String {
        """
        (SELECT json_group_array(name) FROM (SELECT name FROM participation WHERE role = 'speaker' AND meeting_id = coalesce(
          (SELECT e.id FROM meeting pm CROSS JOIN document ed CROSS JOIN meeting e
           WHERE pm.id = \(meeting) AND ed.edition_of = pm.document_id AND ed.language = \(language)
             AND e.document_id = ed.id AND e.record = pm.record LIMIT 1), \(meeting))
          ORDER BY position)) AS speakers
        """
    }

    /// A meeting's resumptions in their order, a JSON array: `continuations` column.
    static func continuations(_ meeting: String) -> String {
        "(SELECT json_group_array(record) FROM (SELECT record FROM continuation WHERE meeting_id = \(meeting) ORDER BY position)) AS continuations"
    }
}
