import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// The web pages, each with its `.json` twin (the same path with `.json`): home, an agenda item, a meeting,
/// a decision, a state, search, findings.
struct PagesController: Sendable {
    let store: SQLiteStore

    var routes: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
        routes.get("/") { request, _ in try home(request, json: false) }
        routes.get("index.json") { request, _ in try home(request, json: true) }
        routes.get("items/:number") { request, context in
            let (key, json) = Self.split(context.parameters.get("number") ?? "")
            guard let number = Int(key) else { throw APIError.badRequest("item number must be an integer") }
            return try item(number, request, json: json)
        }
        for (path, json) in [("items/:number/tables", false), ("items/:number/tables.json", true)] {
            routes.get(RouterPath(path)) { request, context in
                guard let number = Int(context.parameters.get("number") ?? "") else { throw APIError.badRequest("item number must be an integer") }
                return try tables(number, request, json: json)
            }
        }
        routes.get("meetings/**") { request, context in
            let (key, json) = Self.split(Self.catchAll(context))
            guard let record = DocumentSymbol(key) else { throw APIError.badRequest("'\(key)' is not a meeting record") }
            return try meeting(record, request, json: json)
        }
        routes.get("decisions/**") { request, context in
            let (key, json) = Self.split(Self.catchAll(context))
            guard let symbol = DocumentSymbol(key) else { throw APIError.badRequest("'\(key)' is not a document symbol") }
            return try decision(symbol, request, json: json)
        }
        routes.get("states/:iso3") { request, context in
            let (code, json) = Self.split(context.parameters.get("iso3") ?? "")
            guard PracticeQuery(.states, state: code).problem == nil else { throw APIError.badRequest("'\(code)' is not an ISO 3166 alpha-3 code") }
            return try state(code.uppercased(), request, json: json)
        }
        for subject in PracticeQuery.Subject.allCases {
            routes.get(RouterPath(subject.rawValue)) { request, _ in try list(subject, request, format: "html") }
            routes.get(RouterPath(subject.rawValue + ".json")) { request, _ in try list(subject, request, format: "json") }
            routes.get(RouterPath(subject.rawValue + ".csv")) { request, _ in try list(subject, request, format: "csv") }
        }
        routes.get("search") { request, _ in try search(request, json: false) }
        routes.get("search.json") { request, _ in try search(request, json: true) }
        routes.get("stats") { request, _ in try stats(request, json: false) }
        routes.get("stats.json") { request, _ in try stats(request, json: true) }
        routes.get("findings") { request, _ in try findings(request, json: false) }
        routes.get("findings.json") { request, _ in try findings(request, json: true) }
        routes.get("findings.csv") { request, _ in try findings(request, json: true, csv: true) }
        return routes
    }

    static func split(_ key: String) -> (String, json: Bool) {
        key.hasSuffix(".json") ? (String(key.dropLast(5)), true) : (key, false)
    }

    static func catchAll(_ context: BasicRequestContext) -> String {
        let joined = context.parameters.getCatchAll().joined(separator: "/")
        return joined.removingPercentEncoding ?? joined
    }

    // MARK: Parts

    /// The input lines a fact was read from, quoted.
    func addSource(_ page: inout Page, rows: Rows, labels: Labels) throws {
        // The lines of the first rows only, of a few documents (a resolution cited by sixty documents would be
        // quoted sixty times over), each document read once for all of its rows' lines (an item's rows are mostly
        // of one document), quoted in the rows' order. The JSON twin has every row's line numbers.
        var wanted: [(document: String, lines: [Int])] = [], documents: Set<String> = []
        for (document, lines) in zip(rows.column("document"), rows.column("lines")).prefix(Self.sourceRows) {
            guard let name = document.string, let json = lines.string else { continue }
            guard documents.contains(name) || documents.count < Self.sourceDocuments else { continue }
            documents.insert(name)
            wanted.append((name, Self.numbers(json)))
        }
        var read: [String: [Int: String]] = [:]
        for name in Set(wanted.map(\.document)) {
            let lines = wanted.filter { $0.document == name }.flatMap(\.lines)
            read[name] = Dictionary(try store.sourceLines(document: name, lines: lines).map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        }
        var text = ""
        for (name, lines) in wanted {
            let file = name.split(separator: "/").last.map(String.init) ?? name
            for number in lines { if let line = read[name]?[number] { text += "\(file):\(number)  \(line)\n" } }
        }
        guard !text.isEmpty else { return }
        page.add(heading: labels["source_lines"], html: #"<pre class="source">\#(Page.escape(text))</pre>"#)
    }

    /// The line numbers of a `lines` column (`[12,13]`).
    static func numbers(_ json: String) -> [Int] {
        json.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
    }

    /// How many rows' source lines a page quotes.
    static let sourceRows = 20
    /// From how many documents at most.
    static let sourceDocuments = 3

    /// A list of symbols (an array column), each linked to its page and to the document at undocs.org.
    static func symbolLinks(_ value: Rows.Value, _ lang: String) -> String? {
        guard let text = value.string, !text.isEmpty else { return nil }
        return ColumnType.elements(text).compactMap(\.string).map { s in
            #"<a href="\#(Links.decision(.text(s), lang) ?? "")">\#(Page.escape(s))</a> <a class="doc" href="\#(Links.undocs(s, lang))" title="undocs.org">↗</a>"#
        }.joined(separator: " ")
    }
}

/// Row counts by table, as a JSON object.
struct Totals: JSONWritable {
    let counts: [(table: String, rows: Int)]
    func write(to w: inout JSONWriter) {
        w.object { o in for c in counts { o.field(named: c.table, c.rows) } }
    }
}


/// A page's sections by name, with the labels of the request's language; a missing section is empty.
struct Sections {
    let labels: Labels
    private let byName: [String: Rows]

    /// The sections, findings' messages in the page's language (`Localised`).
    init(_ sections: [(section: String, rows: Rows)], _ request: Request) {
        labels = Labels.of(request)
        byName = Dictionary(Localised.sections(sections, labels.lang).map { ($0.section, $0.rows) }, uniquingKeysWith: { a, _ in a })
    }

    subscript(_ name: String) -> Rows { byName[name] ?? Rows(columns: []) }

    private init(labels: Labels, byName: [String: Rows]) { self.labels = labels; self.byName = byName }

    /// The sections as read, not yet in the page's words: to be cut (`cut(to:)`) before the work of each row is done
    /// (a resolution's page put 201 findings into words to show 50).
    static func unlocalised(_ sections: [(section: String, rows: Rows)], _ request: Request) -> Sections {
        Sections(labels: Labels.of(request), byName: Dictionary(sections.map { ($0.section, $0.rows) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Each section with at most `limit` rows (but those named in `whole`), findings' messages in the page's language.
    func cut(to limit: Int, except whole: Set<String> = []) -> Sections {
        Sections(labels: labels, byName: Dictionary(uniqueKeysWithValues: byName.map { name, rows in
            var cut = rows
            if !whole.contains(name) { cut.rows = Array(rows.rows.prefix(limit)) }
            return (name, Localised.rows(cut, labels.lang))
        }))
    }
}
