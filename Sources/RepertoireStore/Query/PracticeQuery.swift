import GRDB
import RepertoireModel

/// A question of the fixed set, with its filters. Every filter value is bound as an SQL parameter, never
/// spliced into the text, so a value shaped like SQL is only an odd value.
public struct PracticeQuery: Sendable {
    public enum Subject: String, Sendable, CaseIterable {
        case meetings, videoconferences, decisions, symbols, states, events
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
    /// A column of the answer to order by (`date`), instead of the subject's own order.
    public var sort: String?
    public var descending = false
    /// decisions: `repertoire` (as the Repertoire reports them) or `un_record` (the UN's records of the others).
    public var source: String?
    /// `zh` or `en`: texts (sub-items, titles, events) from the edition in this language where it is loaded.
    public var language: String?

    public init(_ subject: Subject, item: Int? = nil, from: RepertoireDate? = nil, to: RepertoireDate? = nil,
                state: String? = nil, kind: String? = nil, limit: Int? = nil) {
        (self.subject, self.item, self.from, self.to, self.state, self.kind, self.limit) = (subject, item, from, to, state, kind, limit)
    }

    /// The sources of decisions.
    public static let sources = ["repertoire", "un_record"]

    /// The kinds `--kind` accepts for the subject (empty: the filter does not apply).
    public static func kinds(_ subject: Subject) -> [String] {
        switch subject {
        case .decisions: ["resolution", "presidential_statement"]
        case .symbols: ["resolution", "presidential_statement", "meeting_record", "document", "other"]
        case .states: ["rule37", "rule39_other", "speaker"]
        case .events: ["meeting", "videoconference"]
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
        if let language, language != "zh", language != "en" { return "language '\(language)': zh or en" }
        if let source {
            guard subject == .decisions else { return "\(subject.rawValue) take no source filter" }
            guard Self.sources.contains(source) else { return "unknown source '\(source)': expected one of \(Self.sources.joined(separator: ", "))" }
        }
        return nil
    }

    /// The SQL and its arguments.
    /// `live`: every state's participation computed from the rows, not read from `state_summary` (which is filled
    /// from it at every ingest).
    func sql(live: Bool = false) -> (String, StatementArguments) {
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
            SELECT m.agenda_item AS item, m.record, m.date, \(edition(EditionText.meetingSubItem)) AS sub_item,
              \(SQLFragments.continuations("m.id")),
              m.rule37_count,
              (SELECT count(*) FROM participation WHERE meeting_id = m.id AND role = 'rule39_other') AS rule39_other,
              \(SQLFragments.speakers("m.id", language: language.map { "'\($0)'" } ?? "NULL")),
              \(SQLFragments.listedDecisions("meeting_id = m.id")),
              d.name AS document, m.line
            FROM \(page("meeting", "m", filters, order: "m.date, m.record, m.id")) m JOIN document d ON d.id = m.document_id
            ORDER BY m.date, m.record, m.id
            """
        case .videoconferences:
            itemAndDates("v")
            if state != nil { add("0") }  // no participation is recorded for videoconferences
            sql = """
            SELECT v.agenda_item AS item, v.date, v.record, \(edition(EditionText.videoconferenceTitle)) AS title, v.written_procedure_record,
              \(SQLFragments.listedDecisions("videoconference_id = v.id")),
              d.name AS document, v.line
            FROM \(page("videoconference", "v", filters, order: "v.date, v.line, v.id")) v JOIN document d ON d.id = v.document_id
            ORDER BY v.date, v.line, v.id
            """
        case .decisions:
            // The Repertoire's decisions, then the UN's records of those it does not report (yet), each marked by
            // its source. The UN's records have no agenda item of the Repertoire: an item filter leaves them out.
            var official: [String] = ["NOT EXISTS (SELECT 1 FROM practice_decision x WHERE x.symbol = o.symbol)",
                                      "o.id = (SELECT min(id) FROM official_decision WHERE symbol = o.symbol)"]
            var officialArgs: [(any DatabaseValueConvertible)?] = [state]
            itemAndDates("x")
            if item != nil { official.append("0") }
            if let from { official.append("o.date >= ?"); officialArgs.append(from.iso) }
            if let to { official.append("o.date <= ?"); officialArgs.append(to.iso) }
            if let kind {
                add("x.kind = ?", kind)
                official.append("\(Self.officialKind) = ?"); officialArgs.append(kind)
            }
            if source == "un_record" { filters.append("0") }
            if source == "repertoire" { official.append("0") }
            // Without a state or a sort, the Repertoire's part is cut to the rows the page can need before its
            // columns are computed (the UN's vote of each decision is looked up for those alone): its filters go
            // inside, their parameters before the LEFT JOIN's.
            var decisions = "practice_decision"
            if sort == nil, state == nil, let limit {
                // The practice's decisions read in the order of the index on (date, symbol), stopping at the cut.
                let practice = "(SELECT edition_of FROM document d WHERE d.id = x.document_id) IS NULL"
                decisions = "(SELECT x.* FROM decision x \(Self.whereClause([practice] + filters)) ORDER BY x.date, x.symbol LIMIT \(max(0, limit) + max(0, offset)))"
                filters = []
                args.append(state)
            } else {
                args.insert(state, at: 0)  // the LEFT JOIN's parameter comes first in the text
                if state != nil { filters.append("sv.vote IS NOT NULL"); official.append("sv.vote IS NOT NULL") }
            }
            args += officialArgs
            sql = """
            SELECT * FROM (
            SELECT x.symbol, x.kind, x.date, x.agenda_item AS item,
              CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote,
              x.unanimous, x.chapter_vii, x.venue, x.record,
              (SELECT o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining FROM official_decision o WHERE o.symbol = x.symbol LIMIT 1) AS official_vote,
              sv.vote AS state_vote, 'repertoire' AS source,
              d.name AS document, x.line
            FROM \(decisions) x JOIN document d ON d.id = x.document_id
            LEFT JOIN (SELECT o.symbol, v.vote FROM member_vote v JOIN official_decision o ON o.id = v.official_decision_id
                       WHERE v.iso3 = ? GROUP BY o.symbol) sv ON sv.symbol = x.symbol
            \(Self.whereClause(filters))
            UNION ALL
            SELECT o.symbol, \(Self.officialKind), o.date, NULL,
              o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining, o.unanimous, o.chapter_vii, o.venue,
              coalesce(o.meeting, o.outcome_letter), o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining,
              sv.vote, 'un_record', d.name, o.line
            FROM official_decision o JOIN document d ON d.id = o.document_id
            LEFT JOIN (SELECT v.official_decision_id AS id, v.vote FROM member_vote v WHERE v.iso3 = ?) sv ON sv.id = o.id
            \(Self.whereClause(official))
            ) ORDER BY date, symbol, source
            """
        case .symbols:
            if let kind { add("s.kind = ?", kind) }
            if let item { add("EXISTS (SELECT 1 FROM passage p WHERE p.agenda_item = ? AND (' ' || p.symbols || ' ') LIKE '% ' || s.compact || ' %')", item) }
            if state != nil || from != nil || to != nil { add("0") }
            // Counted at ingest (`symbol_summary`); counted here for a symbol no ingest has summed up.
            sql = """
            SELECT s.compact AS symbol, s.kind, s.link,
              coalesce(ss.citations, (SELECT count(*) FROM citation c WHERE c.symbol = s.compact)) AS citations,
              coalesce(ss.documents, (SELECT count(DISTINCT c.document_id) FROM citation c WHERE c.symbol = s.compact)) AS documents,
              CASE WHEN ss.symbol IS NULL THEN (SELECT min(c.line) FROM citation c WHERE c.symbol = s.compact AND c.line > 0) ELSE ss.first_line END AS first_line
            FROM \(page("symbol", "s", filters, order: "s.kind, s.compact", practice: false)) s
            LEFT JOIN symbol_summary ss ON ss.symbol = s.compact
            ORDER BY s.kind, s.compact
            """
        case .events:
            // The account's events, as the edition in the query's language tells them where it is loaded.
            itemAndDates("e")
            if let kind { add("e.kind = ?", kind) }
            if let state { add("e.initiative_iso3 = ?", state) }
            // The event's document is its practice's edition in that language, or the practice's own document where
            // it has none: a condition on each row, so that the events are read in their order and cut at the page.
            let practice = "coalesce(x.edition_of, x.id)"
            let edition = language.map { l in
                "coalesce((SELECT ed.id FROM document ed WHERE ed.edition_of = \(practice) AND ed.language = '\(l)' LIMIT 1), \(practice))"
            } ?? practice
            filters.insert("(SELECT CASE WHEN \(language == nil ? "x.edition_of IS NULL" : "1") THEN \(edition) END FROM document x WHERE x.id = e.document_id) = e.document_id", at: 0)
            sql = """
            SELECT e.agenda_item AS item, e.date, e.kind, e.initiative, e.initiative_iso3 AS iso3, e.sub_item_or_theme AS theme,
              e.record, e.concept_note,
              (SELECT json_group_array(name) FROM (SELECT name FROM briefer WHERE event_id = e.id ORDER BY position)) AS briefers,
              d.name AS document, e.line
            FROM \(page("event", "e", filters, order: "e.date, e.document_id, e.position", practice: false)) e JOIN document d ON d.id = e.document_id
            ORDER BY e.date, e.document_id, e.position
            """
        case .states where !live && item == nil && from == nil && to == nil && kind == nil:
            // Every state (or one), with no other filter: as the last ingest summed it up.
            if let state { add("iso3 = ?", state) }
            sql = """
            SELECT iso3, name, invited_rule37, invited_rule39_other, spoke, sponsored, voted FROM state_summary
            \(Self.whereClause(filters))
            ORDER BY invited_rule37 + invited_rule39_other + spoke DESC, iso3
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
        return (sql, StatementArguments(args))
    }

    /// The rows of `table` (aliased `alias`) the query answers with, filtered and ordered; where the subject's own
    /// order is kept, only the page asked for, so that the columns computed for each row (speakers, resumptions,
    /// decisions, texts in another edition) are computed for the page alone, not for every row before the cut.
    /// The practice's rows of `table` (those of a document that is no other's edition), in `order`, cut to the page.
    /// The practice is a condition on each row rather than the `practice_` view's join, so that SQLite can read the
    /// table along the index of its order and stop at the page's end (the view's join sorted every row first).
    /// With `practice` false, the filters alone choose the rows (a table of no document, or one whose filters say).
    func page(_ table: String, _ alias: String, _ filters: [String], order: String, practice: Bool = true) -> String {
        let limits = pagedInside ? " LIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, offset))" : ""
        let ofPractice = practice ? ["(SELECT edition_of FROM document d WHERE d.id = \(alias).document_id) IS NULL"] : []
        return "(SELECT \(alias).* FROM \(table) \(alias) \(Self.whereClause(ofPractice + filters)) ORDER BY \(order)\(limits))"
    }

    /// Whether the page is cut inside the query (`page`), not after it: the subject's own order, and a subject whose
    /// query pages its table.
    var pagedInside: Bool {
        sort == nil && [.meetings, .videoconferences, .symbols, .events].contains(subject) && (limit != nil || offset > 0)
    }

    /// A text of the practice in the query's language (`zh` or `en`, checked by `problem`), else the practice's own.
    func edition(_ text: String) -> String {
        text.replacingOccurrences(of: "?1", with: "'\(language ?? "")'")
    }

    /// An official decision's kind, from its symbol.
    static let officialKind = "CASE WHEN o.symbol LIKE 'S/PRST/%' THEN 'presidential_statement' ELSE 'resolution' END"

    static func whereClause(_ filters: [String]) -> String {
        filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
    }
}

/// A query that cannot be asked of the store: `--sort` or `_sort` naming no column of the answer.
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension SQLiteStore {
    public func query(_ query: PracticeQuery) throws -> Rows {
        var (sql, arguments) = query.sql()
        return try read { db in
            if let sort = query.sort {
                let columns = try db.cachedStatement(sql: sql).columnNames
                guard columns.contains(sort) else {
                    throw QueryError(description: "cannot sort \(query.subject.rawValue) by '\(sort)': expected one of \(columns.joined(separator: ", "))")
                }
                // Empty values last either way; ties in the subject's own order.
                sql = "SELECT * FROM (\(sql)) ORDER BY \"\(sort)\" IS NULL, \"\(sort)\" \(query.descending ? "DESC" : "ASC")"
            }
            if !query.pagedInside, query.limit != nil || query.offset > 0 {
                sql += "\nLIMIT \(query.limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, query.offset))"
            }
            return try Rows.fetch(db, sql: sql, arguments: arguments)
        }
    }

    /// The columns a query answers with, in order.
    public func columns(_ query: PracticeQuery) throws -> [String] {
        let (sql, _) = query.sql()
        return try read { db in try db.cachedStatement(sql: sql).columnNames }
    }
}
