import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireStore

/// The filters and format shared by meetings, videoconferences, decisions, symbols and states.
struct QueryOptions: ParsableArguments {
    @Option(name: .long, help: "Only this agenda item number.")
    var item: Int?

    @Option(name: .long, help: "From this date on (YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Up to this date (YYYY-MM-DD).")
    var to: String?

    @Option(name: .long, help: "Only where this state took part (invited, spoke, voted): its ISO 3166 alpha-3 code (VNM) or its name in English or Chinese (\"Viet Nam\", 越南).")
    var state: String?

    @Option(name: .long, help: "At most this many rows.")
    var limit: Int?

    @Option(name: .long, help: "Order by this column of the answer (date, symbol, …) instead of the command's own order.")
    var sort: String?

    @Flag(name: .long, help: "With --sort: the largest or latest first.")
    var descending = false

    @Option(name: .shortAndLong, help: "Output: table (fits the terminal), json (an array of objects) or csv (RFC 4180).")
    var format: RowsFormat = .table

    @Flag(name: .long, help: "table: never cut a column to fit the terminal.")
    var wide = false

    @Option(name: .long, help: "table: the column headers in this language, zh or en (JSON and CSV keep the column names).")
    var lang: String = "en"

    @Flag(name: .long, help: "csv: begin with a byte order mark, so that Excel reads the UTF-8 (Chinese names) as such.")
    var bom = false

    @OptionGroup var database: DatabaseOptions

    /// Runs the query of `subject`; `kind` is the command's own `--kind` (decisions, symbols and states have one).
    func run(_ subject: PracticeQuery.Subject, kind: String? = nil, source: String? = nil) throws {
        var query = PracticeQuery(subject, item: item, from: try date(from, "--from"), to: try date(to, "--to"),
                                  state: try stateCode(state), kind: kind, limit: limit)
        query.sort = sort
        query.source = source
        query.descending = descending
        if let problem = query.problem { throw ValidationError(problem) }
        let store = try database.openForReading()
        let rows: Rows
        do { rows = try store.query(query) } catch let error as QueryError { throw ValidationError(error.description) }
        guard Catalogue.labels[lang] != nil else { throw ValidationError("--lang \(lang): zh or en") }
        let text = format.render(rows, width: wide ? nil : Terminal.width, label: Headers.label(lang))
        Terminal.write(bom && format == .csv ? "\u{FEFF}" + text : text)
    }

    /// The code of `--state`: an ISO 3166 alpha-3 code as given, or a name the gazetteer resolves (any of the UN's
    /// languages, any case).
    func stateCode(_ given: String?) throws -> String? {
        guard let given else { return nil }
        if let code = Gazetteer.shared.code(given: given) { return code }
        throw ValidationError("--state \(given): no state of that code or name (give an ISO 3166 alpha-3 code, such as VNM, or a name such as \"Viet Nam\" or 越南)")
    }

    func date(_ text: String?, _ option: String) throws -> RepertoireDate? {
        guard let text else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = RepertoireDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw ValidationError("\(option) '\(text)' is not a date: expected YYYY-MM-DD")
        }
        return date
    }
}

struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Meetings: record, date, sub-item, resumptions, invitees and speakers counted, decisions.")
    @OptionGroup var options: QueryOptions
    func run() throws { try options.run(.meetings) }
}

struct Videoconferences: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Videoconferences: date, record letter, title, written procedure, decisions.")
    @OptionGroup var options: QueryOptions
    func run() throws { try options.run(.videoconferences) }
}

struct Decisions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Decisions as the Repertoire reports them, with the official vote where known, then the UN's records of decisions the Repertoire does not report (source: repertoire or un_record; --state: that member's vote).")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Only decisions of this kind: resolution or presidential_statement.")
    var kind: String?
    @Option(name: .long, help: "Only decisions from this source: repertoire (as the Repertoire reports them) or un_record (the UN's records of the others).")
    var source: String?
    func run() throws { try options.run(.decisions, kind: kind, source: source) }
}

struct Symbols: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Document symbols: kind, undocs.org link, how often and in how many documents cited.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Only symbols of this kind: resolution, presidential_statement, meeting_record, document or other.")
    var kind: String?
    func run() throws { try options.run(.symbols, kind: kind) }
}

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Events as the account tells them: date, meeting or videoconference, initiative, theme, record, concept note, briefers.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Only events of this kind: meeting or videoconference.")
    var kind: String?
    func run() throws { try options.run(.events, kind: kind) }
}

struct States: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "States' participation: invited under rule 37 or 39, spoke, sponsored, voted.")
    @OptionGroup var options: QueryOptions
    @Option(name: .long, help: "Only this kind of participation: rule37, rule39_other or speaker.")
    var kind: String?
    func run() throws { try options.run(.states, kind: kind) }
}

/// A table's column headers from the catalogue, in a language (the column's name where it has no label).
enum Headers {
    static func label(_ lang: String) -> (String) -> String {
        { Catalogue.labels[lang]?[$0] ?? $0 }
    }
}
