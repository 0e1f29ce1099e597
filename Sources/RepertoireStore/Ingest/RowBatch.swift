import RepertoireModel

/// A value of an inserted row. `row(k)` is the id of the batch's k-th row and `document` the id of the
/// document row: both known only when the batch is written.
public enum SQLValue: Sendable, Equatable {
    case null, integer(Int64), real(Double), text(String), blob([UInt8]), row(Int), document
}

/// A value that can be inserted.
public protocol SQLBindable { var sqlValue: SQLValue { get } }

extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Optional: SQLBindable where Wrapped: SQLBindable { public var sqlValue: SQLValue { self?.sqlValue ?? .null } }

/// A row of the batch, to be referred to by later rows (a meeting's id in its continuations).
public struct RowRef: SQLBindable, Sendable {
    public let index: Int
    public var sqlValue: SQLValue { .row(index) }
}

/// The rows of one document in the order they are inserted, built on the parsing threads so that the one
/// writer only binds and steps: one statement per table and column list, symbols registered once, citations
/// without repeats, and each passage's full-text input (`PortableIndex.texts`) ready for the index.
public struct RowBatch: Sendable {
    public let language: String
    /// `INSERT [OR IGNORE] INTO table (columns) VALUES (?, …)`, one per table and column list.
    public private(set) var statements: [String] = []
    /// In order: the statement and its values.
    public private(set) var rows: [Row] = []
    /// The passages' rows with their text and symbols tokenized for the full-text index.
    public private(set) var fullText: [FullText] = []

    public struct Row: Sendable {
        public let statement: Int
        public let values: [SQLValue]
    }

    public struct FullText: Sendable {
        public let row: Int
        /// The index's `words` and `pairs` of the passage, UTF-8.
        public let words: [UInt8], pairs: [UInt8]
    }
    private var statementIndex: [String: Int] = [:]
    private var registered: Set<String> = []
    private var cited: Set<Citation> = []

    private struct Citation: Hashable { let symbol: String, line: Int, context: String }

    public init(language: String) { self.language = language }

    /// Appends a row; every row of a table names the same columns in the same order.
    @discardableResult
    public mutating func insert(_ table: String, orIgnore: Bool = false, _ values: KeyValuePairs<String, any SQLBindable>) -> RowRef {
        insert(table, orIgnore: orIgnore, columns: values.map(\.key), values: values.map(\.value.sqlValue))
    }

    private mutating func insert(_ table: String, orIgnore: Bool, columns: [String], values: [SQLValue]) -> RowRef {
        let key = orIgnore ? "+" + table : table
        let statement: Int
        if let known = statementIndex[key] {
            statement = known
        } else {
            statements.append("INSERT\(orIgnore ? " OR IGNORE" : "") INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
            statement = statements.count - 1
            statementIndex[key] = statement
        }
        rows.append(Row(statement: statement, values: values))
        return RowRef(index: rows.count - 1)
    }

    /// A `passage` row, its text and symbols tokenized for the full-text index. `raw`: the passage's source lines
    /// joined by `\n`, where the document's are kept (`source_block`): the text is then stored as a recipe over
    /// them (`PassageRecipe`) wherever one is shorter, and as text otherwise.
    public mutating func passage(text: String, raw: [UInt8]? = nil, _ values: KeyValuePairs<String, any SQLBindable>) {
        let recipe = raw.flatMap { PassageRecipe.make(text: Array(text.utf8), raw: $0) }
        let ref = insert("passage", orIgnore: false, columns: values.map(\.key) + ["text", "recipe"],
                         values: values.map(\.value.sqlValue) + [recipe == nil ? .text(text) : .null, recipe.map(SQLValue.text) ?? .null])
        var symbols = ""
        if case .text(let s)? = values.first(where: { $0.key == "symbols" })?.value.sqlValue { symbols = s }
        let index = PortableIndex.texts(text, symbols: symbols)
        fullText.append(FullText(row: ref.index, words: Array(index.words.utf8), pairs: Array(index.pairs.utf8)))
    }

    /// Makes sure the symbol has its row (kind and its link in the document's language).
    public mutating func register(_ symbol: DocumentSymbol) {
        guard registered.insert(symbol.compact).inserted else { return }
        insert("symbol", orIgnore: true, ["compact": symbol.compact, "kind": symbol.kind.rawValue, "link": symbol.link(language: language)])
    }

    /// A place the document cites the symbol (once per line and context).
    public mutating func cite(_ symbol: DocumentSymbol, line: Int, context: String) {
        register(symbol)
        guard cited.insert(Citation(symbol: symbol.compact, line: line, context: context)).inserted else { return }
        insert("citation", ["document_id": SQLValue.document, "symbol": symbol.compact, "line": line, "context": context])
    }
}

extension Locations {
    /// `[12,13]`: the input lines, as the JSON array the `lines` columns hold.
    var json: String { "[" + lines.map(String.init).joined(separator: ",") + "]" }
}

extension Array where Element == Int {
    var linesJSON: String { Locations(self).json }
}
