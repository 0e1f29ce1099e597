import GRDB
import RepertoireModel

/// A question of the fixed set, with its filters. Every filter value is bound as an SQL parameter, never
/// spliced into the text, so a value shaped like SQL is only an odd value.
public struct PracticeQuery: Sendable {
    public enum Subject: String, Sendable, CaseIterable {
        case meetings, videoconferences, decisions, symbols, states
    }

    public var subject: Subject
    public var item: Int?
    public var from: RepertoireDate?
    public var to: RepertoireDate?
    /// ISO 3166 alpha-3 (`VNM`).
    public var state: String?
    /// decisions: resolution | presidential_statement; symbols: a symbol kind; states: rule37 | rule39_other | speaker.
    public var kind: String?
    public var limit: Int?
    /// Rows to skip (pagination).
    public var offset: Int = 0

    public init(_ subject: Subject, item: Int? = nil, from: RepertoireDate? = nil, to: RepertoireDate? = nil,
                state: String? = nil, kind: String? = nil, limit: Int? = nil) {
        (self.subject, self.item, self.from, self.to, self.state, self.kind, self.limit) = (subject, item, from, to, state, kind, limit)
    }

    /// The kinds `--kind` accepts for the subject (empty: the filter does not apply).
    public static func kinds(_ subject: Subject) -> [String] {
        switch subject {
        case .decisions: ["resolution", "presidential_statement"]
        case .symbols: ["resolution", "presidential_statement", "meeting_record", "document", "other"]
        case .states: ["rule37", "rule39_other", "speaker"]
        case .meetings, .videoconferences: []
        }
    }

