import Foundation
import GRDB
import RepertoireModel

/// The database as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): one CSV a table
/// (RFC 4180, UTF-8, a header line) and `datapackage.json` describing each with its Table Schema: the fields with
/// their types and what they hold, the primary key and the foreign keys, read from the database's own schema, so that
/// pandas, R, a spreadsheet or a Frictionless validator read the practice without the program.
enum DataPackage {
    /// The tables given, each with what one of its rows is; a table comes after those its rows refer to.
    static let resources: [(table: String, description: String)] = [
        ("document", "A file ingested: one language edition of a Repertoire part, or a file of the UN's data. Its name is the path from the folder ingested."),
        ("symbol", "A United Nations document symbol cited anywhere, in its compact form, with its kind and its undocs.org address."),
        ("agenda_item", "An agenda item of a Repertoire document, with the numbers of meetings, videoconferences and decisions it states."),
        ("sub_item", "A sub-item of an agenda item, in the item's order."),
        ("meeting", "A meeting of the item's Table 1: its record, date, sub-item and the number of Member States invited under rule 37."),
        ("continuation", "A resumption of a meeting, with its own record."),
        ("meeting_document", "Another document before the Council at a meeting."),
        ("draft", "A draft resolution put to the vote at a meeting."),
        ("sponsor", "A sponsor of a draft, as the table names it (ISO3 where it is a State)."),
        ("participation", "An invitation under rule 37 or rule 39, or a speaker, at a meeting (ISO3 where a State)."),
        ("videoconference", "A videoconference of the item's Table 2, with the record of its written procedure."),
        ("listed_decision", "A decision listed in a row of Table 1 or Table 2, with its vote as the row gives it."),
        ("decision", "A decision as the item's account reports it: a resolution or presidential statement, its date, vote and venue."),
        ("event", "An event of the item's account: a meeting or videoconference with its initiative, theme, record and concept note."),
        ("briefer", "A briefer of an event, in the account's order."),
        ("footnote", "A footnote of a Repertoire document, by its number."),
        ("table_note", "A lettered note of a table (the Member States invited, listed in full)."),
        ("citation", "A place where a document symbol is cited: its line and what cites it (text, footnote, table, link, official data)."),
        ("finding", "What the checks flagged: its kind, severity, message and the lines it names."),
        ("official_decision", "A decision as the UN's own data records it: venue, meeting, date, adoption, counts of the vote, draft and title."),
        ("member_vote", "A Council member's vote on a decision of the UN's data (ISO3 beside the name as the data writes it)."),
        ("official_sponsor", "A sponsor of a decision's draft in the UN's data (ISO3 where a State)."),
        ("official_text", "A language version of a decision's text in the UN's Akoma Ntoso data."),
        ("passage", "A passage of text as read (a paragraph, footnote, heading, table note or official text), with its lines: what search reads."),
    ]

    /// Columns left out: the server's own path of a file (its `name` stays).
    static let leftOut: [String: Set<String>] = ["document": ["path"]]

    /// What a field holds, where its name alone does not say.
    static let fieldDescriptions: [String: String] = [
        "id": "The row's identifier.",
        "lines": "The input lines the row was read from (a JSON array of line numbers).",
        "line": "The first input line the row was read from.",
        "recipe": "How the passage's text is made from its input lines (joined by a line feed): a JSON array of steps, each a number of bytes to copy, a negative number of bytes to pass over, or a string to write. Empty where the text is given; the text column gives it either way in this package.",
        "iso3": "ISO 3166-1 alpha-3 code of the State (ISO 3166-3 for States that no longer exist); empty where none.",
        "compact": "The document symbol in its compact form (S/RES/2532(2020)).",
        "record": "The meeting record's or other record's symbol (S/PV.8699).",
        "date": "The date, ISO 8601 (YYYY-MM-DD).",
        "sha256": "SHA-256 of the file as read.",
        "language": "The language of the text: zh, en, or the UN's language code.",
        "practice_key": "What makes two language editions one practice: year, items and footnote numbers.",
        "edition_of": "The document (another language's edition) whose practice this edition is.",
        "votes_for": "Members voting in favour.", "votes_against": "Members voting against.", "votes_abstaining": "Members abstaining.",
        "unanimous": "Whether every member voted in favour.", "chapter_vii": "Whether adopted under Chapter VII of the Charter.",
        "subjects": "What the finding names: symbols, records, items (a JSON array).",
        "arguments": "The finding's message as its catalogue entry and arguments (JSON).",
        "template": "The catalogue entry of the finding's message.",
        "speaker_notes": "The letters of the table's notes on the meeting's speakers (a JSON array; the notes in table_note).",
    ]

