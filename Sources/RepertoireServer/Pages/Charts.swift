import Foundation
import RepertoireStore

/// SVG drawn by the server: the timeline of meetings and videoconferences, and a decision's vote bar.
enum Charts {
    /// Bars of meetings and videoconferences per month; per year where the months are more than four years' worth
    /// (three hundred bars of two pixels said nothing, and cost a fifth of the home page).
    static func timeline(_ rows: Rows, labels: Labels) -> String {
        var counts: [String: (Int, Int)] = [:]
        for row in rows.rows { counts[row[0].description] = (row[1].int ?? 0, row[2].int ?? 0) }
        let months = Self.months(from: counts.keys.min(), to: counts.keys.max())
        guard !months.isEmpty else { return "" }
        var periods: [(label: String, meetings: Int, videoconferences: Int)]
        if months.count > 48 {
            var years: [String: (Int, Int)] = [:]
            for (month, c) in counts { let y = String(month.prefix(4)); years[y] = ((years[y]?.0 ?? 0) + c.0, (years[y]?.1 ?? 0) + c.1) }
            let first = Int(months[0].prefix(4)) ?? 0, last = Int(months[months.count - 1].prefix(4)) ?? first
            periods = (first...last).map { y in (String(y), years[String(y)]?.0 ?? 0, years[String(y)]?.1 ?? 0) }
        } else {
            periods = months.map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1 ?? 0) }
        }
        let top = max(1, periods.map { max($0.meetings, $0.videoconferences) }.max() ?? 1)
        let width = 640, height = 160, left = 30, plot = 130
        let slot = Double(width - left) / Double(periods.count), bar = min(14, slot * 0.38)
        var svg = #"<svg class="chart" viewBox="0 0 \#(width) \#(height + 30)" role="img" aria-label="\#(labels["timeline"])">"#
        svg += #"<text x="0" y="\#(height - plot + 4)" class="axis">\#(top)</text><text x="0" y="\#(height)" class="axis">0</text>"#
        svg += #"<line x1="\#(left)" y1="\#(height)" x2="\#(width)" y2="\#(height)" class="base"/>"#
        svg.reserveCapacity(periods.count * 300)
        let meetings = labels["meetings"], videoconferences = labels["videoconferences"]
        for (k, period) in periods.enumerated() {
            let (m, v) = (period.meetings, period.videoconferences)
            let x = Double(left) + Double(k) * slot + slot / 2 - bar
            let hm = Double(m * plot) / Double(top), hv = Double(v * plot) / Double(top)
            let (xm, xv, w) = (Self.decimal(x), Self.decimal(x + bar), Self.decimal(bar))
            svg += #"<rect x="\#(xm)" y="\#(Self.decimal(Double(height) - hm))" width="\#(w)" height="\#(Self.decimal(hm))" class="meeting"><title>\#(period.label) \#(meetings): \#(m)</title></rect>"#
            svg += #"<rect x="\#(xv)" y="\#(Self.decimal(Double(height) - hv))" width="\#(w)" height="\#(Self.decimal(hv))" class="vc"><title>\#(period.label) \#(videoconferences): \#(v)</title></rect>"#
            if periods.count <= 24 || k % 3 == 0 {
                let month = period.label
                let text = month.count == 4 || month.suffix(2) == "01" || k == 0 ? month : String(month.suffix(2))
                svg += #"<text x="\#(xm)" y="\#(height + 13)" class="axis">\#(text)</text>"#
            }
        }
        svg += #"<rect x="\#(left)" y="\#(height + 20)" width="9" height="9" class="meeting"/><text x="\#(left + 13)" y="\#(height + 28)" class="axis">\#(labels["meetings"])</text>"#
        svg += #"<rect x="\#(left + 110)" y="\#(height + 20)" width="9" height="9" class="vc"/><text x="\#(left + 123)" y="\#(height + 28)" class="axis">\#(labels["videoconferences"])</text>"#
        return svg + "</svg>"
    }

    /// A coordinate to a tenth of a unit (`12.3`, `40`), written without the cost of a Double's shortest
    /// representation (a timeline of twenty years has a thousand of them).
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// Every month from one `YYYY-MM` to another, the empty ones too.
    static func months(from first: String?, to last: String?) -> [String] {
        guard let first, let last, let y0 = Int(first.prefix(4)), let m0 = Int(first.suffix(2)),
              let y1 = Int(last.prefix(4)), let m1 = Int(last.suffix(2)), (y0, m0) <= (y1, m1), y1 - y0 < 100 else { return [] }
        var out: [String] = [], (y, m) = (y0, m0)
        while (y, m) <= (y1, m1) {
            out.append("\(y)-\(m < 10 ? "0" : "")\(m)")
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return out
    }

    /// `15-0-0` as a bar of 15 seats: for, against, abstaining.
    static func voteBar(for yes: Int, against: Int, abstaining: Int, labels: Labels) -> String {
        let total = max(1, yes + against + abstaining)
        var x = 0.0
        var svg = #"<svg class="votebar" viewBox="0 0 300 22" role="img" aria-label="\#(yes)-\#(against)-\#(abstaining)">"#
        for (count, cls, label) in [(yes, "for", labels["for"]), (against, "against", labels["against"]), (abstaining, "abstaining", labels["abstaining"])] where count > 0 {
            let w = 300.0 * Double(count) / Double(total)
            svg += #"<rect x="\#(x)" y="0" width="\#(w)" height="22" class="\#(cls)"><title>\#(label): \#(count)</title></rect>"#
            svg += #"<text x="\#(x + 4)" y="15" class="barlabel">\#(count)</text>"#
            x += w
        }
        return svg + "</svg>"
    }
}
