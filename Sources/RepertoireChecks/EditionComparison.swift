import RepertoireModel

/// One Supplement's facts as one edition (a language, a file) gives them.
public struct Edition: Sendable {
    public let file: String
    public let facts: Facts
    public init(file: String, facts: Facts) { self.file = file; self.facts = facts }
}

/// A fact that two editions of one document give differently: a translation or compilation error in one of them.
/// Each side names its file's lines (none where the fact is missing from that edition).
public struct EditionMismatch: Sendable, JSONWritable {
    public static let kind = "edition-mismatch"
    public let subjects: [String]
    public let message: String
    public let lines: (first: [Int], second: [Int])

    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("kind", Self.kind)
            o.field("severity", "error")
            o.field("subjects", subjects)
            o.field("message", message)
            o.field("first_lines", lines.first)
            o.field("second_lines", lines.second)
        }
    }
}

/// Holds two editions of one document against each other by language-neutral keys: items by number, meetings by
/// record, videoconferences by date and record, decisions by symbol, events by item, date and kind, footnotes by
/// number, table notes by item, table and letter; states by ISO 3166 code, counts as numbers. Texts are never
/// compared word for word (they are translations). A decision's difference that follows from a table row already
/// reported is not reported again.
public struct EditionComparison {
    public let first: Edition, second: Edition
    let gazetteer = Gazetteer.shared

    public init(_ first: Edition, _ second: Edition) { self.first = first; self.second = second }

