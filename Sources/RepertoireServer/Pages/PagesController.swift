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
        routes.get("search") { request, _ in try search(request, json: false) }
        routes.get("search.json") { request, _ in try search(request, json: true) }
        routes.get("findings") { request, _ in try findings(request, json: false) }
        routes.get("findings.json") { request, _ in try findings(request, json: true) }
        return routes
    }

    static func split(_ key: String) -> (String, json: Bool) {
        key.hasSuffix(".json") ? (String(key.dropLast(5)), true) : (key, false)
    }

    static func catchAll(_ context: BasicRequestContext) -> String {
        let joined = context.parameters.getCatchAll().joined(separator: "/")
        return joined.removingPercentEncoding ?? joined
    }

    // MARK: Pages

    func home(_ request: Request, json: Bool) throws -> Response {
        let counts = try store.counts(), timeline = try store.timeline(), items = try store.items()
        if json {
            return Envelope.json { w in
                w.object { o in
                    o.field("ok", true)
                    o.field("totals", Totals(counts: counts))
                    o.field("timeline", timeline)
                    o.field("items", items)
                }
            }
        }
        let labels = Labels.of(request), lang = labels.lang
        var page = Page(title: labels["site"])
        let shown = ["document": "documents", "agenda_item": "items", "meeting": "meetings", "videoconference": "videoconferences",
                     "decision": "decisions", "finding": "findings"]
        let totals = counts.compactMap { c in shown[c.table].map { "<div><b>\(c.rows)</b>\(Page.escape(labels[$0]))</div>" } }.joined()
        page.add(heading: labels["totals"], html: #"<div class="totals">\#(totals)</div>"#)
        page.add(heading: labels["timeline"], html: Charts.timeline(timeline, labels: labels))
        page.add(heading: labels["items"], rows: items, columns: [
            .init("item", "item", link: { Links.item($0("item"), lang) }), .init("title", "title", link: { Links.item($0("item"), lang) }),
            .init("meetings"), .init("videoconferences"), .init("decisions"),
        ], labels: labels)
        return page.render(request, labels: labels)
    }

    func item(_ number: Int, _ request: Request, json: Bool) throws -> Response {
        guard let sections = try store.item(number) else { throw APIError.notFound("no agenda item \(number)") }
        if json { return Envelope.sections(sections) }
        let s = Sections(sections, request), labels = s.labels, lang = labels.lang
        let title = s["item"].column("title").first?.description ?? ""
        var page = Page(title: "\(number). \(title)")
        page.add(heading: labels["sub_items"], rows: s["sub_items"], columns: [.init("number", "#"), .init("title"), .init("kind")], labels: labels)
        page.add(heading: labels["meetings"], rows: s["meetings"], columns: [
            .init("record", link: { Links.meeting($0("record"), lang) }), .init("date"), .init("sub_item", "sub_items"),
            .init("rule37_count", "rule 37"), .init("speakers", "participants"), .init("decisions", html: { Self.symbolLinks($0("decisions"), lang) }),
        ], labels: labels)
        page.add(heading: labels["videoconferences"], rows: s["videoconferences"], columns: [
            .init("date"), .init("record"), .init("title"), .init("decisions", html: { Self.symbolLinks($0("decisions"), lang) }),
        ], labels: labels)
        page.add(heading: labels["decisions"], rows: s["decisions"], columns: [
            .init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("date"), .init("kind"),
            .init("vote", html: { v in v("votes_for").int.map { Charts.voteBar(for: $0, against: v("votes_against").int ?? 0, abstaining: v("votes_abstaining").int ?? 0, labels: labels) } }),
            .init("venue"), .init("record", link: { v in v("venue").string == "meeting" ? Links.meeting(v("record"), lang) : nil }),
        ], labels: labels)
        return page.render(request, labels: labels)
    }

    func meeting(_ record: DocumentSymbol, _ request: Request, json: Bool) throws -> Response {
        guard let sections = try store.meeting(record) else { throw APIError.notFound("no meeting \(record.compact)") }
        if json { return Envelope.sections(sections) }
        let s = Sections(sections, request), labels = s.labels, lang = labels.lang
        let m = s["meeting"]
        var page = Page(title: record.compact, subtitle: [m.column("date").first, m.column("sub_item").first].compactMap { $0?.description }.filter { !$0.isEmpty }.joined(separator: " · "))
        page.add(heading: labels["item"], rows: m, columns: [.init("item", link: { Links.item($0("item"), lang) }), .init("date"), .init("rule37_count", "rule 37"), .init("rule37_note")], labels: labels)
        page.add(heading: labels["continuations"], rows: s["continuations"], columns: [.init("record"), .init("date")], labels: labels)
        page.add(heading: labels["decisions"], rows: s["decisions"], columns: [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("vote")], labels: labels)
        page.add(heading: labels["drafts"], rows: s["drafts"], columns: [.init("symbol"), .init("sponsors_count", "#"), .init("sponsors")], labels: labels)
        page.add(heading: labels["participants"], rows: s["participants"], columns: [
            .init("role"), .init("name", link: { Links.state($0("iso3"), lang) }), .init("iso3"),
        ], labels: labels)
        try addSource(&page, rows: m, labels: labels)
        return page.render(request, labels: labels)
    }

    func decision(_ symbol: DocumentSymbol, _ request: Request, json: Bool) throws -> Response {
        let sections = try store.show(symbol)
        guard !(sections.first?.rows.rows.isEmpty ?? true) else { throw APIError.notFound("\(symbol.compact) is not in the database") }
        if json { return Envelope.sections(sections) }
        let s = Sections(sections, request), labels = s.labels, lang = labels.lang
        let decisions = s["decisions"], official = s["official_record"]
        let vote = (decisions.column("vote").first?.string ?? official.column("vote").first?.string).flatMap(Vote.init)
        var page = Page(title: symbol.compact, subtitle: official.column("title").first?.string)
        if let vote {
            page.add(heading: labels["vote"], html: Charts.voteBar(for: vote.for, against: vote.against, abstaining: vote.abstaining, labels: labels)
                     + "<p>\(vote.text)</p>")
        }
        page.add(heading: labels["decisions"], rows: decisions, columns: [
            .init("date"), .init("item", link: { Links.item($0("item"), lang) }), .init("vote"), .init("venue"),
            .init("record", link: { v in v("venue").string == "meeting" ? Links.meeting(v("record"), lang) : nil }), .init("chapter_vii", "Chapter VII"),
        ], labels: labels)
        page.add(heading: labels["listed"], rows: s["listed"], columns: [.init("occasion"), .init("date"), .init("vote")], labels: labels)
        page.add(heading: labels["official_record"], rows: official, columns: [
            .init("venue"), .init("meeting", link: { Links.meeting($0("meeting"), lang) }), .init("date"), .init("adoption_type"), .init("vote"), .init("draft"),
        ], labels: labels)
        page.add(heading: labels["member_votes"], rows: s["member_votes"], columns: [
            .init("state", link: { Links.state($0("iso3"), lang) }), .init("iso3"), .init("vote"),
        ], labels: labels)
        try addSource(&page, rows: decisions, labels: labels)
        page.add(heading: labels["findings"], rows: s["findings"], columns: [.init("severity"), .init("kind"), .init("message"), .init("line")], labels: labels)
        page.add(heading: labels["official_texts"], rows: s["official_texts"], columns: [.init("language"), .init("title"), .init("adoption_date")], labels: labels)
        page.add(heading: labels["citations"], rows: s["citations"], columns: [.init("document"), .init("line"), .init("context")], labels: labels)
        return page.render(request, labels: labels)
    }

    func state(_ code: String, _ request: Request, json: Bool) throws -> Response {
        guard let sections = try store.state(code) else { throw APIError.notFound("\(code) appears nowhere in the database") }
        if json { return Envelope.sections(sections) }
        let s = Sections(sections, request), labels = s.labels, lang = labels.lang
        let name = s["summary"].column("name").first?.string ?? Gazetteer.shared.entity(code: code)?.english ?? code
        var page = Page(title: "\(name) (\(code))")
        page.add(heading: labels["summary"], rows: s["summary"], columns: [
            .init("invited_rule37", "rule 37"), .init("invited_rule39_other", "rule 39"), .init("spoke"), .init("sponsored"), .init("voted"),
        ], labels: labels)
        page.add(heading: labels["participation"], rows: s["participation"], columns: [
            .init("record", link: { Links.meeting($0("record"), lang) }), .init("date"), .init("item", link: { Links.item($0("item"), lang) }), .init("role"),
        ], labels: labels)
        page.add(heading: labels["sponsored"], rows: s["sponsored"], columns: [.init("draft"), .init("record", link: { Links.meeting($0("record"), lang) }), .init("date")], labels: labels)
        page.add(heading: labels["votes"], rows: s["votes"], columns: [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("date"), .init("vote")], labels: labels)
        return page.render(request, labels: labels)
    }

    func search(_ request: Request, json: Bool) throws -> Response {
        let q = request.uri.queryParameters["q"].map(String.init) ?? ""
        let item = try APIController.int(request.uri.queryParameters["item"], "item")
        // Private-use marks survive HTML escaping; they become <mark> after it.
        let rows = q.trimmingSpaces.isEmpty ? Rows(columns: []) : try store.search(SearchQuery(q, item: item, limit: 50, highlight: ("\u{E000}", "\u{E001}")))
        if json {
            var marked = rows
            marked.rows = rows.rows.map { $0.map { v in v.string.map { .text($0.replacingOccurrences(of: "\u{E000}", with: "<mark>").replacingOccurrences(of: "\u{E001}", with: "</mark>")) } ?? v } }
            return Envelope.page(marked, next: nil, request: request)
        }
        let labels = Labels.of(request), lang = labels.lang
        var page = Page(title: q.isEmpty ? labels["search"] : "\(labels["search"]): \(q)")
        page.query = q
        if !q.isEmpty {
            page.add(heading: "\(labels["results"]) (\(rows.rows.count))", rows: rows, columns: [
                .init("snippet", html: { v in v("snippet").string.map { Page.escape($0).replacingOccurrences(of: "\u{E000}", with: "<mark>").replacingOccurrences(of: "\u{E001}", with: "</mark>") } }),
                .init("source"), .init("item", link: { Links.item($0("item"), lang) }), .init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("line"),
            ], labels: labels)
        }
        return page.render(request, labels: labels)
    }

    func findings(_ request: Request, json: Bool) throws -> Response {
        let rows = try store.findings(limit: 500)
        if json { return Envelope.page(rows, next: nil, request: request) }
        let labels = Labels.of(request)
        var page = Page(title: labels["findings"])
        page.add(heading: nil, rows: rows, columns: [.init("severity"), .init("kind"), .init("message"), .init("line")], labels: labels)
        return page.render(request, labels: labels)
    }

    // MARK: Parts

    /// The input lines a fact was read from, quoted.
    func addSource(_ page: inout Page, rows: Rows, labels: Labels) throws {
        var text = ""
        for (document, lines) in zip(rows.column("document"), rows.column("lines")) {
            guard let path = document.string, let json = lines.string,
                  let numbers = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Int] else { continue }
            for line in try store.sourceLines(document: path, lines: numbers) {
                text += "\(URL(fileURLWithPath: path).lastPathComponent):\(line.number)  \(line.text)\n"
            }
        }
        guard !text.isEmpty else { return }
        page.add(heading: labels["source_lines"], html: #"<pre class="source">\#(Page.escape(text))</pre>"#)
    }

    static func symbolLinks(_ value: Rows.Value, _ lang: String) -> String? {
        guard let text = value.string, !text.isEmpty else { return nil }
        return text.split(separator: " ").map { s in
            #"<a href="\#(Links.decision(.text(String(s)), lang) ?? "")">\#(Page.escape(String(s)))</a>"#
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

    init(_ sections: [(section: String, rows: Rows)], _ request: Request) {
        labels = Labels.of(request)
        byName = Dictionary(sections.map { ($0.section, $0.rows) }, uniquingKeysWith: { a, _ in a })
    }

    subscript(_ name: String) -> Rows { byName[name] ?? Rows(columns: []) }
}
