import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// The API's responses: `{"ok": true, …}` objects, RFC 4180 CSV for `_format=csv`, and the error envelope.
enum Envelope {
    static func json(_ body: (inout JSONWriter) -> Void, status: HTTPResponse.Status = .ok) -> Response {
        var w = JSONWriter(capacity: 16 << 10)
        body(&w)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: w.bytes)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json({ w in w.object { o in o.field("ok", false); o.field("error", message); o.field("status", status.code) } }, status: status)
    }

    static func csv(_ rows: Rows, request: Request) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: CSV.render(Localised.rows(rows, language(request))))))
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(bytes: [UInt8]) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The language of an answer's human-readable fields: `_lang`, else the page's for a page's twin, else English.
    static func language(_ request: Request) -> String {
        if let lang = request.uri.queryParameters["_lang"], lang == "zh" || lang == "en" { return String(lang) }
        return request.uri.path.hasPrefix("/api") ? "en" : Labels.of(request).lang
    }

    /// A page of rows: `{"ok": true, "columns": […], "rows": […], "next": token|null, "next_url": …}`.
    static func page(_ rows: Rows, next: String?, request: Request, count: Int? = nil, order: String? = nil) -> Response {
        let rows = Localised.rows(rows, language(request))
        return json { w in
            w.object { o in
                o.field("ok", true)
                if let count { o.field("count", count) }
                if let order { o.field("order", order) }
                o.field("columns", rows.columns)
                o.field("rows", rows)
                o.field("next", next)
                o.field("next_url", next.map { Self.url(request, replacing: "_next", with: $0) })
            }
        }
    }

    /// Sections of one thing (an item, a symbol, a state): `{"ok": true, "<section>": [rows…], …}`. The thing itself
    /// (`item`, `meeting`, `symbol`, a state's `summary`) is one object, or null; where other documents hold it too
    /// (an item number in two Supplements), they follow in `<section>_also`.
    static func sections(_ sections: [(section: String, rows: Rows)], request: Request, extra: ((inout JSONWriter) -> Void)? = nil) -> Response {
        let sections = Localised.sections(sections, language(request))
        return json { w in
            w.object { o in
                o.field("ok", true)
                for (name, rows) in sections {
                    if singular.contains(name) {
                        o.field(named: name, rows.firstObject)
                        if rows.rows.count > 1 { o.field(named: name + "_also", Rows(columns: rows.columns, rows: Array(rows.rows.dropFirst()))) }
                    } else {
                        o.field(named: name, rows)
                    }
                }
                extra?(&o)
            }
        }
    }

    /// The sections that are the thing itself.
    static let singular: Set<String> = ["item", "meeting", "symbol", "summary"]

    /// The request's URL without one query argument.
    static func url(_ request: Request, removing key: String) -> String {
        let items = request.uri.queryParameters.map { (String($0.key), String($0.value)) }.filter { $0.0 != key }
        return request.uri.path + (items.isEmpty ? "" : "?" + items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&"))
    }

    /// The request's URL with one query argument set.
    static func url(_ request: Request, replacing key: String, with value: String, removing others: Set<String> = []) -> String {
        var items = request.uri.queryParameters.map { (String($0.key), String($0.value)) }.filter { $0.0 != key && !others.contains($0.0) }
        items.append((key, value))
        let query = items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        return request.uri.path + "?" + query
    }

    static func escape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }
}

/// `_next`: an opaque token (the offset, base64url) so that clients follow it rather than compute it.
enum PageToken {
    static func make(offset: Int) -> String {
        Data("o:\(offset)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func offset(_ token: String) throws -> Int {
        var b64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let text = String(data: data, encoding: .utf8), text.hasPrefix("o:"),
              let offset = Int(text.dropFirst(2)), offset >= 0 else {
            throw APIError.badRequest("_next: not a token this server gave")
        }
        return offset
    }
}
