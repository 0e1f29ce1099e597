import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// Query arguments: the reserved `_size`, `_next` and `_format`, filters checked before any query, and pages.
extension APIController {
    static let reserved = ["_size", "_next", "_format", "_sort", "_sort_desc", "_lang"]

    static func checkArguments(_ request: Request, allowed: [String], list: Bool) throws {
        for (key, _) in request.uri.queryParameters {
            let name = String(key)
            if name == "_lang" { continue }
            if name.hasPrefix("_") {
                guard list, reserved.contains(name) else { throw APIError.badRequest("unknown reserved argument '\(name)': this endpoint takes \(list ? reserved.joined(separator: ", ") : "none")") }
            } else if !allowed.contains(name) {
                throw APIError.badRequest("unknown argument '\(name)'" + (allowed.isEmpty ? "" : ": expected \(allowed.joined(separator: ", "))"))
            }
        }
        if let format = request.uri.queryParameters["_format"], format != "json", format != "csv" {
            throw APIError.badRequest("_format: json or csv")
        }
        if let lang = request.uri.queryParameters["_lang"], lang != "zh", lang != "en" {
            throw APIError.badRequest("_lang: zh or en")
        }
    }

    /// A list's question from the request's arguments: the filters (`state` by ISO3 or by a name the gazetteer
    /// knows, in any of the UN's languages), `_sort` or `_sort_desc`, the page (`_size`, `_next`, one row more than
    /// the page to tell whether another follows) and the texts' language.
    static func practiceQuery(_ subject: PracticeQuery.Subject, _ request: Request, language: String?) throws -> (PracticeQuery, size: Int, offset: Int) {
        let q = request.uri.queryParameters
        var query = PracticeQuery(subject, item: try int(q["item"], "item"), from: try date(q["from"], "from"),
                                  to: try date(q["to"], "to"), state: try stateCode(q["state"]), kind: nonEmpty(q["kind"]))
        if let sort = nonEmpty(q["_sort_desc"]) { (query.sort, query.descending) = (sort, true) } else { query.sort = nonEmpty(q["_sort"]) }
        query.language = language
        query.source = nonEmpty(q["source"])
        if let problem = query.problem { throw APIError.badRequest(problem) }
        let (size, offset) = try paging(request)
        query.limit = size + 1
        query.offset = offset
        return (query, size, offset)
    }

    /// An argument, where it is given and not empty (a form's empty field is no filter).
    static func nonEmpty(_ value: Substring?) -> String? {
        value.map(String.init).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `state`: an ISO 3166 alpha-3 code, or a state's name the gazetteer resolves.
    static func stateCode(_ value: Substring?) throws -> String? {
        guard let given = nonEmpty(value) else { return nil }
        if let code = Gazetteer.shared.code(given: given) { return code }
        // A well-formed code the gazetteer lacks is a filter that matches nothing, as in the API before names.
        if given.count == 3, given.allSatisfy({ $0.isASCII && $0.isLetter }) { return given.uppercased() }
        throw APIError.badRequest("state '\(given)': no state of that code or name (an ISO 3166 alpha-3 code such as VNM, or a name such as Viet Nam or 越南)")
    }

    /// Rows a page holds unless `_size` says otherwise: fifty (a hundred took twice as long to read and write, for
    /// more than a screen shows).
    static let pageSize = 50

    static func paging(_ request: Request) throws -> (size: Int, offset: Int) {
        let q = request.uri.queryParameters
        let size = try int(q["_size"], "_size") ?? pageSize
        guard (1...1000).contains(size) else { throw APIError.badRequest("_size: from 1 to 1000") }
        return (size, try q["_next"].map { try PageToken.offset(String($0)) } ?? 0)
    }

    static func respond(_ rows: Rows, size: Int, offset: Int, request: Request, csv: Bool = false, count: Int? = nil, order: String? = nil) throws -> Response {
        var page = rows
        let more = page.rows.count > size
        page.rows = Array(page.rows.prefix(size))
        if csv || request.uri.queryParameters["_format"] == "csv" { return Envelope.csv(page, request: request) }
        return Envelope.page(page, next: more ? PageToken.make(offset: offset + size) : nil, request: request, count: count, order: order)
    }

    /// A search's page from the request's arguments (`q` given by the caller, `item`, `order`, `_size`, `_next`):
    /// one row more than the page, to tell whether another follows.
    static func search(_ q: String, _ request: Request, store: SQLiteStore) throws -> (result: SearchResult, size: Int, offset: Int) {
        let (size, offset) = try paging(request)
        var question = SearchQuery(q, item: try int(request.uri.queryParameters["item"], "item"), limit: size + 1, highlight: Snippet.marks)
        question.offset = offset
        if let order = nonEmpty(request.uri.queryParameters["order"]) {
            guard let known = SearchQuery.Order(rawValue: order) else { throw APIError.badRequest("order: relevance, document or automatic") }
            question.order = known
        }
        return (try store.find(question), size, offset)
    }

    static func int(_ value: Substring?, _ name: String) throws -> Int? {
        guard let value = nonEmpty(value).map({ Substring($0) }) else { return nil }
        guard let n = Int(value) else { throw APIError.badRequest("\(name): '\(value)' is not an integer") }
        return n
    }

    static func date(_ value: Substring?, _ name: String) throws -> RepertoireDate? {
        guard let value = nonEmpty(value).map({ Substring($0) }) else { return nil }
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let d = RepertoireDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw APIError.badRequest("\(name): '\(value)' is not a date (YYYY-MM-DD)")
        }
        return d
    }
}

extension SQLiteStore {
    /// A list's rows; a question the store cannot ask (a sort by no column of the answer) is a bad request.
    func answer(_ query: PracticeQuery) throws -> Rows {
        do { return try self.query(query) } catch let error as QueryError { throw APIError.badRequest(error.description) }
    }
}
