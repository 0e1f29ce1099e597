import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// Search and findings.
extension PagesController {
    func search(_ request: Request, json: Bool) throws -> Response {
        let q = request.uri.queryParameters["q"].map(String.init) ?? ""
        let item = try APIController.int(request.uri.queryParameters["item"], "item")
        let rows = q.trimmingSpaces.isEmpty ? Rows(columns: []) : try store.search(SearchQuery(q, item: item, limit: 50, highlight: Snippet.marks))
        if json { return Envelope.page(Snippet.html(rows), next: nil, request: request) }
        let labels = Labels.of(request), lang = labels.lang
        var page = Page(title: q.isEmpty ? labels["search"] : "\(labels["search"]): \(q)")
        page.query = q
        if !q.isEmpty {
            page.add(heading: "\(labels["results"]) (\(rows.rows.count))", rows: rows, columns: [
                .init("snippet", html: { v in v("snippet").string.map(Snippet.html) }),
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
}
