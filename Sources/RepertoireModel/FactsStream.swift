/// The facts of a document read in parts (`PartReader`), written as JSON part by part: each list grows as its part's
/// items come, so that memory holds the lists' text, not the facts as values.
public struct FactsStream {
    private var agendaItems = FactsStream.list(), meetings = FactsStream.list(), videoconferences = FactsStream.list(),
                decisions = FactsStream.list(), events = FactsStream.list(), footnotes = FactsStream.list(), tableNotes = FactsStream.list()
    /// Each footnote's number and first line, for the numbering's check across parts.
    public private(set) var footnoteNumbers: [(number: Int, line: Int)] = []

    public init() {}

    private static func list() -> JSONWriter {
        var w = JSONWriter(capacity: 1 << 16)
        w.openArray()
        return w
    }

    /// Adds a part's items to the lists (its symbols and findings are given at the end).
    public mutating func add(_ facts: Facts) {
        for x in facts.agendaItems { x.write(to: &agendaItems) }
        for x in facts.meetings { x.write(to: &meetings) }
        for x in facts.videoconferences { x.write(to: &videoconferences) }
        for x in facts.decisions { x.write(to: &decisions) }
        for x in facts.events { x.write(to: &events) }
        for x in facts.footnotes {
            x.write(to: &footnotes)
            footnoteNumbers.append((x.number, x.locations.first ?? 0))
        }
        for x in facts.tableNotes { x.write(to: &tableNotes) }
    }

    /// The repertoire-facts/1 object, as `Facts.write` writes it, followed by `terminator`. The lists are given up as
    /// they are copied into it.
    public consuming func finish(file: String, language: String, symbols: [DocumentSymbol], urlSymbols: [DocumentSymbol],
                                 findings: [Finding], terminatedBy terminator: UInt8) -> [UInt8] {
        var lists = [agendaItems, meetings, videoconferences, decisions, events, footnotes, tableNotes]
        agendaItems = JSONWriter(); meetings = JSONWriter(); videoconferences = JSONWriter(); decisions = JSONWriter()
        events = JSONWriter(); footnotes = JSONWriter(); tableNotes = JSONWriter()
        var w = JSONWriter(capacity: lists.reduce(1 << 12) { $0 + $1.byteCount } + 64 * symbols.count)
        func next() -> JSONWriter {
            var list = lists.removeFirst()
            list.closeArray()
            return list
        }
        w.object { o in
            o.field("schema", Facts.schema)
            o.field("source", Source(file: file, language: language))
            o.field("agenda_items", RawJSON(next()))
            o.field("meetings", RawJSON(next()))
            o.field("videoconferences", RawJSON(next()))
            o.field("decisions", RawJSON(next()))
            o.field("events", RawJSON(next()))
            o.field("footnotes", RawJSON(next()))
            o.field("table_notes", RawJSON(next()))
            o.field("symbols", symbols)
            o.field("url_symbols", urlSymbols)
            o.field("findings", findings)
        }
        return w.bytes(terminatedBy: terminator)
    }

    /// A value already written as JSON.
    private struct RawJSON: JSONWritable {
        let writer: JSONWriter
        init(_ writer: JSONWriter) { self.writer = writer }
        func write(to w: inout JSONWriter) { w.value(of: writer) }
    }
}

extension Facts {
    /// Another part's lists after these facts' own (symbols and findings are the caller's to set).
    public mutating func append(_ other: Facts) {
        agendaItems += other.agendaItems; meetings += other.meetings; videoconferences += other.videoconferences
        decisions += other.decisions; events += other.events; footnotes += other.footnotes; tableNotes += other.tableNotes
    }
}
