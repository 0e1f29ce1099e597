/// Pieces of SQL that several queries share.
enum SQLFragments {
    /// The decisions a table row lists, space-separated in their order: `decisions` column.
    static func listedDecisions(_ owner: String) -> String {
        "(SELECT group_concat(symbol, ' ') FROM (SELECT symbol FROM listed_decision WHERE \(owner) ORDER BY position)) AS decisions"
    }
}