    /// The licence and sources, naming the UN.
    static let licences: [[String: String]] = [
        ["name": "UN-terms-of-use", "title": "United Nations terms of use", "path": "https://www.un.org/en/about-us/terms-of-use"],
    ]
    static let sources: [[String: String]] = [
        ["title": "Repertoire of the Practice of the Security Council, United Nations", "path": "https://www.un.org/securitycouncil/content/repertoire"],
        ["title": "United Nations, UNxml/SCresolutions (Security Council decisions as Akoma Ntoso and vote extracts)", "path": "https://github.com/UNxml/SCresolutions"],
    ]

    struct Column { let name: String, declared: String, notNull: Bool, key: Int }

    /// The Table Schema type of a column: from its declared type, and its name where SQLite's types say less
    /// (dates, booleans stored as 0 and 1, JSON arrays).
    static func type(_ column: Column) -> String {
        if column.name == "ingested_at" { return "datetime" }
        if column.name == "date" || column.name.hasSuffix("_date") { return "date" }
        switch ColumnType.of(column.name) {
        case .boolean: return "boolean"
        case .array where column.declared.uppercased().contains("TEXT") || column.declared.isEmpty: return "array"
        default: break
        }
        let declared = column.declared.uppercased()
        if declared.contains("INT") { return "integer" }
        if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") { return "number" }
        return "string"
    }