    /// Why the query cannot be asked, if it cannot.
    public var problem: String? {
        if let kind, !Self.kinds(subject).contains(kind) {
            let allowed = Self.kinds(subject)
            return allowed.isEmpty ? "\(subject.rawValue) take no kind filter"
                : "unknown kind '\(kind)' for \(subject.rawValue): expected one of \(allowed.joined(separator: ", "))"
        }
        if let state, state.utf8.count != 3 || !state.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) {
            return "state '\(state)' is not an ISO 3166 alpha-3 code (VNM, USA, …)"
        }
        if let from, let to, to < from { return "--to \(to) is before --from \(from)" }
        if let limit, limit < 0 { return "limit must be positive" }
        return nil
    }

    /// The SQL and its arguments.
    func sql() -> (String, StatementArguments) {
        var filters: [String] = [], args: [(any DatabaseValueConvertible)?] = []
        func add(_ clause: String, _ values: (any DatabaseValueConvertible)?...) { filters.append(clause); args += values }
        let state = self.state?.uppercased()
        /// The item and date filters on the table aliased `a`.
        func itemAndDates(_ a: String) {
            if let item { add("\(a).agenda_item = ?", item) }
            if let from { add("\(a).date >= ?", from.iso) }
            if let to { add("\(a).date <= ?", to.iso) }
        }
        var sql: String
        switch subject {
        case .meetings:
            itemAndDates("m")
            if let state { add("EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = m.id AND p.iso3 = ?)", state) }
            sql = """
            SELECT m.agenda_item AS item, m.record, m.date, m.sub_item,
              (SELECT group_concat(record, ' ') FROM (SELECT record FROM continuation WHERE meeting_id = m.id ORDER BY position)) AS continuations,
              m.rule37_count,
              (SELECT count(*) FROM participation WHERE meeting_id = m.id AND role = 'rule39_other') AS rule39_other,
              (SELECT count(*) FROM participation WHERE meeting_id = m.id AND role = 'speaker') AS speakers,
              \(SQLFragments.listedDecisions("meeting_id = m.id")),
              d.path AS document, m.line
            FROM practice_meeting m JOIN document d ON d.id = m.document_id
            \(Self.whereClause(filters))
            ORDER BY m.date, m.record, m.id
            """
        case .videoconferences:
            itemAndDates("v")
            if state != nil { add("0") }  // no participation is recorded for videoconferences
            sql = """
            SELECT v.agenda_item AS item, v.date, v.record, v.title, v.written_procedure_record,
              \(SQLFragments.listedDecisions("videoconference_id = v.id")),
              d.path AS document, v.line
            FROM practice_videoconference v JOIN document d ON d.id = v.document_id
            \(Self.whereClause(filters))
            ORDER BY v.date, v.line, d.path
            """
        case .decisions:
            itemAndDates("x")
            if let kind { add("x.kind = ?", kind) }
            args.insert(state, at: 0)  // the LEFT JOIN's parameter comes first in the text
            if state != nil { filters.append("sv.vote IS NOT NULL") }
            sql = """
            SELECT x.symbol, x.kind, x.date, x.agenda_item AS item,
              CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote,
              x.unanimous, x.chapter_vii, x.venue, x.record,
              (SELECT o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining FROM official_decision o WHERE o.symbol = x.symbol LIMIT 1) AS official_vote,
              sv.vote AS state_vote,
              d.path AS document, x.line
            FROM practice_decision x JOIN document d ON d.id = x.document_id
            LEFT JOIN (SELECT o.symbol, v.vote FROM member_vote v JOIN official_decision o ON o.id = v.official_decision_id
                       WHERE v.iso3 = ? GROUP BY o.symbol) sv ON sv.symbol = x.symbol
            \(Self.whereClause(filters))
            ORDER BY x.date, x.symbol, x.id
            """
        case .symbols:
            if let kind { add("s.kind = ?", kind) }
            if let item { add("EXISTS (SELECT 1 FROM passage p WHERE p.agenda_item = ? AND (' ' || p.symbols || ' ') LIKE '% ' || s.compact || ' %')", item) }
            if state != nil || from != nil || to != nil { add("0") }
            sql = """
            SELECT s.compact AS symbol, s.kind, s.link,
              (SELECT count(*) FROM citation c WHERE c.symbol = s.compact) AS citations,
              (SELECT count(DISTINCT c.document_id) FROM citation c WHERE c.symbol = s.compact) AS documents,
              (SELECT min(c.line) FROM citation c WHERE c.symbol = s.compact AND c.line > 0) AS first_line
            FROM symbol s
            \(Self.whereClause(filters))
            ORDER BY s.kind, s.compact
            """
        case .states:
            var meetingFilters: [String] = []
            var meetingArgs: [(any DatabaseValueConvertible)?] = []
            if let item { meetingFilters.append("m.agenda_item = ?"); meetingArgs.append(item) }
            if let from { meetingFilters.append("m.date >= ?"); meetingArgs.append(from.iso) }
            if let to { meetingFilters.append("m.date <= ?"); meetingArgs.append(to.iso) }
            let meetingClause = meetingFilters.map { " AND " + $0 }.joined()
            let roleClause = kind == nil ? "" : " AND p.role = ?"
            let stateClause = state == nil ? "" : " AND iso3 = ?"
            // Without an item, date or role to tie them to, the Council members who voted are states too.
            let voters = meetingFilters.isEmpty && kind == nil
            let votersClause = voters ? "UNION ALL SELECT v.iso3, v.state, 'vote' FROM member_vote v WHERE v.iso3 IS NOT NULL"
                + stateClause.replacingOccurrences(of: "iso3", with: "v.iso3") : ""
            args = meetingArgs + (kind.map { [$0] } ?? []) + (state.map { [$0] } ?? [])
                + meetingArgs + (state.map { [$0] } ?? []) + (voters ? (state.map { [$0] } ?? []) : []) + (kind.map { [$0] } ?? [])
            // One pass over participation and sponsors, grouped by state; votes counted per state found.
            sql = """
            SELECT g.iso3, g.name, g.invited_rule37, g.invited_rule39_other, g.spoke, g.sponsored,
              (SELECT count(*) FROM member_vote v WHERE v.iso3 = g.iso3) AS voted
            FROM (
              SELECT iso3, max(name) AS name,
                sum(role = 'rule37') AS invited_rule37, sum(role = 'rule39_other') AS invited_rule39_other,
                sum(role = 'speaker') AS spoke, sum(role = 'sponsor') AS sponsored
              FROM (
                SELECT p.iso3 AS iso3, p.name AS name, p.role AS role FROM participation p JOIN practice_meeting m ON m.id = p.meeting_id
                WHERE p.iso3 IS NOT NULL\(meetingClause)\(roleClause)\(stateClause.replacingOccurrences(of: "iso3", with: "p.iso3"))
                UNION ALL
                SELECT s.iso3, s.name, 'sponsor' FROM sponsor s JOIN draft r ON r.id = s.draft_id JOIN practice_meeting m ON m.id = r.meeting_id
                WHERE s.iso3 IS NOT NULL\(meetingClause)\(stateClause.replacingOccurrences(of: "iso3", with: "s.iso3"))
                \(votersClause)
              ) GROUP BY iso3\(kind == nil ? "" : " HAVING sum(role = ?) > 0")
            ) g
            ORDER BY g.invited_rule37 + g.invited_rule39_other + g.spoke DESC, g.iso3
            """
        }
        if limit != nil || offset > 0 { sql += "\nLIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, offset))" }
        return (sql, StatementArguments(args))
    }

    static func whereClause(_ filters: [String]) -> String {
        filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
    }
}

extension SQLiteStore {
    public func query(_ query: PracticeQuery) throws -> Rows {
        let (sql, arguments) = query.sql()
        return try read { db in try Rows.fetch(db, sql: sql, arguments: arguments) }
    }
}
