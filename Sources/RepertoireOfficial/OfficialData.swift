import Foundation
import RepertoireParsing
import RepertoireModel

/// Everything read from official data paths: texts by symbol and language, vote records, and what was passed over.
public struct OfficialData: Sendable {
    public var texts: [DocumentSymbol: [OfficialText]] = [:]
    public var votes: [DocumentSymbol: VoteRecord] = [:]
    /// Files that are well formed but hold no Security Council text (reported, not fatal).
    public var skipped: [String] = []
    public var filesRead = 0

    public init() {}

    /// Files that could not be read, each with its file and line; every other file was read.
    public var errors: [OfficialError] = []

    /// Reads files and folders (recursively): `.xml` as Akoma Ntoso, `.json`/`.jsonl` as data_extract.
    /// Other files in folders are passed over; a named file of another kind, a missing path or a folder with no
    /// official data is an error. A file that cannot be read is that file's failure alone: it goes to `errors`,
    /// and the others are read. Files are parsed on all cores; errors come in file order.
    public static func read(_ paths: [String]) -> OfficialData {
        var data = OfficialData()
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                data.errors.append(OfficialError(file: path, "no such file or folder")); continue
            }
            if isDirectory.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                let official = found.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
                    .map { (path as NSString).appendingPathComponent($0) }
                if official.isEmpty { data.errors.append(OfficialError(file: path, "the folder holds no .xml or .json file")) }
                files += official
            } else {
                guard path.hasSuffix(".xml") || path.hasSuffix(".json") || path.hasSuffix(".jsonl") else {
                    data.errors.append(OfficialError(file: path, "not official data: expected .xml (Akoma Ntoso) or .json (data_extract)"))
                    continue
                }
                files.append(path)
            }
        }
        let parsed = parallelMap(files) { file in Result { () throws(OfficialError) -> Parsed in try OfficialData.parse(file: file) } }
        for result in parsed {
            switch result {
            case .failure(let error): data.errors.append(error)
            case .success(let p):
                data.filesRead += 1
                switch p {
                case .text(let t): data.texts[t.symbol, default: []].append(t)
                case .skipped(let file): data.skipped.append(file)
                case .votes(let records): for r in records { data.votes[r.symbol] = r }
                }
            }
        }
        return data
    }

    /// The same, all or nothing: the first file that cannot be read is thrown.
    public static func load(_ paths: [String]) throws(OfficialError) -> OfficialData {
        let data = read(paths)
        if let error = data.errors.first { throw error }
        return data
    }

    enum Parsed: Sendable { case text(OfficialText), skipped(String), votes([VoteRecord]) }

    static func parse(file: String) throws(OfficialError) -> Parsed {
        guard let contents = FileManager.default.contents(atPath: file) else { throw OfficialError(file: file, "cannot read the file") }
        if file.hasSuffix(".xml") {
            guard let text = try AKNReader.read(contents, file: file) else { return .skipped(file) }
            return .text(text)
        }
        return .votes(try DataExtractReader.read([UInt8](contents), file: file))
    }

    /// Every symbol, sorted.
    public var symbols: [DocumentSymbol] { Array(Set(texts.keys).union(votes.keys)).sorted() }

    /// One decision per symbol, both sources merged.
    public func decisions(council: Council? = nil) -> [OfficialDecision] {
        symbols.map { OfficialDecision(symbol: $0, texts: texts[$0] ?? [], record: votes[$0], council: council) }
    }

    /// Names in the vote data that resolve to no state: reported, never dropped.
    public var unresolvedNames: [String] {
        var names = Set<String>()
        for r in votes.values {
            for m in r.voters.values.flatMap({ $0 }) + r.sponsors where m.code == nil { names.insert(m.name) }
        }
        return names.sorted()
    }
}

/// A decision as the UN's own data records it: the facts schema's `decisions` shape with the official fields.
public struct OfficialDecision: Sendable, JSONWritable {
    public let symbol: DocumentSymbol
    public let texts: [OfficialText]
    public let record: VoteRecord?
    public let computedOutcome: DecisionRules.Outcome?

    public init(symbol: DocumentSymbol, texts: [OfficialText], record: VoteRecord?, council: Council?) {
        self.symbol = symbol; self.texts = texts; self.record = record
        if let r = record, let year = r.date?.year {
            let permanentAgainst = (r.voters[.against] ?? []).filter { Council.permanent.contains($0.code ?? "") }.count
            computedOutcome = DecisionRules.outcome(DecisionRules.Ballot(inFavour: r.counts.for, against: r.counts.against,
                                                                         abstaining: r.counts.abstaining,
                                                                         permanentAgainst: permanentAgainst), year: year)
        } else {
            computedOutcome = nil
        }
    }

