import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// The JSON API (datasette-style): list endpoints take filters as query arguments, `_size` and an opaque
/// `_next` token for pages, `_format=csv`; one thing by its key; `openapi.json` made from the same table of
/// endpoints that registers the routes, so nothing is served undocumented.
struct APIController: Sendable {
    let store: SQLiteStore

    var routes: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
        for endpoint in Self.endpoints(store) {
            routes.get(RouterPath(endpoint.routerPath)) { request, context in
                try Self.checkArguments(request, allowed: endpoint.filters.map(\.name), list: endpoint.list)
                return try endpoint.handler(request, context)
            }
        }
        routes.get("openapi.json") { _, _ in OpenAPI.response(Self.endpoints(store)) }
        return routes
    }

    /// A query argument of an endpoint, as OpenAPI documents it.
    struct Filter: Sendable {
        let name: String, type: String, description: String
        var `in` = "query"
    }

    struct Endpoint: Sendable {
        /// OpenAPI form: `/items/{number}`.
        let path: String
        let summary: String
        var filters: [Filter] = []
        /// A list (paginated, CSV) or one thing.
        var list = false
        /// An example for the tests and the documentation.
        let example: String
        /// The list's subject, whose columns the OpenAPI document describes.
        var subject: PracticeQuery.Subject? = nil
        let handler: @Sendable (Request, BasicRequestContext) throws -> Response

        var routerPath: String {
            path.replacingOccurrences(of: "{symbol}", with: "**").replacingOccurrences(of: "{number}", with: ":number")
                .replacingOccurrences(of: "{iso3}", with: ":iso3").dropFirst().description
        }
    }

    static let langFilter = Filter(name: "_lang", type: "string", description: "zh or en: texts (titles, sub-items, events, findings' messages) from that language's edition where it is loaded.")
    static let itemFilter = Filter(name: "item", type: "integer", description: "Agenda item number.")
    static let dateFilters = [Filter(name: "from", type: "string", description: "From this date on (YYYY-MM-DD)."),
                              Filter(name: "to", type: "string", description: "Up to this date (YYYY-MM-DD).")]
    static let stateFilter = Filter(name: "state", type: "string", description: "A state that took part: its ISO 3166 alpha-3 code, or its name in one of the UN's languages.")
    static func kindFilter(_ subject: PracticeQuery.Subject) -> Filter {
        Filter(name: "kind", type: "string", description: "One of: " + PracticeQuery.kinds(subject).joined(separator: ", ") + ".")
    }

    static func endpoints(_ store: SQLiteStore) -> [Endpoint] {
        func list(_ subject: PracticeQuery.Subject, _ summary: String, _ filters: [Filter]) -> Endpoint {
            Endpoint(path: "/\(subject.rawValue)", summary: summary, filters: filters, list: true, example: "/api/\(subject.rawValue)?_size=5",
                     subject: subject) { request, _ in
                let (query, size, offset) = try practiceQuery(subject, request, language: request.uri.queryParameters["_lang"].map(String.init))
                return try respond(try store.answer(query), size: size, offset: offset, request: request)
            }
        }
        return [
            Endpoint(path: "/items", summary: "Agenda items with their stated counts and what the tables hold.", list: true,
                     example: "/api/items") { request, _ in
                let (size, offset) = try paging(request)
                return try respond(try store.items(limit: size + 1, offset: offset), size: size, offset: offset, request: request)
            },
            Endpoint(path: "/items/{number}", summary: "One agenda item: sub-items, meetings, videoconferences, decisions.",
                     filters: [Filter(name: "number", type: "integer", description: "The item number.", in: "path"), langFilter], example: "/api/items/35") { request, context in
                guard let number = context.parameters.get("number").flatMap(Int.init) else { throw APIError.badRequest("item number must be an integer") }
                guard let sections = try store.item(number, language: request.uri.queryParameters["_lang"].map(String.init)) else { throw APIError.notFound("no agenda item \(number)") }
                return Envelope.sections(sections, request: request)
            },
            list(.meetings, "Meetings: record, date, sub-item, resumptions, invitees, speakers, decisions.", [itemFilter] + dateFilters + [stateFilter]),
            list(.videoconferences, "Videoconferences and written procedures.", [itemFilter] + dateFilters),
            list(.decisions, "Decisions: the Repertoire's (source repertoire), with the UN's vote beside them, then the UN's records of those it does not report (source un_record).", [itemFilter] + dateFilters + [stateFilter, kindFilter(.decisions),
                Filter(name: "source", type: "string", description: "repertoire (as the Repertoire reports them) or un_record (the UN's records of the others).")]),
            list(.symbols, "Document symbols: kind, undocs.org link, citations.", [itemFilter, kindFilter(.symbols)]),
            Endpoint(path: "/symbols/{symbol}", summary: "All that is known of a document symbol (the symbol may hold slashes: /api/symbols/S/RES/2532(2020)).",
                     filters: [Filter(name: "symbol", type: "string", description: "A document symbol.", in: "path")],
                     example: "/api/symbols/S/RES/2532(2020)") { request, context in
                let text = context.parameters.getCatchAll().joined(separator: "/")
                guard let symbol = DocumentSymbol(text.removingPercentEncoding ?? text) else { throw APIError.badRequest("'\(text)' is not a document symbol") }
                let sections = try store.show(symbol)
                guard !(sections.first?.rows.rows.isEmpty ?? true) else { throw APIError.notFound("\(symbol.compact) is not in the database") }
                return Envelope.sections(sections, request: request)
            },
            list(.events, "Events as the account tells them: initiative, theme, record, concept note, briefers.", [itemFilter] + dateFilters + [stateFilter, kindFilter(.events)]),
            list(.states, "States' participation: invited (rule 37, rule 39), spoke, sponsored, voted.", [itemFilter] + dateFilters + [stateFilter, kindFilter(.states)]),
            Endpoint(path: "/states/{iso3}", summary: "One state's participation, sponsorships and votes.",
                     filters: [Filter(name: "iso3", type: "string", description: "ISO 3166 alpha-3 code.", in: "path")], example: "/api/states/VNM") { request, context in
                let code = context.parameters.get("iso3") ?? ""
                guard PracticeQuery(.states, state: code).problem == nil else { throw APIError.badRequest("'\(code)' is not an ISO 3166 alpha-3 code") }
                guard let sections = try store.state(code) else { throw APIError.notFound("\(code.uppercased()) appears nowhere in the database") }
                return Envelope.sections(sections, request: request)
            },
            Endpoint(path: "/search", summary: "Full-text search (Chinese of any length, words, symbols), best first, with snippets: HTML-escaped text, <mark>…</mark> around each match the only markup; count: how many passages match in all.",
                     filters: [Filter(name: "q", type: "string", description: "What to look for (required)."), itemFilter,
                               Filter(name: "order", type: "string", description: "relevance (bm25 over every match), document (the documents' order) or automatic, the default: relevance up to 10,000 matches, else the documents' order. The answer's order says which was used.")],
                     list: true, example: "/api/search?q=%E5%86%B3%E8%AE%AE") { request, _ in
                guard let q = request.uri.queryParameters["q"].map(String.init), !q.trimmingSpaces.isEmpty else {
                    throw APIError.badRequest("q: give what to look for")
                }
                let found = try Self.search(q, request, store: store)
                return try respond(Snippet.html(found.result.rows), size: found.size, offset: found.offset, request: request,
                                   count: found.result.count, order: found.result.order.rawValue)
            },
            Endpoint(path: "/stats", summary: "Each year's figures from the official data, as `repertoire stats --format json` gives them: resolutions, unanimous, with_abstentions, without_vote, chapter_vii, written_procedure, presidential_statements, drafts_not_adopted, vetoed_drafts, vetoes_by (ISO3), months, agenda_items; null where the data holds no such document for the year.",
                     filters: [Filter(name: "from", type: "integer", description: "The first year."),
                               Filter(name: "to", type: "integer", description: "The last year.")],
                     example: "/api/stats?from=2020&to=2023") { request, _ in
                try StatsResponse.json(store, request)
            },
            Endpoint(path: "/findings", summary: "What the checks flagged, errors first.",
                     filters: [Filter(name: "kind", type: "string", description: "A finding kind (decision-conflict, count-mismatch, …)."),
                               Filter(name: "severity", type: "string", description: "error, warning or note.")], list: true,
                     example: "/api/findings?severity=error") { request, _ in
                let q = request.uri.queryParameters
                let (size, offset) = try paging(request)
                let rows = try store.findings(kind: q["kind"].map(String.init), severity: q["severity"].map(String.init), limit: size + 1, offset: offset)
                return try respond(rows, size: size, offset: offset, request: request)
            },
        ]
    }
}
