import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// Each year's figures (`official_statistics`, computed at ingest from the official data) as JSON for the API
/// and the page's twin.
enum StatsResponse {
    static func years(_ store: SQLiteStore, _ request: Request) throws -> [(year: Int, figures: String)] {
        let q = request.uri.queryParameters
        let from = try APIController.int(q["from"], "from"), to = try APIController.int(q["to"], "to")
        if let from, let to, from > to { throw APIError.badRequest("from: \(from) is after to: \(to)") }
        return try store.statistics(from: from, to: to)
    }

    static func json(_ store: SQLiteStore, _ request: Request) throws -> Response {
        let years = try years(store, request)
        return Envelope.json { w in
            w.object { o in
                o.field("ok", true)
                o.field(named: "years", Raw(items: years.map(\.figures)))
            }
        }
    }

    struct Raw: JSONWritable {
        let items: [String]
        func write(to w: inout JSONWriter) { w.array(items) { w, item in w.raw(item) } }
    }
}

/// `/stats`: the years side by side, as the UN's *Highlights* count them, with two charts.
extension PagesController {
    static let statColumns = ["resolutions", "unanimous", "with_abstentions", "without_vote", "chapter_vii", "written_procedure",
                              "presidential_statements", "drafts_not_adopted", "vetoed_drafts"]

    func stats(_ request: Request, json: Bool) throws -> Response {
        if json { return try StatsResponse.json(store, request) }
        let labels = Labels.of(request)
        let years = try StatsResponse.years(store, request).compactMap { row -> (Int, [String: Any])? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(row.figures.utf8)) as? [String: Any] else { return nil }
            return (row.year, o)
        }
        var page = Page(title: labels["stats"])
        guard !years.isEmpty else {
            page.add(heading: nil, empty: labels["no_results"])
            return page.render(request, labels: labels)
        }
        page.add(heading: labels["stats_chart"], html: Charts.yearBars(years.map { y in
            (y.0, [(y.1["resolutions"] as? Int ?? 0, "for", labels["resolutions"]), (y.1["presidential_statements"] as? Int ?? 0, "vc", labels["presidential_statements"])])
        }, labels: labels))
        let vetoYears = years.filter { ($0.1["vetoes_by"] as? [String: Int]).map { !$0.isEmpty } ?? false }
        if !vetoYears.isEmpty {
            let members = ["CHN", "FRA", "RUS", "GBR", "USA"]
            page.add(heading: labels["vetoes_chart"], html: Charts.yearBars(vetoYears.map { y in
                let by = y.1["vetoes_by"] as? [String: Int] ?? [:]
                return (y.0, members.map { (by[$0] ?? 0, "veto-\($0.lowercased())", $0) })
            }, labels: labels))
        }
        var table = "<table><thead><tr><th>\(Page.escape(labels["year"]))</th>"
        for c in Self.statColumns + ["vetoes_by"] { table += "<th>\(Page.escape(labels[c]))</th>" }
        table += "</tr></thead><tbody>"
        for (year, o) in years {
            table += "<tr><td>\(year)</td>"
            for c in Self.statColumns { table += "<td class=\"num\">\((o[c] as? Int).map(String.init) ?? "")</td>" }
            let vetoes = (o["vetoes_by"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            table += "<td>\(Page.escape(vetoes.joined(separator: ", ")))</td></tr>"
        }
        table += "</tbody></table><p class=\"note\">\(Page.escape(labels["stats_source"]))</p>"
        page.add(heading: labels["stats"], html: table)
        return page.render(request, labels: labels)
    }
}

extension Charts {
    /// Bars side by side for each year: `(year, [(value, css class, label)])`, with a legend.
    static func yearBars(_ years: [(year: Int, bars: [(Int, String, String)])], labels: Labels) -> String {
        guard let first = years.first else { return "" }
        let top = max(1, years.flatMap { $0.bars.map(\.0) }.max() ?? 1)
        let width = 640, height = 170, left = 30, plot = 140
        let slot = Double(width - left) / Double(years.count)
        let bar = min(12, slot * 0.8 / Double(max(1, first.bars.count)))
        var svg = #"<svg class="chart" viewBox="0 0 \#(width) \#(height + 34)" role="img">"#
        svg += #"<text x="0" y="\#(height - plot + 4)" class="axis">\#(top)</text><text x="0" y="\#(height)" class="axis">0</text>"#
        svg += #"<line x1="\#(left)" y1="\#(height)" x2="\#(width)" y2="\#(height)" class="base"/>"#
        for (k, y) in years.enumerated() {
            let x0 = Double(left) + Double(k) * slot + (slot - bar * Double(y.bars.count)) / 2
            for (i, (value, cls, label)) in y.bars.enumerated() {
                let h = Double(value * plot) / Double(top)
                svg += #"<rect x="\#(x0 + Double(i) * bar)" y="\#(Double(height) - h)" width="\#(bar)" height="\#(h)" class="\#(cls)"><title>\#(y.year) \#(Page.escape(label)): \#(value)</title></rect>"#
            }
            if years.count <= 12 || k % 2 == 0 {
                svg += #"<text x="\#(x0)" y="\#(height + 13)" class="axis">\#(y.year)</text>"#
            }
        }
        var x = left
        for (_, cls, label) in first.bars {
            svg += #"<rect x="\#(x)" y="\#(height + 22)" width="9" height="9" class="\#(cls)"/><text x="\#(x + 13)" y="\#(height + 30)" class="axis">\#(Page.escape(label))</text>"#
            x += 40 + 7 * label.count
        }
        return svg + "</svg>"
    }
}