    public var kind: OfficialText.Kind { texts.first?.kind ?? (symbol.kind == .presidentialStatement ? .presidentialStatement : .resolution) }
    public var date: RepertoireDate? { record?.date ?? texts.compactMap(\.adoptionDate).first }
    public var meeting: DocumentSymbol? { record?.meeting ?? texts.compactMap(\.meeting).first }
    public var languages: [String] { Array(Set(texts.map(\.language))).sorted() }
    /// Adopted under Chapter VII by either source (the vote extract's flag, or the text acting under it).
    public var chapterVII: Bool { (record?.chapterVII ?? false) || texts.contains(where: \.chapterVII) }

    /// Where the sources disagree with each other: messages for a careful reader.
    public var disagreements: [String] {
        var result: [String] = []
        if let r = record, !texts.isEmpty, r.chapterVII != texts.contains(where: \.chapterVII) {
            result.append(r.chapterVII ? "the vote data says Chapter VII; the text does not act under it"
                                       : "the text acts under Chapter VII; the vote data does not say so")
        }
        let dates = Set(texts.compactMap(\.adoptionDate) + [record?.date].compactMap { $0 })
        if dates.count > 1 { result.append("adoption dates differ: \(dates.map(\.iso).sorted().joined(separator: ", "))") }
        if let r = record, let year = r.date?.year {
            if r.statedCounts != r.counts {
                result.append("the vote counts \(r.statedCounts.text) disagree with the \(r.counts.text) members named (\(r.adoptionType))")
            }
            let ballot = DecisionRules.Ballot(inFavour: r.counts.for, against: r.counts.against, abstaining: r.counts.abstaining,
                                              permanentAgainst: 0)
            if let problem = DecisionRules.tallyProblem(ballot, year: year) { result.append(problem) }
        }
        if let r = record, let m = r.meeting, let letter = r.outcomeLetter, letter.kind == .meetingRecord, letter != m {
            result.append("adopted at \(m) but the outcome letter is \(letter)")
        }
        return result
    }

    public func write(to w: inout JSONWriter) {
        let english = texts.first { $0.language == "en" } ?? texts.first
        w.object { o in
            o.field("symbol", symbol)
            o.field("kind", kind.rawValue)
            o.field("date", date)
            o.field("vote", record?.counts)
            o.field("unanimous", record.map(\.unanimous))
            o.field("chapter_vii", chapterVII)
            o.field("venue", record.map { $0.venue == .writtenProcedure ? "videoconference" : "meeting" } ?? (meeting == nil ? nil : "meeting"))
            o.field("record", record.map { $0.venue == .writtenProcedure ? $0.outcomeLetter : $0.meeting } ?? meeting)
            o.field("agenda_item", nil as Int?)
            o.field("agenda_item_name", record?.agendaItemName)
            o.field("meeting", meeting)
            o.field("written_procedure", record.map { $0.venue == .writtenProcedure })
            o.field("outcome_letter", record?.outcomeLetter)
            o.field("draft", record?.draft)
            o.field("draft_date", record?.draftDate)
            o.field("sponsors", record?.sponsors ?? [])
            o.field("voters", Voters(record: record))
            o.field("computed_outcome", computedOutcome?.rawValue)
            o.field("title", record?.title ?? english?.title)
            o.field("languages", languages)
            o.field("paragraphs", Paragraphs(text: english))
            o.field("cited_symbols", Array(Set(texts.flatMap(\.citedSymbols))).sorted())
        }
    }

    struct Voters: JSONWritable {
        let record: VoteRecord?
        func write(to w: inout JSONWriter) {
            guard let r = record else { w.null(); return }
            w.object { o in for option in VoteOption.allCases { o.field(option.key, r.voters[option] ?? []) } }
        }
    }

    struct Paragraphs: JSONWritable {
        let text: OfficialText?
        func write(to w: inout JSONWriter) {
            guard let t = text else { w.null(); return }
            w.object { o in o.field("preamble", t.preamble.count); o.field("operative", t.operative.count) }
        }
    }
}

extension VoteOption {
    var key: StaticString {
        switch self { case .inFavour: "for"; case .against: "against"; case .abstaining: "abstaining" }
    }
}
