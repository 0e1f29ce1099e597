import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// Search and findings, paged like the API (`_size`, `_next`).
extension PagesController {
    func search(_ request: Request, json: Bool) throws -> Response {
        let q = request.uri.queryParameters["q"].map(String.init) ?? ""
        let (size, offset) = try APIController.paging(request)
        let found = q.trimmingSpaces.isEmpty ? nil : try APIController.search(q, request, store: store)
        var rows = found.map { Snippet.html($0.result.rows) } ?? Rows(columns: [])
        let count = found?.result.count ?? 0
        if json {
            guard let found else { throw APIError.badRequest("q: give what to look for") }
            return try APIController.respond(rows, size: size, offset: offset, request: request, count: count, order: found.result.order.rawValue)
        }
        let more = rows.rows.count > size
        rows.rows = Array(rows.rows.prefix(size))
        let labels = Labels.of(request), lang = labels.lang
        var page = Page(title: q.isEmpty ? labels["search"] : "\(labels["search"]): \(q)")
        page.query = q
        if !q.isEmpty {
            // Which order the results come in, and a link to the other.
            if let found {
                let other: SearchQuery.Order = found.result.order == .relevance ? .document : .relevance
                page.add(heading: nil, html: #"<p class="note">\#(Page.escape(labels["order_" + found.result.order.rawValue])) · <a href="\#(Page.escape(Envelope.url(request, replacing: "order", with: other.rawValue, removing: ["_next"])))">\#(Page.escape(labels["order_" + other.rawValue]))</a></p>"#)
            }
            page.add(heading: rows.rows.isEmpty ? labels["results"] : "\(labels["results"]) \(offset + 1)–\(offset + rows.rows.count) / \(count)", rows: rows, columns: [
                .init("snippet", html: { v in v("snippet").string }),
                .init("source"), .init("item", link: { Links.item($0("item"), lang) }), .init("symbol", link: { Links.decision($0("symbol"), lang) }),
                .init("document"), .init("line"),
            ], labels: labels)
            page.add(heading: nil, html: pager(request, offset: offset, size: size, more: more, labels: labels))
        }
        return page.render(request, labels: labels)
    }

    func findings(_ request: Request, json: Bool, csv: Bool = false) throws -> Response {
        let q = request.uri.queryParameters
        try APIController.checkArguments(request, allowed: ["kind", "severity", "lang"], list: true)
        let (size, offset) = try APIController.paging(request)
        let labels = Labels.of(request)
        let rows = try store.findings(kind: APIController.nonEmpty(q["kind"]), severity: APIController.nonEmpty(q["severity"]),
                                      limit: size + 1, offset: offset)
        if json { return try APIController.respond(rows, size: size, offset: offset, request: request, csv: csv) }
        var page = Page(title: labels["findings"])
        var shown = rows
        shown.rows = Array(rows.rows.prefix(size))
        page.add(heading: nil, rows: shown, columns: Page.findingColumns(labels.lang), labels: labels)
        page.add(heading: nil, html: pager(request, offset: offset, size: size, more: rows.rows.count > size, labels: labels))
        return page.render(request, labels: labels)
    }
}
