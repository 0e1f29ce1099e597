import Foundation
import Hummingbird
import RepertoireStore

/// A page as blocks (a heading, server-made SVG or HTML, a table), rendered by the one template.
struct Page {
    var title: String
    var subtitle: String?
    var blocks: [[String: Any]] = []
    var query = ""

    mutating func add(heading: String?, html: String? = nil, table: [String: Any]? = nil, empty: String? = nil) {
        var block: [String: Any] = [:]
        if let heading { block["heading"] = heading }
        if let html { block["block_html"] = html }
        if let table { block["table"] = table }
        if let empty { block["empty"] = empty }
        blocks.append(block)
    }

    /// A table block from rows: each column shown with its label, a link or HTML made from the row where given.
    /// With `skipsWhenEmpty`, no rows make no block (a section that matters only when it has something to say).
    mutating func add(heading: String?, rows: Rows, columns: [Column], labels: Labels, skipsWhenEmpty: Bool = false) {
        guard !rows.rows.isEmpty else {
            if !skipsWhenEmpty { add(heading: heading, empty: labels["no_results"]) }
            return
        }
        let tableRows: [[String: Any]] = rows.rows.map { row in
            let value = { (name: String) -> Rows.Value in rows.columns.firstIndex(of: name).map { row[$0] } ?? .null }
            return ["cells": columns.map { column -> [String: Any] in
                // A stored code (`rule37`, `presidential_statement`, `error`) is shown in the page's words.
                let text = value(column.key).description
                var cell: [String: Any] = ["cell_text": labels.value(text)]
                if let href = column.link(value), !text.isEmpty { cell["cell_href"] = href }
                if let html = column.html?(value) { cell["cell_html"] = html }
                return cell
            }]
        }
        add(heading: heading, table: ["columns": columns.map { labels[$0.label] }, "rows": tableRows])
    }

    struct Column {
        let key: String, label: String
        var link: ((String) -> Rows.Value) -> String? = { _ in nil }
        var html: (((String) -> Rows.Value) -> String?)? = nil

        init(_ key: String, _ label: String? = nil, link: @escaping ((String) -> Rows.Value) -> String? = { _ in nil },
             html: (((String) -> Rows.Value) -> String?)? = nil) {
            self.key = key; self.label = label ?? key; self.link = link; self.html = html
        }
    }

    func render(_ request: Request, labels: Labels) -> Response {
        let other = labels.lang == "zh" ? "en" : "zh"
        var context: [String: Any] = [
            "lang": labels.lang, "title": title, "blocks": blocks, "query": query,
            // The window's title: the page's, then the site's (the home page, whose title is the site's, once).
            "window_title": title == labels["site"] ? title : "\(title) · \(labels["site"])",
            "site": labels["site"], "findings_label": labels["findings"], "stats_label": labels["stats"], "search_label": labels["search"],
            "json": Self.jsonTwin(request), "other_lang": labels["other_lang"],
            "other_lang_url": Envelope.url(request, replacing: "lang", with: other),
        ]
        if let subtitle, !subtitle.isEmpty { context["subtitle"] = subtitle }
        return Envelope.html(Templates.library.render(context, withTemplate: "page") ?? "")
    }

    /// `/items/35` → `/items/35.json`, `/` → `/index.json`, query kept.
    static func jsonTwin(_ request: Request) -> String {
        let path = request.uri.path == "/" ? "/index" : request.uri.path
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return path + ".json" + query
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Search snippets as HTML, in the pages and the API alike: the passage's text escaped, `<mark>`…`</mark>` around
/// each match the only markup (a passage holding `<script>` once came back as markup, and a client inserting the
/// snippet as HTML, as documented, ran it).
enum Snippet {
    /// What the store puts around a match: private-use characters, which escaping leaves as they are.
    static let marks = (open: "\u{E000}", close: "\u{E001}")

    static func html(_ text: String) -> String {
        Page.escape(text).replacingOccurrences(of: marks.open, with: "<mark>").replacingOccurrences(of: marks.close, with: "</mark>")
    }

    /// The rows with their `snippet` column as HTML.
    static func html(_ rows: Rows) -> Rows {
        guard let k = rows.columns.firstIndex(of: "snippet") else { return rows }
        var marked = rows
        for r in marked.rows.indices { if let text = marked.rows[r][k].string { marked.rows[r][k] = .text(html(text)) } }
        return marked
    }
}

/// Where things are.
enum Links {
    static func item(_ n: Rows.Value, _ lang: String) -> String? { n.int.map { "/items/\($0)?lang=\(lang)" } }
    static func meeting(_ record: Rows.Value, _ lang: String) -> String? {
        record.string.map { "/meetings/\(path($0))?lang=\(lang)" }
    }
    static func decision(_ symbol: Rows.Value, _ lang: String) -> String? { symbol.string.map { "/decisions/\(path($0))?lang=\(lang)" } }
    static func state(_ iso3: Rows.Value, _ lang: String) -> String? { iso3.string.map { "/states/\($0)?lang=\(lang)" } }
    static func path(_ symbol: String) -> String {
        symbol.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/.()-_"))) ?? symbol
    }
}
