/// The facts read from one Repertoire document: the `repertoire-facts/1` contract.
public struct Facts: Sendable, JSONRepresentable {
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

    public var json: JSON {
        .object([
            ("schema", .string(Facts.schema)),
            ("source", .object([("file", .string(file)), ("language", .string(language))])),
            ("agenda_items", agendaItems.json), ("meetings", meetings.json),
            ("videoconferences", videoconferences.json), ("decisions", decisions.json),
            ("events", events.json), ("footnotes", footnotes.json), ("table_notes", tableNotes.json),
            ("symbols", symbols.json), ("url_symbols", urlSymbols.json), ("findings", findings.json),
        ])
    }
}

public struct StatedCounts: Sendable, Equatable, JSONRepresentable {
    public var meetings: Int?, videoconferences: Int?, resolutions: Int?, presidentialStatements: Int?
    public init(meetings: Int? = nil, videoconferences: Int? = nil, resolutions: Int? = nil, presidentialStatements: Int? = nil) {
        self.meetings = meetings; self.videoconferences = videoconferences
        self.resolutions = resolutions; self.presidentialStatements = presidentialStatements
    }
    public var json: JSON {
        .object([("meetings", meetings.json), ("videoconferences", videoconferences.json),
                 ("resolutions", resolutions.json), ("presidential_statements", presidentialStatements.json)])
    }
}

public struct SubItem: Sendable, Equatable, JSONRepresentable {
    public enum Kind: String, Sendable { case thematic, regional }
    public var title: String, kind: Kind, locations: Locations
    public init(title: String, kind: Kind, locations: Locations) { self.title = title; self.kind = kind; self.locations = locations }
    public var json: JSON { .object([("title", .string(title)), ("kind", .string(kind.rawValue)), ("locations", locations.json)]) }
}

public struct AgendaItem: Sendable, JSONRepresentable {
    public var number: Int, title: String
    public var statedCounts = StatedCounts()
    public var subItems: [SubItem] = []
    public var locations: Locations
    public init(number: Int, title: String, locations: Locations) { self.number = number; self.title = title; self.locations = locations }
    public var json: JSON {
        .object([("number", .int(number)), ("title", .string(title)), ("stated_counts", statedCounts.json),
                 ("sub_items", subItems.json), ("locations", locations.json)])
    }
}

/// A decision as a table row lists it.
public struct DecisionReference: Sendable, Equatable, JSONRepresentable {
    public var symbol: DocumentSymbol, vote: Vote?, chapterVII: Bool
    public var locations: Locations
    public init(symbol: DocumentSymbol, vote: Vote?, chapterVII: Bool, locations: Locations) {
        self.symbol = symbol; self.vote = vote; self.chapterVII = chapterVII; self.locations = locations
    }
    public var json: JSON {
        // Nested in a row, so the row's own locations cover it: a reference is compared whole.
        .object([("symbol", symbol.json), ("vote", vote.json), ("chapter_vii", .bool(chapterVII))])
    }
}

public struct Continuation: Sendable, Equatable, JSONRepresentable {
    public var record: DocumentSymbol, date: RepertoireDate?
    public init(record: DocumentSymbol, date: RepertoireDate?) { self.record = record; self.date = date }
    public var json: JSON { .object([("record", record.json), ("date", date.json)]) }
}

public struct Draft: Sendable, Equatable, JSONRepresentable {
    public var symbol: DocumentSymbol, sponsorsCount: Int?, sponsorsNote: String?, sponsors: [String]
    public init(symbol: DocumentSymbol, sponsorsCount: Int?, sponsorsNote: String?, sponsors: [String]) {
        self.symbol = symbol; self.sponsorsCount = sponsorsCount; self.sponsorsNote = sponsorsNote; self.sponsors = sponsors
    }
    public var json: JSON {
        .object([("symbol", symbol.json), ("sponsors_count", sponsorsCount.json),
                 ("sponsors_note", sponsorsNote.json), ("sponsors", sponsors.json)])
    }
}

