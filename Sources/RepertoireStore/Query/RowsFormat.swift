import RepertoireModel

/// The three ways a query's rows are written.
public enum RowsFormat: String, Sendable, CaseIterable {
    case table, json, csv

    /// `label` gives a table's column headers (JSON and CSV keep the column names, the contract).
    public func render(_ rows: Rows, width: Int? = nil, label: (String) -> String = { $0 }) -> String {
        switch self {
        case .table: TextTable.render(rows, width: width, label: label)
        case .json: rows.jsonString + "\n"
        case .csv: CSV.render(rows)
        }
    }
}

/// RFC 4180: CRLF line ends, a header line, fields with a comma, quote, CR or LF quoted, quotes doubled.
public enum CSV {
    public static func render(_ rows: Rows) -> String {
        var out = rows.columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows.rows { out += zip(rows.columns, row).map { field(Rows.words($1, column: $0)) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A plain-text table. Given a width (the terminal's), the other columns give way first: a column of keys (every
/// value a symbol, a record or a date) keeps its full width while the widest other column is cut with `…`; keys are
/// cut only when the others alone cannot make the table fit, and the last other columns are left out (and named)
/// before a key is cut. A column empty in every row is left out of a table too wide for the width. A `document` column
/// shows the file's name (the JSON and CSV keep its path).
public enum TextTable {
    public static func render(_ rows: Rows, width: Int?, label: (String) -> String = { $0 }) -> String {
        let documentColumn = rows.columns.firstIndex(of: "document")
        var columns = rows.columns.map(label)
        var cells = rows.rows.map { row in
            row.enumerated().map { k, value in
                let text = flatten(Rows.words(value, column: rows.columns[k]))
                return k == documentColumn ? String(text.split(separator: "/").last ?? Substring(text)) : text
            }
        }
        func measure() -> [Int] {
            columns.indices.map { k in cells.reduce(displayWidth(columns[k])) { max($0, displayWidth($1[k])) } }
        }
        var widths = measure()
        // Too wide: a column empty in every row goes first.
        if let width, widths.reduce(0, +) + 2 * (widths.count - 1) > width {
            let kept = columns.indices.filter { k in cells.contains { !$0[k].isEmpty } }
            if kept.count < columns.count, !kept.isEmpty {
                columns = kept.map { columns[$0] }
                cells = cells.map { row in kept.map { row[$0] } }
                widths = measure()
            }
        }
        // Keys: every value a document symbol, record, date or vote (one word holding `/`, shaped 2020-07-01 or
        // 15-0-0). A key column is as wide as its values: its header may be cut.
        var isKey = columns.indices.map { k in
            cells.contains { !$0[k].isEmpty } && cells.allSatisfy { row in
                let v = row[k]
                return v.isEmpty || (!v.contains(" ") && displayWidth(v) <= 24 && (v.contains("/") || isISODate(v) || isVote(v)))
            }
        }
        var left: [String] = []
        if let width, !widths.isEmpty {
            let values = columns.indices.map { k in cells.reduce(1) { max($0, displayWidth($1[k])) } }
            func fits() -> Bool { widths.reduce(0, +) + 2 * (widths.count - 1) <= width }
            func shrink(keys: Bool, least: (Int) -> Int) {
                while !fits() {
                    let candidates = widths.indices.filter { isKey[$0] == keys && widths[$0] > least($0) }
                    guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                    widths[widest] -= 1
                }
            }
            // The other columns first, down to 8 columns each (`resolut…`, still legible); then the keys' headers,
            // down to their values.
            var least = values.map { min(8, max(4, $0)) }
            shrink(keys: false) { least[$0] }
            shrink(keys: true) { max(4, values[$0]) }
            // Still too wide: the last other columns are left out (named under the table) before any is cut further.
            while !fits(), let last = columns.indices.last(where: { !isKey[$0] }), columns.count > 1,
                  columns.indices.filter({ !isKey[$0] }).count > 1 {
                left.insert(columns[last], at: 0)
                columns.remove(at: last); widths.remove(at: last); isKey.remove(at: last); least.remove(at: last)
                cells = cells.map { var row = $0; row.remove(at: last); return row }
            }
            // Then the others down to 4, and, if need be, the keys themselves, down to 8.
            shrink(keys: false) { _ in 4 }
            shrink(keys: true) { _ in 8 }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { k, v in pad(cut(v, to: widths[k]), to: widths[k]) }
                .joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { out += line(row) }
        out += "(\(rows.rows.count) row\(rows.rows.count == 1 ? "" : "s")"
            + (left.isEmpty ? "" : "; not shown for the width: \(left.joined(separator: ", ")) (--wide or --format csv shows them)") + ")\n"
        return out
    }

    /// `15-0-0`.
    static func isVote(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// `2020-07-01`.
    static func isISODate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 10 && u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-")
            && u.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ($0.element >= 0x30 && $0.element <= 0x39) }
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