    static func description(of column: String) -> String {
        if let known = fieldDescriptions[column] { return known }
        if column.hasSuffix("_id") { return "The \(column.dropLast(3).replacingOccurrences(of: "_", with: " ")) this row belongs to (its id)." }
        if let label = Catalogue.labels["en"]?[column] { return label + "." }
        return column.replacingOccurrences(of: "_", with: " ").capitalizedFirst + "."
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension SQLiteStore {
    /// The tables of the data package, in its order.
    public static var dataPackageTables: [String] { DataPackage.resources.map(\.table) }

    /// Writes the data package into `directory` (made if needed): `datapackage.json` and one CSV a table. Each table
    /// is read and written a page at a time, so memory does not grow with the database. Returns each resource's
    /// row count.
    public func exportDataPackage(to directory: String) throws -> [(name: String, rows: Int)] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var counts: [(name: String, rows: Int)] = []
        for table in Self.dataPackageTables {
            let path = (directory as NSString).appendingPathComponent("\(table).csv")
            guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            defer { try? out.close() }
            var after: Rows.Value? = nil, rows = 0
            repeat {
                let page = try dataPackageCSV(table: table, after: after, limit: 5_000)
                out.write(Data(page.text.utf8))
                rows += page.rows
                after = page.last
            } while after != nil
            counts.append((table, rows))
        }
        try dataPackageDescriptor().write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("datapackage.json")))
        return counts
    }

    /// The descriptor made for the schema as it is now: made again only when the schema changes (it is read from
    /// the schema, a few dozen queries, and a page asked for it again and again).
    public func currentDataPackageDescriptor() throws -> Data {
        let version = try read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0 }
        if let made = descriptorMemo.value(for: version) { return made }
        let made = try dataPackageDescriptor()
        descriptorMemo.set(made, for: version)
        return made
    }

    /// `datapackage.json`: each table's fields with their types and descriptions, its primary and foreign keys
    /// (read from the database's schema), the licence and the sources; resources at `TABLE.csv` beside it.
    public func dataPackageDescriptor() throws -> Data {
        var resources: [Any] = []
        try read { db in
            for (table, about) in DataPackage.resources {
                let columns = try DataPackage.columns(table, db)
                guard !columns.isEmpty else { continue }
                var fields: [[String: Any]] = []
                for column in columns {
                    let type = DataPackage.type(column)
                    var field: [String: Any] = ["name": column.name, "type": type, "description": DataPackage.description(of: column.name)]
                    if type == "boolean" { field["trueValues"] = ["true"]; field["falseValues"] = ["false"] }
                    // Required where a value cannot be empty: an empty text and a null are one empty field in CSV.
                    if column.notNull, type != "string" { field["constraints"] = ["required": true] }
                    fields.append(field)
                }
                var schema: [String: Any] = ["fields": fields, "missingValues": [""]]
                let key = columns.filter { $0.key > 0 }.sorted { $0.key < $1.key }.map(\.name)
                if !key.isEmpty { schema["primaryKey"] = key.count == 1 ? key[0] as Any : key as Any }
                let exported = Set(DataPackage.resources.map(\.table))
                let references = try Row.fetchAll(db, sql: "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", arguments: [table])
                    .filter { row in exported.contains(row["table"] as String) && columns.contains { $0.name == (row["from"] as String) } }
                    .map { row -> [String: Any] in
                        ["fields": row["from"] as String, "reference": ["resource": row["table"] as String, "fields": row["to"] as String]]
                    }
                if !references.isEmpty { schema["foreignKeys"] = references }
                resources.append([
                    "name": table, "path": "\(table).csv", "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                    "encoding": "utf-8", "description": about, "schema": schema,
                    "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true],
                ] as [String: Any])
            }
        }
        let package: [String: Any] = [
            "profile": "tabular-data-package",
            "name": "repertoire-security-council-practice",
            "title": "The practice of the Security Council, as read from the Repertoire and the UN's own data",
            "description": "Facts read by repertoire from the Repertoire of the Practice of the Security Council and from the United Nations' Security Council data (UNxml/SCresolutions), with what its checks found. Each fact keeps the lines it was read from.",
            "licenses": DataPackage.licences, "sources": DataPackage.sources, "resources": resources,
        ]
        return try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// A page of a table's CSV (RFC 4180): the header line first when `after` is nil, then up to `limit` rows in key
    /// order after the key `after`. `last` is the last row's key, nil when the table has no more. Booleans as `true`
    /// and `false`, nulls as empty fields.
    public func dataPackageCSV(table: String, after: Rows.Value?, limit: Int) throws -> (text: String, rows: Int, last: Rows.Value?) {
        guard Self.dataPackageTables.contains(table) else { return ("", 0, nil) }
        return try read { db in
            let columns = try DataPackage.columns(table, db)
            let key = columns.first { $0.key == 1 }?.name ?? "rowid"
            let booleans = Set(columns.filter { DataPackage.type($0) == "boolean" }.map(\.name))
            var text = after == nil ? columns.map { CSV.field($0.name) }.joined(separator: ",") + "\r\n" : ""
            let list = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
            var arguments: StatementArguments = []
            var filter = ""
            switch after {
            case .integer(let n)?: filter = "WHERE \"\(key)\" > ?"; arguments = [n]
            case .text(let s)?: filter = "WHERE \"\(key)\" > ?"; arguments = [s]
            default: break
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(list), \"\(key)\" FROM \"\(table)\" \(filter) ORDER BY \"\(key)\" LIMIT \(max(1, limit))",
                                             arguments: arguments)
            // A passage's text kept as a recipe over its lines is given as text (`PassageTexts`), as it reads.
            var recipeTexts: [Int64: String] = [:]
            let textColumn = table == "passage" ? columns.firstIndex { $0.name == "text" } : nil
            if textColumn != nil {
                let stored = try Row.fetchAll(db, sql: "SELECT \(PassageTexts.columns) FROM passage \(filter) ORDER BY id LIMIT \(max(1, limit))",
                                              arguments: arguments).map(PassageTexts.stored)
                recipeTexts = try PassageTexts.texts(stored.filter { $0.text == nil }, db)
            }
            var rows = 0
            var last: Rows.Value?
            while let row = try cursor.next() {
                var fields: [String] = []
                fields.reserveCapacity(columns.count)
                for (k, column) in columns.enumerated() {
                    if k == textColumn, (row[k] as DatabaseValue).isNull, let text = recipeTexts[row[columns.count]] {
                        fields.append(CSV.field(text)); continue
                    }
                    switch (row[k] as DatabaseValue).storage {
                    case .null, .blob: fields.append("")
                    case .int64(let n): fields.append(booleans.contains(column.name) ? (n == 0 ? "false" : "true") : String(n))
                    case .double(let d): fields.append(String(d))
                    case .string(let s): fields.append(CSV.field(s))
                    }
                }
                text += fields.joined(separator: ",") + "\r\n"
                rows += 1
                switch (row[columns.count] as DatabaseValue).storage {
                case .int64(let n): last = .integer(n)
                case .string(let s): last = .text(s)
                default: last = nil
                }
            }
            return (text, rows, rows < max(1, limit) ? nil : last)
        }
    }
}

extension DataPackage {
    /// A table's columns as exported (no blobs, none left out).
    static func columns(_ table: String, _ db: Database) throws -> [Column] {
        try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            .map { Column(name: $0["name"], declared: $0["type"] ?? "", notNull: $0["notnull"] == 1, key: $0["pk"] ?? 0) }
            .filter { !(leftOut[table]?.contains($0.name) ?? false) && !$0.declared.uppercased().contains("BLOB") }
    }
}

/// One value kept for one version of the schema.
final class SchemaMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var version = -1, data = Data()

    func value(for version: Int) -> Data? { lock.withLock { self.version == version ? data : nil } }
    func set(_ data: Data, for version: Int) { lock.withLock { self.version = version; self.data = data } }
}