    public func mismatches() -> [EditionMismatch] {
        var out: [EditionMismatch] = []
        func report(_ subjects: [String], _ message: String, _ a: Locations?, _ b: Locations?) {
            out.append(EditionMismatch(subjects: subjects, message: message, lines: (a?.lines ?? [], b?.lines ?? [])))
        }
        let a = first.facts, b = second.facts
        let (one, two) = (first.facts.language, second.facts.language)

        // Items and their stated counts.
        align(a.agendaItems, b.agendaItems, key: { $0.number }) { x, y, key in
            guard let x, let y else { return report([String(key)], "item \(key) is in the \(side(x, one, two)) edition only", x?.locations, y?.locations) }
            for (name, p, q) in [("meetings", x.statedCounts.meetings, y.statedCounts.meetings),
                                 ("videoconferences", x.statedCounts.videoconferences, y.statedCounts.videoconferences),
                                 ("resolutions", x.statedCounts.resolutions, y.statedCounts.resolutions),
                                 ("presidential statements", x.statedCounts.presidentialStatements, y.statedCounts.presidentialStatements)] where p != q {
                report([String(key), name], "item \(key) states \(text(p)) \(name) in \(one), \(text(q)) in \(two)", x.locations, y.locations)
            }
            if x.subItems.count != y.subItems.count {
                report([String(key), "sub-items"], "item \(key) lists \(x.subItems.count) sub-items in \(one), \(y.subItems.count) in \(two)", x.locations, y.locations)
            }
        }

        // Table 1 rows.
        var rowSymbols = Set<DocumentSymbol>()
        align(a.meetings, b.meetings, key: { $0.record }) { x, y, record in
            guard let x, let y else { return report([record.compact], "meeting \(record.compact) is in the \(side(x, one, two)) edition's table only", x?.locations, y?.locations) }
            var differences: [String] = []
            if x.date != y.date { differences.append("date \(text(x.date?.iso)) against \(text(y.date?.iso))") }
            if keys(x.continuations) != keys(y.continuations) {
                differences.append("resumptions \(keys(x.continuations).joined(separator: ", ")) against \(keys(y.continuations).joined(separator: ", "))")
            }
            if (x.subItem == nil) != (y.subItem == nil) { differences.append("a sub-item in one edition only") }
            if Set(x.otherDocuments) != Set(y.otherDocuments) {
                differences.append("other documents \(list(x.otherDocuments)) against \(list(y.otherDocuments))")
            }
            if keys(x.drafts) != keys(y.drafts) { differences.append("drafts \(keys(x.drafts).joined(separator: "; ")) against \(keys(y.drafts).joined(separator: "; "))") }
            for d in x.drafts {
                if let e = y.drafts.first(where: { $0.symbol == d.symbol }), let diff = stateDifference(d.sponsors, e.sponsors) {
                    differences.append("sponsors of \(d.symbol.compact): \(diff)")
                }
            }
            if x.rule37Count != y.rule37Count { differences.append("rule 37 count \(text(x.rule37Count)) against \(text(y.rule37Count))") }
            if let d = stateDifference(x.rule37States, y.rule37States) { differences.append("rule 37 states: \(d)") }
            if x.rule39AndOther.count != y.rule39AndOther.count {
                differences.append("\(x.rule39AndOther.count) rule 39 invitees against \(y.rule39AndOther.count)")
            }
            if x.speakers.count != y.speakers.count || numbers(x.speakers) != numbers(y.speakers) {
                differences.append("speakers \(x.speakers.count) against \(y.speakers.count)")
            } else if let d = stateDifference(x.speakers, y.speakers) { differences.append("speakers: \(d)") }
            if keys(x.decisions) != keys(y.decisions) {
                differences.append("decisions \(keys(x.decisions).joined(separator: "; ")) against \(keys(y.decisions).joined(separator: "; "))")
                rowSymbols.formUnion(x.decisions.map(\.symbol) + y.decisions.map(\.symbol))
            }
            guard !differences.isEmpty else { return }
            let symbols = Set(x.decisions.map(\.symbol) + y.decisions.map(\.symbol)).sorted().map(\.compact)
            report([record.compact] + (keys(x.decisions) != keys(y.decisions) ? symbols : []),
                   "Table 1, row \(record.compact): " + differences.joined(separator: "; ") + " (\(one) against \(two))", x.locations, y.locations)
        }

        // Table 2 rows.
        align(a.videoconferences, b.videoconferences, key: { VideoconferenceKey(date: $0.date, record: $0.record) }) { x, y, key in
            let name = "\(text(key.record?.compact)) (\(text(key.date?.iso)))"
            guard let x, let y else { return report([text(key.record?.compact)], "videoconference \(name) is in the \(side(x, one, two)) edition's table only", x?.locations, y?.locations) }
            var differences: [String] = []
            if keys(x.decisions) != keys(y.decisions) {
                differences.append("decisions \(keys(x.decisions).joined(separator: "; ")) against \(keys(y.decisions).joined(separator: "; "))")
                rowSymbols.formUnion(x.decisions.map(\.symbol) + y.decisions.map(\.symbol))
            }
            if x.writtenProcedureRecord != y.writtenProcedureRecord {
                differences.append("written procedure \(text(x.writtenProcedureRecord?.compact)) against \(text(y.writtenProcedureRecord?.compact))")
            }
            if x.agendaItem != y.agendaItem { differences.append("item \(text(x.agendaItem)) against \(text(y.agendaItem))") }
            guard !differences.isEmpty else { return }
            report([text(key.record?.compact)], "Table 2, row \(name): " + differences.joined(separator: "; ") + " (\(one) against \(two))", x.locations, y.locations)
        }

        // Decisions the account reports (a difference that follows from a row above is not repeated).
        align(a.decisions, b.decisions, key: { $0.symbol }) { x, y, symbol in
            guard let x, let y else {
                if rowSymbols.contains(symbol) { return }
                return report([symbol.compact], "\(symbol.compact) is reported in the \(side(x, one, two)) edition only", x?.locations, y?.locations)
            }
            guard !rowSymbols.contains(symbol) else { return }
            var differences: [String] = []
            if x.date != y.date { differences.append("date \(text(x.date?.iso)) against \(text(y.date?.iso))") }
            if x.vote != y.vote { differences.append("vote \(text(x.vote.map(voteText))) against \(text(y.vote.map(voteText)))") }
            if x.unanimous != y.unanimous { differences.append("unanimous \(text(x.unanimous)) against \(text(y.unanimous))") }
            if x.chapterVII != y.chapterVII { differences.append("Chapter VII \(x.chapterVII) against \(y.chapterVII)") }
            if x.record != y.record { differences.append("record \(text(x.record?.compact)) against \(text(y.record?.compact))") }
            guard !differences.isEmpty else { return }
            report([symbol.compact], "\(symbol.compact): " + differences.joined(separator: "; ") + " (\(one) against \(two))", x.locations, y.locations)
        }

        // Footnotes and table notes (before the events, whose records and concept notes come from footnotes).
        var noteSymbols = Set<DocumentSymbol>()
        align(a.footnotes, b.footnotes, key: { $0.number }) { x, y, number in
            guard let x, let y else { return report([String(number)], "footnote \(number) is in the \(side(x, one, two)) edition only", x?.locations, y?.locations) }
            if Set(x.symbols) != Set(y.symbols) {
                noteSymbols.formUnion(x.symbols + y.symbols)
                report([String(number)], "footnote \(number) cites \(list(x.symbols)) in \(one), \(list(y.symbols)) in \(two)", x.locations, y.locations)
            }
        }
        align(a.tableNotes, b.tableNotes, key: { NoteKey(item: $0.agendaItem, table: $0.table, letter: $0.letter) }) { x, y, key in
            guard x == nil || y == nil else { return }
            report([key.letter], "note \(key.letter) of table \(key.table) is in the \(side(x, one, two)) edition only", x?.locations, y?.locations)
        }
        // Events.
        align(a.events, b.events, key: { EventKey(item: $0.agendaItem, date: $0.date, kind: $0.kind.rawValue) }) { x, y, key in
            let name = "the \(key.kind) of \(text(key.date?.iso))"
            guard let x, let y else { return report([text(key.date?.iso)], "\(name) is in the \(side(x, one, two)) edition's account only", x?.locations, y?.locations) }
            var differences: [String] = []
            if code(x.initiative) != code(y.initiative) { differences.append("initiative \(text(x.initiative)) against \(text(y.initiative))") }
            // A record or concept note that differs because its footnote does was reported with the footnote.
            func fromNotes(_ p: DocumentSymbol?, _ q: DocumentSymbol?) -> Bool { [p, q].allSatisfy { $0.map(noteSymbols.contains) ?? true } }
            if x.record != y.record, !fromNotes(x.record, y.record) { differences.append("record \(text(x.record?.compact)) against \(text(y.record?.compact))") }
            if x.conceptNote != y.conceptNote, !fromNotes(x.conceptNote, y.conceptNote) { differences.append("concept note \(text(x.conceptNote?.compact)) against \(text(y.conceptNote?.compact))") }
            if x.briefers.count != y.briefers.count { differences.append("\(x.briefers.count) briefers against \(y.briefers.count)") }
            guard !differences.isEmpty else { return }
            report([text(key.date?.iso)], "\(name): " + differences.joined(separator: "; ") + " (\(one) against \(two))", x.locations, y.locations)
        }

        return out
    }

