import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// Query arguments: the reserved `_size`, `_next` and `_format`, filters checked before any query, and pages.
extension APIController {
    static let reserved = ["_size", "_next", "_format"]

    static func checkArguments(_ request: Request, allowed: [String], list: Bool) throws {
        for (key, _) in request.uri.queryParameters {
            let name = String(key)
            if name.hasPrefix("_") {
                guard list, reserved.contains(name) else { throw APIError.badRequest("unknown reserved argument '\(name)': this endpoint takes \(list ? reserved.joined(separator: ", ") : "none")") }
            } else if !allowed.contains(name) {
                throw APIError.badRequest("unknown argument '\(name)'" + (allowed.isEmpty ? "" : ": expected \(allowed.joined(separator: ", "))"))
            }
        }
        if let format = request.uri.queryParameters["_format"], format != "json", format != "csv" {
            throw APIError.badRequest("_format: json or csv")
        }
    }

    static func paging(_ request: Request) throws -> (size: Int, offset: Int) {
        let q = request.uri.queryParameters
        let size = try int(q["_size"], "_size") ?? 100
        guard (1...1000).contains(size) else { throw APIError.badRequest("_size: from 1 to 1000") }
        return (size, try q["_next"].map { try PageToken.offset(String($0)) } ?? 0)
    }

    static func respond(_ rows: Rows, size: Int, offset: Int, request: Request) throws -> Response {
        var page = rows
        let more = page.rows.count > size
        page.rows = Array(page.rows.prefix(size))
        if request.uri.queryParameters["_format"] == "csv" { return Envelope.csv(page) }
        return Envelope.page(page, next: more ? PageToken.make(offset: offset + size) : nil, request: request)
    }

    static func int(_ value: Substring?, _ name: String) throws -> Int? {
        guard let value else { return nil }
        guard let n = Int(value) else { throw APIError.badRequest("\(name): '\(value)' is not an integer") }
        return n
    }

    static func date(_ value: Substring?, _ name: String) throws -> RepertoireDate? {
        guard let value else { return nil }
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let d = RepertoireDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw APIError.badRequest("\(name): '\(value)' is not a date (YYYY-MM-DD)")
        }
        return d
    }
}
