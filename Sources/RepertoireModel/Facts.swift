/// The facts read from one Repertoire document: the `repertoire-facts/1` contract.
public struct Facts: Sendable, JSONWritable {
    public static let schema = "repertoire-facts/1"
    public var file: String
    public var language: String
    public var agendaItems: [AgendaItem] = []
    public var meetings: [Meeting] = []
    public var videoconferences: [Videoconference] = []
    public var decisions: [Decision] = []
    public var events: [Event] = []
    public var footnotes: [Footnote] = []
    public var tableNotes: [TableNote] = []
    public var symbols: [DocumentSymbol] = []
    public var urlSymbols: [DocumentSymbol] = []
    public var findings: [Finding] = []

    public init(file: String, language: String) { self.file = file; self.language = language }

    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("schema", Facts.schema)
            o.field("source", Source(file: file, language: language))
            o.field("agenda_items", agendaItems)
            o.field("meetings", meetings)
            o.field("videoconferences", videoconferences)
            o.field("decisions", decisions)
            o.field("events", events)
            o.field("footnotes", footnotes)
            o.field("table_notes", tableNotes)
            o.field("symbols", symbols)
            o.field("url_symbols", urlSymbols)
            o.field("findings", findings)
        }
    }
}

public struct StatedCounts: Sendable, Equatable, JSONWritable {
    public var meetings: Int?, videoconferences: Int?, resolutions: Int?, presidentialStatements: Int?
    public init(meetings: Int? = nil, videoconferences: Int? = nil, resolutions: Int? = nil, presidentialStatements: Int? = nil) {
        self.meetings = meetings; self.videoconferences = videoconferences
        self.resolutions = resolutions; self.presidentialStatements = presidentialStatements
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("meetings", meetings)
            o.field("videoconferences", videoconferences)
            o.field("resolutions", resolutions)
            o.field("presidential_statements", presidentialStatements)
        }
    }
}

public struct SubItem: Sendable, Equatable, JSONWritable {
    public enum Kind: String, Sendable { case thematic, regional }
    public var title: String, kind: Kind, locations: Locations
    public init(title: String, kind: Kind, locations: Locations) { self.title = title; self.kind = kind; self.locations = locations }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("title", title)
            o.field("kind", kind.rawValue)
            o.field("locations", locations)
        }
    }
}

public struct AgendaItem: Sendable, JSONWritable {
    public var number: Int, title: String
    public var statedCounts = StatedCounts()
    public var subItems: [SubItem] = []
    public var locations: Locations
    public init(number: Int, title: String, locations: Locations) { self.number = number; self.title = title; self.locations = locations }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("number", number)
            o.field("title", title)
            o.field("stated_counts", statedCounts)
            o.field("sub_items", subItems)
            o.field("locations", locations)
        }
    }
}

/// A decision as a table row lists it.
public struct DecisionReference: Sendable, Equatable, JSONWritable {
    public var symbol: DocumentSymbol, vote: Vote?, chapterVII: Bool
    public var locations: Locations
    public init(symbol: DocumentSymbol, vote: Vote?, chapterVII: Bool, locations: Locations) {
        self.symbol = symbol; self.vote = vote; self.chapterVII = chapterVII; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("symbol", symbol)
            o.field("vote", vote)
            o.field("chapter_vii", chapterVII)
        }
    }
}

public struct Continuation: Sendable, Equatable, JSONWritable {
    public var record: DocumentSymbol, date: RepertoireDate?
    public init(record: DocumentSymbol, date: RepertoireDate?) { self.record = record; self.date = date }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("record", record)
            o.field("date", date)
        }
    }
}

public struct Draft: Sendable, Equatable, JSONWritable {
    public var symbol: DocumentSymbol, sponsorsCount: Int?, sponsorsNote: String?, sponsors: [String]
    public init(symbol: DocumentSymbol, sponsorsCount: Int?, sponsorsNote: String?, sponsors: [String]) {
        self.symbol = symbol; self.sponsorsCount = sponsorsCount; self.sponsorsNote = sponsorsNote; self.sponsors = sponsors
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("symbol", symbol)
            o.field("sponsors_count", sponsorsCount)
            o.field("sponsors_note", sponsorsNote)
            o.field("sponsors", sponsors)
        }
    }
}

public struct Meeting: Sendable, JSONWritable {
    public var agendaItem: Int?, record: DocumentSymbol, date: RepertoireDate?
    public var continuations: [Continuation] = []
    public var subItem: String?
    public var otherDocuments: [DocumentSymbol] = []
    public var drafts: [Draft] = []
    public var rule37Count: Int?, rule37Note: String?
    public var rule37States: [String] = []
    public var rule39AndOther: [String] = []
    public var speakers: [String] = [], speakerNotes: [String] = []
    public var decisions: [DecisionReference] = []
    public var locations: Locations
    public init(agendaItem: Int?, record: DocumentSymbol, date: RepertoireDate?, locations: Locations) {
        self.agendaItem = agendaItem; self.record = record; self.date = date; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("agenda_item", agendaItem)
            o.field("record", record)
            o.field("date", date)
            o.field("continuations", continuations)
            o.field("sub_item", subItem)
            o.field("other_documents", otherDocuments)
            o.field("drafts", drafts)
            o.field("rule37_count", rule37Count)
            o.field("rule37_note", rule37Note)
            o.field("rule37_states", rule37States)
            o.field("rule39_and_other", rule39AndOther)
            o.field("speakers", speakers)
            o.field("speaker_notes", speakerNotes)
            o.field("decisions", decisions)
            o.field("locations", locations)
        }
    }
}