    // MARK: Keys

    struct VideoconferenceKey: Hashable { let date: RepertoireDate?, record: DocumentSymbol? }
    struct EventKey: Hashable { let item: Int?, date: RepertoireDate?, kind: String }
    struct NoteKey: Hashable { let item: Int?, table: Int, letter: String }

    /// Pairs the two lists' records by `key`, in the first list's order and then the second's; a key repeated in one
    /// list is paired with its first.
    func align<T, K: Hashable>(_ xs: [T], _ ys: [T], key: (T) -> K, _ visit: (T?, T?, K) -> Void) {
        var second: [K: T] = [:]
        for y in ys where second[key(y)] == nil { second[key(y)] = y }
        var seen = Set<K>()
        for x in xs where seen.insert(key(x)).inserted { visit(x, second[key(x)], key(x)) }
        for y in ys where seen.insert(key(y)).inserted { visit(nil, y, key(y)) }
    }

    func side<T>(_ x: T?, _ one: String, _ two: String) -> String { x == nil ? two : one }

    func keys(_ cs: [Continuation]) -> [String] { cs.map { "\($0.record.compact) \(text($0.date?.iso))" } }
    func keys(_ ds: [Draft]) -> [String] {
        ds.map { d in "\(d.symbol.compact) (\(text(d.sponsorsCount)) sponsors)" }
    }
    func keys(_ rs: [DecisionReference]) -> [String] {
        rs.map { "\($0.symbol.compact) \(text($0.vote.map(voteText)))" + ($0.chapterVII ? " Chapter VII" : "") }
    }

    func voteText(_ v: Vote) -> String { "\(v.for)-\(v.against)-\(v.abstaining)" }
    func list(_ symbols: [DocumentSymbol]) -> String { symbols.isEmpty ? "none" : symbols.map(\.compact).joined(separator: ", ") }
    func text<V>(_ v: V?) -> String { v.map { "\($0)" } ?? "none" }

    /// The code of a state or entity name in any language, or the name itself where the gazetteer knows none.
    func code(_ name: String?) -> String? { name.map { gazetteer.resolve($0)?.code ?? $0 } }
    func codes(_ names: [String]) -> Set<String> { Set(names.compactMap { gazetteer.resolve($0)?.code }) }

    /// The numbers written in a list's entries (`92 Member States`, `92 个会员国`), in order.
    func numbers(_ entries: [String]) -> [Int] {
        entries.flatMap { $0.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) } }
    }

    /// How two lists of states differ by their codes (those that resolve), or nil where they agree.
    func stateDifference(_ x: [String], _ y: [String]) -> String? {
        let p = codes(x), q = codes(y)
        guard p != q else { return nil }
        let onlyFirst = p.subtracting(q).sorted(), onlySecond = q.subtracting(p).sorted()
        return [onlyFirst.isEmpty ? nil : "only in \(first.facts.language): " + onlyFirst.joined(separator: ", "),
                onlySecond.isEmpty ? nil : "only in \(second.facts.language): " + onlySecond.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: "; ")
    }
}
