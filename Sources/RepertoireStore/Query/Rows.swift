import GRDB
import RepertoireModel

/// A query's answer: named columns and rows of values, whatever the store. Formatted as a terminal table,
/// RFC 4180 CSV or JSON (an array of objects with the columns as keys, in column order).
public struct Rows: Sendable, Equatable {
    public enum Value: Sendable, Equatable, CustomStringConvertible {
        case null, integer(Int64), real(Double), text(String)

        public var description: String {
            switch self {
            case .null: ""
            case .integer(let i): String(i)
            case .real(let d): String(d)
            case .text(let s): s
            }
        }

        public var int: Int? { if case .integer(let i) = self { Int(i) } else { nil } }
        public var string: String? { if case .text(let s) = self { s } else { nil } }
    }

    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of one column.
    public func column(_ name: String) -> [Value] {
        guard let k = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[k] }
    }

    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Rows {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        var rows: [[Value]] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            rows.append((0..<columns.count).map { k in
                switch row[k] as DatabaseValue {
                case let v where v.isNull: .null
                case let v: switch v.storage {
                    case .int64(let i): .integer(i)
                    case .double(let d): .real(d)
                    case .string(let s): .text(s)
                    case .blob: .null
                    case .null: .null
                    }
                }
            })
        }
        return Rows(columns: columns, rows: rows)
    }
}

extension Rows: JSONWritable {
    /// An array of objects, each value as its column's type (`ColumnType`).
    public func write(to w: inout JSONWriter) {
        w.array(rows) { w, row in Self.writeObject(columns, row, &w) }
    }

    /// One row as an object.
    public static func writeObject(_ columns: [String], _ row: [Value], _ w: inout JSONWriter) {
        w.object { o in
            for (name, value) in zip(columns, row) { o.field(named: name, TypedValue(value: value, type: ColumnType.of(name))) }
        }
    }

    /// The first row as an object, or null.
    public var firstObject: some JSONWritable { FirstRow(rows: self) }

    struct FirstRow: JSONWritable {
        let rows: Rows
        func write(to w: inout JSONWriter) {
            if let row = rows.rows.first { Rows.writeObject(rows.columns, row, &w) } else { w.null() }
        }
    }

    struct TypedValue: JSONWritable {
        let value: Value, type: ColumnType
        func write(to w: inout JSONWriter) {
            switch (type, value) {
            case (_, .null): w.null()
            case (.boolean, .integer(let i)): w.bool(i != 0)
            case (.array, .text(let text)): w.array(ColumnType.elements(text)) { w, e in TypedValue(value: e, type: .text).write(to: &w) }
            case (_, .integer(let i)): w.int(Int(i))
            case (_, .real(let d)): d.write(to: &w)
            case (_, .text(let s)): w.string(s)
            }
        }
    }
}