public struct Videoconference: Sendable, JSONWritable {
    public var agendaItem: Int?, date: RepertoireDate?, record: DocumentSymbol?, title: String
    public var decisions: [DecisionReference] = []
    public var writtenProcedureRecord: DocumentSymbol?
    public var locations: Locations
    public init(agendaItem: Int?, date: RepertoireDate?, record: DocumentSymbol?, title: String, locations: Locations) {
        self.agendaItem = agendaItem; self.date = date; self.record = record; self.title = title; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("agenda_item", agendaItem)
            o.field("date", date)
            o.field("record", record)
            o.field("title", title)
            o.field("decisions", decisions)
            o.field("written_procedure_record", writtenProcedureRecord)
            o.field("locations", locations)
        }
    }
}

public struct Decision: Sendable, JSONWritable {
    public enum Kind: String, Sendable { case resolution, presidentialStatement = "presidential_statement" }
    public enum Venue: String, Sendable { case meeting, videoconference }
    public var symbol: DocumentSymbol, kind: Kind, date: RepertoireDate?
    public var vote: Vote?, unanimous: Bool?, chapterVII: Bool
    public var venue: Venue?, record: DocumentSymbol?, agendaItem: Int?
    public var locations: Locations
    public init(symbol: DocumentSymbol, kind: Kind, date: RepertoireDate?, agendaItem: Int?, locations: Locations) {
        self.symbol = symbol; self.kind = kind; self.date = date; self.agendaItem = agendaItem
        self.vote = nil; self.unanimous = nil; self.chapterVII = false; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("symbol", symbol)
            o.field("kind", kind.rawValue)
            o.field("date", date)
            o.field("vote", vote)
            o.field("unanimous", unanimous)
            o.field("chapter_vii", chapterVII)
            o.field("venue", venue?.rawValue)
            o.field("record", record)
            o.field("agenda_item", agendaItem)
            o.field("locations", locations)
        }
    }
}

public struct Event: Sendable, JSONWritable {
    public enum Kind: String, Sendable { case meeting, videoconference }
    public var agendaItem: Int?, date: RepertoireDate?, kind: Kind
    public var initiative: String?, subItemOrTheme: String?
    public var record: DocumentSymbol?, conceptNote: DocumentSymbol?
    public var briefers: [String] = []
    public var locations: Locations
    public init(agendaItem: Int?, date: RepertoireDate?, kind: Kind, locations: Locations) {
        self.agendaItem = agendaItem; self.date = date; self.kind = kind; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("agenda_item", agendaItem)
            o.field("date", date)
            o.field("kind", kind.rawValue)
            o.field("initiative", initiative)
            o.field("sub_item_or_theme", subItemOrTheme)
            o.field("record", record)
            o.field("concept_note", conceptNote)
            o.field("briefers", briefers)
            o.field("locations", locations)
        }
    }
}

public struct Footnote: Sendable, JSONWritable {
    public var number: Int, text: String, symbols: [DocumentSymbol]
    public var locations: Locations
    public init(number: Int, text: String, symbols: [DocumentSymbol], locations: Locations) {
        self.number = number; self.text = text; self.symbols = symbols; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("number", number)
            o.field("text", text)
            o.field("symbols", symbols)
            o.field("locations", locations)
        }
    }
}

public struct TableNote: Sendable, JSONWritable {
    public var agendaItem: Int?, table: Int, letter: String, text: String
    public var locations: Locations
    public init(agendaItem: Int?, table: Int, letter: String, text: String, locations: Locations) {
        self.agendaItem = agendaItem; self.table = table; self.letter = letter; self.text = text; self.locations = locations
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("agenda_item", agendaItem)
            o.field("table", table)
            o.field("letter", letter)
            o.field("text", text)
            o.field("locations", locations)
        }
    }
}

public struct Finding: Sendable, JSONWritable {
    public enum Severity: String, Sendable { case error, warning, note }
    public var kind: String, subjects: [String], severity: Severity, message: String
    /// The message as the catalogue's entry, to be written in the reader's language; `message` is its English.
    public var text: FindingMessage?
    public var locations: Locations
    /// The line a diagnostic points at (the row, the note naming the state), one of `locations`.
    public var line: Int?
    public init(kind: String, subjects: [String], severity: Severity, message: String, locations: Locations, line: Int? = nil) {
        self.kind = kind; self.subjects = subjects; self.severity = severity; self.message = message; self.locations = locations
        self.line = line ?? locations.first
    }
    public init(kind: String, subjects: [String], severity: Severity, text: FindingMessage, locations: Locations, line: Int? = nil) {
        self.init(kind: kind, subjects: subjects, severity: severity, message: text.text("en"), locations: locations, line: line)
        self.text = text
    }
    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("kind", kind)
            o.field("subjects", subjects)
            o.field("severity", severity.rawValue)
            o.field("message", message)
            o.field("locations", locations)
        }
    }
}

/// `{"file": …, "language": …}`
struct Source: JSONWritable {
    let file: String, language: String
    func write(to w: inout JSONWriter) { w.object { o in o.field("file", file); o.field("language", language) } }
}
