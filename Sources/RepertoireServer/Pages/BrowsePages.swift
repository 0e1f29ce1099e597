import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// The list pages: meetings, videoconferences, decisions, symbols, states and events, each with filters, sorting
/// and pages, and its `.json` and `.csv` twins (the API's answer for the same arguments).
extension PagesController {
    func list(_ subject: PracticeQuery.Subject, _ request: Request, format: String) throws -> Response {
        let labels = Labels.of(request)
        try APIController.checkArguments(request, allowed: Self.filters(subject) + ["lang"], list: true)
        let (query, size, offset) = try APIController.practiceQuery(subject, request, language: labels.lang)
        if format != "html" { return try APIController.respond(try store.answer(query), size: size, offset: offset, request: request, csv: format == "csv") }
        var rows = try store.answer(query)
        let more = rows.rows.count > size
        rows.rows = Array(rows.rows.prefix(size))
        var page = Page(title: labels[subject.rawValue])
        page.add(heading: nil, html: filterForm(subject, request, columns: rows.columns, labels: labels))
        page.add(heading: rows.rows.isEmpty ? nil : "\(labels["rows"]) \(offset + 1)–\(offset + rows.rows.count)",
                 rows: rows, columns: Self.columns(subject, labels.lang), labels: labels)
        page.add(heading: nil, html: pager(request, offset: offset, size: size, more: more, labels: labels))
        return page.render(request, labels: labels)
    }

    /// The filters a subject takes.
    static func filters(_ subject: PracticeQuery.Subject) -> [String] {
        switch subject {
        case .decisions: ["item", "from", "to", "state", "kind", "source"]
        case .meetings, .states, .events: ["item", "from", "to", "state"] + (PracticeQuery.kinds(subject).isEmpty ? [] : ["kind"])
        case .videoconferences: ["item", "from", "to"]
        case .symbols: ["item", "kind"]
        }
    }

    /// What each list shows, in order.
    static func columns(_ subject: PracticeQuery.Subject, _ lang: String) -> [Page.Column] {
        let item = Page.Column("item", link: { Links.item($0("item"), lang) })
        let decisions = Page.Column("decisions", html: { Self.symbolLinks($0("decisions"), lang) })
        switch subject {
        case .meetings:
            return [.init("record", link: { Links.meeting($0("record"), lang) }), .init("date"), item, .init("sub_item"), .init("continuations"),
                    .init("rule37_count"), .init("rule39_other"), .init("speakers"), decisions]
        case .videoconferences:
            return [.init("date"), item, .init("record"), .init("title"), .init("written_procedure_record"), decisions]
        case .decisions:
            return [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("kind"), .init("date"), item, .init("vote"), .init("official_vote"),
                    .init("unanimous"), .init("chapter_vii"), .init("venue"),
                    .init("record", link: { v in v("venue").string == "meeting" && v("source").string == "repertoire" ? Links.meeting(v("record"), lang) : nil }),
                    .init("state_vote"), .init("source")]
        case .symbols:
            return [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("kind"), .init("citations"), .init("documents")]
        case .states:
            return [.state("name", "state", lang: lang), .init("iso3"), .init("invited_rule37"), .init("invited_rule39_other"), .init("spoke"),
                    .init("sponsored"), .init("voted")]
        case .events:
            return [.init("date"), item, .init("kind"), .state("initiative", lang: lang), .init("theme"),
                    .init("record"), .init("concept_note"), .init("briefers")]
        }
    }

    /// The filters as a form (GET, so that a filtered list has its own address), the sort among the answer's
    /// columns, and the links to the list's JSON and CSV.
    func filterForm(_ subject: PracticeQuery.Subject, _ request: Request, columns: [String], labels: Labels) -> String {
        let q = request.uri.queryParameters
        func value(_ name: String) -> String { Page.escape(q[Substring(name)].map(String.init) ?? "") }
        var fields = ""
        for name in Self.filters(subject) {
            if name == "kind" || name == "source" {
                let options = ([""] + (name == "kind" ? PracticeQuery.kinds(subject) : PracticeQuery.sources)).map { k in
                    #"<option value="\#(k)"\#(value(name) == k ? " selected" : "")>\#(Page.escape(k.isEmpty ? labels["any"] : labels.value(k)))</option>"#
                }.joined()
                fields += #"<label>\#(labels[name])<select name="\#(name)">\#(options)</select></label>"#
            } else {
                let type = name == "from" || name == "to" ? "date" : name == "item" ? "number" : "text"
                fields += #"<label>\#(labels["filter_" + name])<input type="\#(type)" name="\#(name)" value="\#(value(name))"></label>"#
            }
        }
        let sorted = value("_sort_desc").isEmpty ? value("_sort") : value("_sort_desc")
        let options = ([""] + columns).map { c in
            #"<option value="\#(c)"\#(sorted == c ? " selected" : "")>\#(Page.escape(c.isEmpty ? labels["default_order"] : labels[c]))</option>"#
        }.joined()
        fields += #"<label>\#(labels["sort"])<select name="_sort">\#(options)</select></label>"#
        fields += #"<input type="hidden" name="lang" value="\#(labels.lang)"><button>\#(labels["apply"])</button>"#
        let path = request.uri.path
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return #"<form class="filters" method="get" action="\#(path)">\#(fields)</form>"#
            + #"<p class="note"><a href="\#(Page.escape(path + ".json" + query))">JSON</a> · <a href="\#(Page.escape(path + ".csv" + query))">CSV</a></p>"#
    }

    /// Links to the first and the next page.
    func pager(_ request: Request, offset: Int, size: Int, more: Bool, labels: Labels) -> String {
        var links: [String] = []
        if offset > 0 { links.append(#"<a href="\#(Page.escape(Envelope.url(request, removing: "_next")))">\#(labels["first_page"])</a>"#) }
        if more {
            links.append(#"<a rel="next" href="\#(Page.escape(Envelope.url(request, replacing: "_next", with: PageToken.make(offset: offset + size))))">\#(labels["next_page"])</a>"#)
        }
        return links.isEmpty ? "" : #"<nav class="pages">\#(links.joined())</nav>"#
    }
}