public struct Meeting: Sendable, JSONRepresentable {
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
    public var json: JSON {
        .object([
            ("agenda_item", agendaItem.json), ("record", record.json), ("date", date.json),
            ("continuations", continuations.json), ("sub_item", subItem.json),
            ("other_documents", otherDocuments.json), ("drafts", drafts.json),
            ("rule37_count", rule37Count.json), ("rule37_note", rule37Note.json), ("rule37_states", rule37States.json),
            ("rule39_and_other", rule39AndOther.json), ("speakers", speakers.json),
            ("speaker_notes", speakerNotes.json), ("decisions", decisions.json), ("locations", locations.json),
        ])
    }
}

public struct Videoconference: Sendable, JSONRepresentable {
    public var agendaItem: Int?, date: RepertoireDate?, record: DocumentSymbol?, title: String
    public var decisions: [DecisionReference] = []
    public var writtenProcedureRecord: DocumentSymbol?
    public var locations: Locations
    public init(agendaItem: Int?, date: RepertoireDate?, record: DocumentSymbol?, title: String, locations: Locations) {
        self.agendaItem = agendaItem; self.date = date; self.record = record; self.title = title; self.locations = locations
    }
    public var json: JSON {
        .object([("agenda_item", agendaItem.json), ("date", date.json), ("record", record.json),
                 ("title", .string(title)), ("decisions", decisions.json),
                 ("written_procedure_record", writtenProcedureRecord.json), ("locations", locations.json)])
    }
}

public struct Decision: Sendable, JSONRepresentable {
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
    public var json: JSON {
        .object([("symbol", symbol.json), ("kind", .string(kind.rawValue)), ("date", date.json),
                 ("vote", vote.json), ("unanimous", unanimous.json), ("chapter_vii", .bool(chapterVII)),
                 ("venue", venue.map { .string($0.rawValue) } ?? .null), ("record", record.json),
                 ("agenda_item", agendaItem.json), ("locations", locations.json)])
    }
}

public struct Event: Sendable, JSONRepresentable {
    public enum Kind: String, Sendable { case meeting, videoconference }
    public var agendaItem: Int?, date: RepertoireDate?, kind: Kind
    public var initiative: String?, subItemOrTheme: String?
    public var record: DocumentSymbol?, conceptNote: DocumentSymbol?
    public var briefers: [String] = []
    public var locations: Locations
    public init(agendaItem: Int?, date: RepertoireDate?, kind: Kind, locations: Locations) {
        self.agendaItem = agendaItem; self.date = date; self.kind = kind; self.locations = locations
    }
    public var json: JSON {
        .object([("agenda_item", agendaItem.json), ("date", date.json), ("kind", .string(kind.rawValue)),
                 ("initiative", initiative.json), ("sub_item_or_theme", subItemOrTheme.json),
                 ("record", record.json), ("concept_note", conceptNote.json), ("briefers", briefers.json),
                 ("locations", locations.json)])
    }
}

public struct Footnote: Sendable, JSONRepresentable {
    public var number: Int, text: String, symbols: [DocumentSymbol]
    public var locations: Locations
    public init(number: Int, text: String, symbols: [DocumentSymbol], locations: Locations) {
        self.number = number; self.text = text; self.symbols = symbols; self.locations = locations
    }
    public var json: JSON {
        .object([("number", .int(number)), ("text", .string(text)), ("symbols", symbols.json), ("locations", locations.json)])
    }
}

public struct TableNote: Sendable, JSONRepresentable {
    public var agendaItem: Int?, table: Int, letter: String, text: String
    public var locations: Locations
    public init(agendaItem: Int?, table: Int, letter: String, text: String, locations: Locations) {
        self.agendaItem = agendaItem; self.table = table; self.letter = letter; self.text = text; self.locations = locations
    }
    public var json: JSON {
        .object([("agenda_item", agendaItem.json), ("table", .int(table)), ("letter", .string(letter)),
                 ("text", .string(text)), ("locations", locations.json)])
    }
}

public struct Finding: Sendable, JSONRepresentable {
    public enum Severity: String, Sendable { case error, warning, note }
    public var kind: String, subjects: [String], severity: Severity, message: String
    public var locations: Locations
    public init(kind: String, subjects: [String], severity: Severity, message: String, locations: Locations) {
        self.kind = kind; self.subjects = subjects; self.severity = severity; self.message = message; self.locations = locations
    }
    public var json: JSON {
        .object([("kind", .string(kind)), ("subjects", subjects.json), ("severity", .string(severity.rawValue)),
                 ("message", .string(message)), ("locations", locations.json)])
    }
}
