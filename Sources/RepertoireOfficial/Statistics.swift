import RepertoireModel

/// The Council's practice year by year, in the manner of the UN's *Highlights of Security Council Practice*: what
/// the official data says was decided, and how. Each figure's definition is in the README (`repertoire stats`).
public struct YearStatistics: Sendable, JSONWritable {
    public let year: Int
    /// Resolutions adopted: the vote extract's records of the year (the texts', for a year the extract lacks).
    public var resolutions = 0
    /// Adopted by a vote of every member in favour (none against, none abstaining).
    public var unanimous = 0
    /// Adopted with at least one abstention.
    public var withAbstentions = 0
    /// Adopted without a vote, or by acclamation.
    public var withoutVote = 0
    /// Marked as adopted under Chapter VII in the vote extract.
    public var chapterVII = 0
    /// Adopted by written procedure (the COVID-19 years' voting by letter).
    public var writtenProcedure = 0
    /// Presidential statements (corrigenda not counted); nil when the data has none of the year.
    public var presidentialStatements: Int? = nil
    /// Drafts put to the vote and not adopted; nil when the data has no draft of the year.
    public var draftsNotAdopted: Int? = nil
    /// Of them, not adopted because a permanent member voted against.
    public var vetoedDrafts: Int? = nil
    /// Negative votes of permanent members that defeated a draft, by member (ISO3).
    public var vetoesBy: [String: Int]? = nil
    /// Resolutions, statements and drafts by month (1–12).
    public var months: [Int: MonthStatistics] = [:]
    /// Resolutions by agenda item, as the vote extract names it.
    public var agendaItems: [String: Int] = [:]

    public struct MonthStatistics: Sendable, JSONWritable, Equatable {
        public var resolutions = 0, presidentialStatements = 0, draftsNotAdopted = 0
        public func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("resolutions", resolutions); o.field("presidential_statements", presidentialStatements)
                o.field("drafts_not_adopted", draftsNotAdopted)
            }
        }
    }

    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("year", year)
            o.field("resolutions", resolutions)
            o.field("unanimous", unanimous)
            o.field("with_abstentions", withAbstentions)
            o.field("without_vote", withoutVote)
            o.field("chapter_vii", chapterVII)
            o.field("written_procedure", writtenProcedure)
            o.field("presidential_statements", presidentialStatements)
            o.field("drafts_not_adopted", draftsNotAdopted)
            o.field("vetoed_drafts", vetoedDrafts)
            o.field("vetoes_by", vetoesBy.map(Counts.init))
            o.field("months", Months(months: months))
            o.field("agenda_items", Counts(agendaItems))
        }
    }

    struct Counts: JSONWritable {
        let counts: [String: Int]
        init(_ counts: [String: Int]) { self.counts = counts }
        func write(to w: inout JSONWriter) {
            w.object { o in for (k, v) in counts.sorted(by: { $0.key < $1.key }) { o.field(named: k, v) } }
        }
    }

    struct Months: JSONWritable {
        let months: [Int: MonthStatistics]
        func write(to w: inout JSONWriter) {
            w.object { o in for m in 1...12 { o.field(named: "\(m)", months[m] ?? MonthStatistics()) } }
        }
    }
}

public enum Statistics {
    /// Figures for each year from `from` to `to` (each bound defaulting to the data's first and last year).
    public static func years(_ data: OfficialData, from: Int? = nil, to: Int? = nil) -> [YearStatistics] {
        let decisions = data.decisions()
        var byYear: [Int: YearStatistics] = [:]
        func year(_ d: OfficialDecision) -> Int? { d.symbol.year ?? d.date?.year }
        let recordYears = Set(data.votes.values.compactMap { $0.symbol.year ?? $0.date?.year })
        for d in decisions {
            guard let y = year(d) else { continue }
            var s = byYear[y] ?? YearStatistics(year: y)
            let month = d.date.flatMap { $0.year == y ? $0.month : nil }
            switch d.kind {
            case .resolution:
                // A year with a vote extract counts its records; a text with no record there is a finding, not a resolution.
                guard d.record != nil || !recordYears.contains(y) else { continue }
                s.resolutions += 1
                if let r = d.record {
                    if r.unanimous { s.unanimous += 1 }
                    if r.method == .vote && r.counts.abstaining > 0 { s.withAbstentions += 1 }
                    if r.method != .vote { s.withoutVote += 1 }
                    if r.chapterVII { s.chapterVII += 1 }
                    if r.venue == .writtenProcedure { s.writtenProcedure += 1 }
                    if !r.agendaItemName.isEmpty { s.agendaItems[r.agendaItemName, default: 0] += 1 }
                }
                if let m = month { s.months[m, default: .init()].resolutions += 1 }
            case .presidentialStatement:
                guard !d.symbol.compact.contains("/Corr.") else { continue }
                s.presidentialStatements = (s.presidentialStatements ?? 0) + 1
                if let m = month { s.months[m, default: .init()].presidentialStatements += 1 }
            case .draftResolution:
                s.draftsNotAdopted = (s.draftsNotAdopted ?? 0) + 1
                if let m = month { s.months[m, default: .init()].draftsNotAdopted += 1 }
                let vetoed = !d.vetoedBy.isEmpty || d.computedOutcome == .vetoed
                s.vetoedDrafts = (s.vetoedDrafts ?? 0) + (vetoed ? 1 : 0)
                var by = s.vetoesBy ?? [:]
                for code in d.vetoedBy { by[code, default: 0] += 1 }
                s.vetoesBy = by
            }
            byYear[y] = s
        }
        guard let first = from ?? byYear.keys.min(), let last = to ?? byYear.keys.max(), first <= last else { return [] }
        return (first...last).map { byYear[$0] ?? YearStatistics(year: $0) }
    }
}
