import RepertoireModel

/// The three ways a query's rows are written.
public enum RowsFormat: String, Sendable, CaseIterable {
    case table, json, csv

    public func render(_ rows: Rows, width: Int? = nil) -> String {
        switch self {
        case .table: TextTable.render(rows, width: width)
        case .json: rows.jsonString + "\n"
        case .csv: CSV.render(rows)
        }
    }
}

/// RFC 4180: CRLF line ends, a header line, fields with a comma, quote, CR or LF quoted, quotes doubled.
public enum CSV {
    public static func render(_ rows: Rows) -> String {
        var out = rows.columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows.rows { out += row.map { field($0.description) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A plain-text table; given a width (the terminal's), the widest columns are cut with `…` until it fits.
public enum TextTable {
    public static func render(_ rows: Rows, width: Int?) -> String {
        let cells = rows.rows.map { $0.map { flatten($0.description) } }
        var widths = rows.columns.enumerated().map { k, name in
            cells.reduce(displayWidth(name)) { max($0, displayWidth($1[k])) }
        }
        if let width, !widths.isEmpty {
            let gaps = 2 * (widths.count - 1)
            while widths.reduce(0, +) + gaps > width {
                let widest = widths.indices.max { widths[$0] < widths[$1] }!
                guard widths[widest] > 8 else { break }
                widths[widest] -= 1
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { k, v in pad(cut(v, to: widths[k]), to: widths[k]) }
                .joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        var out = line(rows.columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { out += line(row) }
        out += "(\(rows.rows.count) row\(rows.rows.count == 1 ? "" : "s"))\n"
        return out
    }

    static func flatten(_ s: String) -> String {
        s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
    }

    /// Columns on a terminal: East Asian wide and fullwidth characters take two.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    static func scalarWidth(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x1100 { return 1 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) { return 2 }
        return 1
    }

    static func cut(_ s: String, to width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = "", used = 0
        for ch in s {
            let w = displayWidth(String(ch))
            if used + w > width - 1 { break }
            out.append(ch); used += w
        }
        return out + "…"
    }

    static func pad(_ s: String, to width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - displayWidth(s)))
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
