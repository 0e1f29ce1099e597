import Foundation
import GRDB
import RepertoireModel

extension SQLiteStore {
    /// The decisions of the UN's data that record each member's vote, in Popolo's terms
    /// (https://www.popoloproject.com/specs/): the Council and the States that voted as `organizations`, each
    /// decision's draft as a `motion`, each decision as a `vote_event` with its counts, and each member's vote as a
    /// `vote` (in its vote event, and all together in `votes`), the voter an organization named by its ISO3 code.
    /// Writes `popolo.json` into `directory`; returns how many vote events and votes it holds.
    public func exportPopolo(to directory: String) throws -> (voteEvents: Int, votes: Int) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let council = "un-security-council"
        var organizations: [[String: Any]] = [["id": council, "name": "United Nations Security Council", "classification": "council"]]
        var motions: [[String: Any]] = [], events: [[String: Any]] = [], allVotes: [[String: Any]] = []
        try read { db in
            // One record a symbol (the vote extract's, where texts of several languages give it too).
            let decisions = try Row.fetchAll(db, sql: """
                SELECT o.id, o.symbol, o.date, o.meeting, o.venue, o.title, o.draft, o.votes_for, o.votes_against, o.votes_abstaining
                FROM official_decision o
                WHERE o.id = (SELECT min(id) FROM official_decision WHERE symbol = o.symbol)
                  AND EXISTS (SELECT 1 FROM member_vote v WHERE v.official_decision_id = o.id)
                ORDER BY o.date, o.symbol
                """)
            var members: [String: String] = [:]
            for decision in decisions {
                let symbol: String = decision["symbol"]
                let motion = "motion:" + ((decision["draft"] as String?) ?? symbol)
                let eventID = "vote:" + symbol
                var motionRow: [String: Any] = ["id": motion, "organization_id": council, "text": decision["title"] as String, "result": "pass"]
                if let draft = decision["draft"] as String? { motionRow["identifier"] = draft }
                if let date = decision["date"] as String? { motionRow["date"] = date }
                motions.append(motionRow)
                var votes: [[String: Any]] = []
                for vote in try Row.fetchAll(db, sql: "SELECT state, iso3, vote FROM member_vote WHERE official_decision_id = ? ORDER BY iso3, state",
                                             arguments: [decision["id"] as Int64]) {
                    let code = (vote["iso3"] as String?) ?? (vote["state"] as String)
                    let name = (vote["iso3"] as String?).flatMap { Gazetteer.shared.name(code: $0, language: "en") } ?? (vote["state"] as String)
                    members[code] = members[code] ?? name
                    let option: String = switch vote["vote"] as String {
                    case "for": "yes"
                    case "against": "no"
                    case "abstaining": "abstain"
                    default: "absent"
                    }
                    let row: [String: Any] = ["vote_event_id": eventID, "voter_id": "state:" + code, "option": option]
                    votes.append(row)
                    allVotes.append(row)
                }
                var event: [String: Any] = [
                    "id": eventID, "identifier": symbol, "motion_id": motion, "organization_id": council, "result": "pass",
                    "counts": [["option": "yes", "value": decision["votes_for"] as Int], ["option": "no", "value": decision["votes_against"] as Int],
                               ["option": "abstain", "value": decision["votes_abstaining"] as Int]],
                    "votes": votes,
                ]
                if let date = decision["date"] as String? { event["start_date"] = date }
                if let meeting = decision["meeting"] as String? { event["legislative_session_id"] = meeting }
                events.append(event)
            }
            for (code, name) in members.sorted(by: { $0.key < $1.key }) {
                var organization: [String: Any] = ["id": "state:" + code, "name": name, "classification": "member state", "parent_id": council]
                if code.count == 3 || code.count == 4 { organization["identifiers"] = [["scheme": "ISO 3166", "identifier": code]] }
                organizations.append(organization)
            }
        }
        let popolo: [String: Any] = ["organizations": organizations, "motions": motions, "vote_events": events, "votes": allVotes]
        let json = try JSONSerialization.data(withJSONObject: popolo, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try json.write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("popolo.json")))
        return (events.count, allVotes.count)
    }
}
