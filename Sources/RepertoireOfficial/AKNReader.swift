import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RepertoireModel
import RepertoireParsing

/// A resolution or presidential statement in one language, read from its Akoma Ntoso (AKN4UN) file.
public struct OfficialText: Sendable {
    public enum Kind: String, Sendable {
        case resolution, presidentialStatement = "presidential_statement", draftResolution = "draft_resolution"
    }

    /// A step of the text's workflow (`<step date outcome as by>`): a draft's submission, its vote, a veto.
    public struct Step: Sendable {
        public let date: RepertoireDate?
        public let outcome: String
        /// The meeting record (`as="S/PV.9453"`).
        public let record: DocumentSymbol?
        public let by: String
    }

    /// What the text records of a draft's fate.
    public enum RecordedOutcome: Sendable, Equatable {
        case adopted
        /// Not adopted for want of votes.
        case notAdopted
        /// Not adopted because of the negative vote of these permanent members.
        case vetoed(by: [String])
    }

    public struct Paragraph: Sendable {
        public let number: String?
        public let text: String
    }

    public var symbol: DocumentSymbol
    public var kind: Kind
    /// ISO 639-1 (`zh`, `en`, …).
    public var language: String
    public var adoptionDate: RepertoireDate?
    /// The meeting where the text states one (`S/PV.8748`).
    public var meeting: DocumentSymbol?
    public var title: String
    public var preamble: [Paragraph]
    public var operative: [Paragraph]
    public var citedSymbols: [DocumentSymbol]
    public var chapterVII: Bool
    public var file: String
    /// The workflow, placeholder steps (`0001-01-01`, empty `by`) left out.
    public var steps: [Step] = []
    /// The members' votes where the text lists them (`<count refersTo="inFavour"><akn4un:voters>…`).
    public var voters: [VoteOption: [Member]]? = nil
    /// The counts as the text states them (`<count value="012">`).
    public var statedCounts: Vote? = nil
    /// The sponsors a draft's submission step names.
    public var sponsors: [Member] = []
    /// The outcome the workflow records (for a draft: not adopted, or vetoed and by whom).
    public var recordedOutcome: RecordedOutcome? = nil
    /// Read from a file that is malformed after the part read: reported as an error, kept for what it gives.
    public var partial = false
    /// What the text itself gets wrong (a symbol that is not its own), for the decision's findings.
    public var notes: [String] = []
    /// The Council's agenda item the text's keywords name (`<keyword refersTo="agenda" dictionary="S/" showAs>`,
    /// `Threats to international peace and security`), without a closing full stop.
    public var agendaItemName: String? = nil
}

/// Reads AKN4UN XML with a streaming parser: identification (FRBR), cover page, preamble and body.
public enum AKNReader {
    /// Phrases by which a text acts under Chapter VII (not merely mentions it; `Chapter VIII` is another).
    static let chapterVIIInvoked = ["under Chapter VII of the Charter", "第七章采取行动", "第七章第四十一条采取行动", "du Chapitre VII de la Charte",
                                    "del Capítulo VII de la Carta", "главой VII Устава"]
    static let languages = ["zho": "zh", "eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "deu": "de"]

    /// What one file gave: a text (possibly partial), an error, or neither (a well-formed file that is no Security
    /// Council text).
    public struct Reading: Sendable {
        public var text: OfficialText?
        public var error: OfficialError?
    }

    /// Reads one file. Returns nil for a well-formed file that is no Security Council text (reported by the caller);
    /// throws for a malformed one.
    public static func read(_ data: Data, file: String) throws(OfficialError) -> OfficialText? {
        let reading = readAll(data, file: file)
        if let error = reading.error { throw error }
        return reading.text
    }

    /// Reads one file, keeping what a malformed file gave before its error: a presidential statement whose markup
    /// breaks in its last paragraph still has its symbol and date. Its error is reported all the same.
    public static func readAll(_ data: Data, file: String) -> Reading {
        guard !data.isEmpty, data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return Reading(error: OfficialError(file: file, line: 1, "empty file, not Akoma Ntoso XML"))
        }
        let bytes = [UInt8](data)
        if let problem = XMLGuard.problem(bytes) {
            return Reading(error: OfficialError(file: file, line: problem.line, problem.message))
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        var failure: OfficialError? = nil
        if !parser.parse() {
            let code = parser.parserError.map { ($0 as NSError).code } ?? 0
            // A tag that does not match: the guard's scan names both tags and the line where the markup broke.
            if let mismatch = XMLGuard.firstMismatch(bytes) {
                failure = OfficialError(file: file, line: mismatch.line, "malformed XML: \(mismatch.message)")
            } else {
                failure = OfficialError(file: file, line: parser.lineNumber, "malformed XML: \(Self.reason(code))")
            }
        } else if let open = collector.openElements.last {
            let lines = data.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            failure = OfficialError(file: file, line: max(1, lines - (data.last == 0x0A ? 1 : 0)),
                                    "malformed XML: the file ends inside <\(open)> (truncated?)")
        } else if let mismatch = XMLGuard.firstMismatch(bytes) {
            // The parser recovered from a broken tag and went on; the file is malformed all the same.
            failure = OfficialError(file: file, line: mismatch.line, "malformed XML: \(mismatch.message)")
        }
        guard collector.sawAkomaNtoso else {
            return Reading(error: failure ?? OfficialError(file: file, line: 1, "not an Akoma Ntoso document"))
        }
        guard collector.author == nil || collector.author == "sc" else { return Reading(error: failure) }
        do throws(OfficialError) {
            var text = try Self.text(collector, file: file)
            text.partial = failure != nil
            return Reading(text: text, error: failure)
        } catch {
            return Reading(error: failure ?? error)
        }
    }

    static func text(_ collector: Collector, file: String) throws(OfficialError) -> OfficialText {
        // The symbol: the cover page's docNumber, else the FRBR work URI (`…/unsc/2020-02-25/2511-2020/`),
        // else the title (`第2511(2020)号决议`).
        let number = collector.docNumber.map { $0.trimmingCharacters(in: " ") } ?? ""
        // A statement's or a draft's title cites resolutions: only a resolution's title may give its symbol.
        let fromTitle = collector.statementName == "resolution" || collector.statementName == nil
            ? (SymbolScanner(profile: .chinese).symbols(in: collector.title).first ?? englishResolutions(collector.title).first) : nil
        guard var symbol = DocumentSymbol(number) ?? workSymbol(collector.workURI, statement: collector.statementName)
                ?? fromTitle ?? fileSymbol(file) else {
            throw OfficialError(file: file, "no Security Council document symbol (docNumber, FRBR work or title)")
        }
        var notes: [String] = []
        // A statement whose docNumber is a resolution's symbol (the UN's PRST/2007/S_PRST_2007_22 says
        // `S/RES/1626 (2005)`): the file name's symbol, with a note.
        if collector.statementName == "presidentialStatement", symbol.kind != .presidentialStatement,
           let named = fileSymbol(file), named.kind == .presidentialStatement {
            notes.append("the text's docNumber is \(symbol), not a presidential statement's: read as \(named), its file name")
            symbol = named
        }
        let language = languages[collector.language ?? ""] ?? collector.language ?? "und"
        let kind: OfficialText.Kind = collector.statementName == "draftResolution" ? .draftResolution
            : collector.statementName == "presidentialStatement" || symbol.kind == .presidentialStatement
            ? .presidentialStatement : .resolution
        let scanner = SymbolScanner(profile: .chinese)
        let allText = (collector.preamble + collector.operative.map(\.text) + collector.intro).joined(separator: "\n")
        var cited = Set(collector.links.compactMap(linkSymbol))
        cited.formUnion(scanner.symbols(in: allText))
        cited.formUnion(englishResolutions(allText))
        cited.remove(symbol)
        let steps = collector.steps.filter { $0.date != nil || !$0.by.isEmpty }
        let decisive = steps.last { ["veto", "notAdopted", "adopted"].contains($0.outcome) }
        let date = collector.adoptionDate ?? decisive?.date ?? collector.votingDate
        let year = date?.year ?? symbol.year
        var text = OfficialText(
            symbol: symbol, kind: kind, language: language, adoptionDate: date,
            meeting: collector.meetingNumber.flatMap { DocumentSymbol("S/PV.\($0)") } ?? decisive?.record?.baseRecord
                ?? meetingInText(collector.adoptedBy) ?? meetingInText(collector.intro.joined()),
            title: collector.title.trimmingCharacters(in: " "),
            preamble: collector.preamble.map { OfficialText.Paragraph(number: nil, text: $0) },
            operative: collector.operative, citedSymbols: cited.sorted(),
            chapterVII: collector.adoptedUnderChapterVII || chapterVIIInvoked.contains { allText.contains($0) },
            file: file)
        text.steps = steps
        text.notes = notes
        text.agendaItemName = collector.agendaItemName
        if !collector.votes.isEmpty {
            var voters: [VoteOption: [Member]] = [.inFavour: [], .against: [], .abstaining: []]
            var counts: [VoteOption: Int] = [:]
            for v in collector.votes {
                guard let option = v.option else { continue }
                voters[option, default: []] += StateNames.shared.read(v.names, year: year).members
                counts[option] = v.value
            }
            text.voters = voters
            text.statedCounts = Vote(for: counts[.inFavour] ?? 0, against: counts[.against] ?? 0, abstaining: counts[.abstaining] ?? 0)
        }
        if kind == .draftResolution, let submission = steps.first(where: { $0.outcome == "draftResolution" }) {
            text.sponsors = StateNames.shared.splitList(submission.by, year: year).map { Member(name: $0, year: year) }
        }
        if steps.contains(where: { $0.outcome == "veto" }) {
            let by = steps.filter { $0.outcome == "veto" }.flatMap { vetoingMembers($0.by, year: year) }
            text.recordedOutcome = .vetoed(by: by)
        } else if steps.contains(where: { $0.outcome == "notAdopted" }) {
            text.recordedOutcome = .notAdopted
        } else if steps.contains(where: { $0.outcome == "adopted" }) {
            text.recordedOutcome = .adopted
        }
        return text
    }

    /// The symbol a UN file name gives: `S_PRST_2007_22-0739405E.xml` → `S/PRST/2007/22`, `S_2023_772-2320197G.xml`
    /// → `S/2023/772`, `S_RES_2575 (2021)-G.xml` → `S/RES/2575(2021)`. Nil for other names (`SC_2564_2021-E.xml`).
    static func fileSymbol(_ path: String) -> DocumentSymbol? {
        var name = Substring((path as NSString).lastPathComponent)
        guard name.hasPrefix("S_") else { return nil }
        if let dash = name.firstIndex(of: "-") { name = name[..<dash] }
        if name.hasSuffix(".xml") { name = name.dropLast(4) }
        let parts = name.split(separator: "_").map(String.init)
        func number(_ s: String) -> Bool { !s.isEmpty && s.count <= 5 && s.allSatisfy(\.isNumber) }
        func year(_ s: String) -> Bool { s.count == 4 && s.allSatisfy(\.isNumber) }
        var symbol: String
        if parts.count >= 4, parts[1] == "PRST", year(parts[2]), number(parts[3]) {
            symbol = "S/PRST/\(parts[2])/\(parts[3])"
            if parts.count >= 5, parts[4].hasPrefix("Corr.") { symbol += "/\(parts[4])" }
        } else if parts.count >= 3, parts[1] == "RES" {
            // `S_RES_2575 (2021)`: the year in the part; `S_RES_1285_N0023963`: none (the caller's year).
            let digits = parts[2].prefix { $0.isNumber }
            guard let open = parts[2].firstIndex(of: "("), !digits.isEmpty else { return nil }
            let y = parts[2][parts[2].index(after: open)...].prefix { $0.isNumber }
            guard y.count == 4 else { return nil }
            symbol = "S/RES/\(digits)(\(y))"
        } else if parts.count >= 3, year(parts[1]), number(parts[2]) {
            symbol = "S/\(parts[1])/\(parts[2])"
        } else {
            return nil
        }
        return DocumentSymbol(symbol)
    }

    /// The permanent members a veto step names in parentheses: `… of 2 permanent members of the Security Council
    /// (China and Russian Federation)` → `CHN`, `RUS`. A parenthesis holding a symbol (`(S/PV.9408)`) is passed over.
    static func vetoingMembers(_ by: String, year: Int?) -> [String] {
        var codes: [String] = []
        var rest = Substring(by)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard DocumentSymbol(inside) == nil else { continue }
            for name in StateNames.shared.splitList(inside, year: year) {
                if let code = StateNames.shared.resolve(name, year: year)?.code, !codes.contains(code) { codes.append(code) }
            }
        }
        return codes
    }

    /// What the parser's error code (libxml2's, as Foundation passes it on) means, in words.
    static func reason(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document does not end where it should (an element left open, closed twice, or text after the root)"
        case 9: "a character that XML does not allow"
        case 26: "an entity that is not declared"
        case 42: "an attribute given twice on one element"
        case 68: "a name expected (a bare '&' or '<' in text or in a value)"
        case 73: "'>' expected"
        case 76: "an end tag that does not match its start tag"
        default: "error \(code) of the XML parser"
        }
    }

    /// `/akn/un/statement/deliberation/unsc/2020-02-25/2511-2020/` → `S/RES/2511(2020)` for a resolution.
    static func workSymbol(_ uri: String?, statement: String?) -> DocumentSymbol? {
        guard let uri, statement == "resolution", uri.contains("/unsc/") else { return nil }
        let last = uri.split(separator: "/").last.map(String.init) ?? ""
        let parts = last.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[1] > 1945 else { return nil }
        return DocumentSymbol(resolution: parts[0], year: parts[1])
    }

    /// `https://undocs.org/ch/A/RES/74/270` → `A/RES/74/270`
    static func linkSymbol(_ href: String) -> DocumentSymbol? {
        guard let range = href.range(of: "undocs.org/") else { return nil }
        var rest = href[range.upperBound...]
        if let slash = rest.firstIndex(of: "/"), rest[..<slash].count <= 3, rest[..<slash].allSatisfy(\.isLowercase) {
            rest = rest[rest.index(after: slash)...]
        }
        return DocumentSymbol(String(rest).removingPercentEncoding ?? String(rest))
    }

    /// `resolutions 2250 (2015) and 2419 (2018)` in English text.
    static func englishResolutions(_ text: String) -> [DocumentSymbol] {
        var result: [DocumentSymbol] = []
        let words = text.replacingOccurrences(of: "\u{a0}", with: " ")
        var search = words.startIndex
        while let r = words.range(of: "resolution", options: [.caseInsensitive], range: search..<words.endIndex) {
            search = r.upperBound
            var rest = words[r.upperBound...]
            if rest.hasPrefix("s") { rest = rest.dropFirst() }
            // A run of `N (YYYY)` joined by commas and `and`.
            while true {
                rest = rest.drop { $0 == " " || $0 == "," }
                if rest.hasPrefix("and ") { rest = rest.dropFirst(4) }
                let digits = rest.prefix { $0.isNumber }
                guard !digits.isEmpty, let n = Int(digits) else { break }
                var after = rest.dropFirst(digits.count).drop { $0 == " " }
                guard after.hasPrefix("(") else { break }
                after = after.dropFirst()
                let year = after.prefix { $0.isNumber }
                guard year.count == 4, let y = Int(year), after.dropFirst(4).hasPrefix(")") else { break }
                result.append(DocumentSymbol(resolution: n, year: y))
                rest = after.dropFirst(5)
            }
        }
        return result
    }

    /// `At the 8699th meeting` / `第8699次会议` in a statement's opening.
    static func meetingInText(_ text: String) -> DocumentSymbol? {
        for marker in ["th meeting", "st meeting", "nd meeting", "rd meeting", "次会议", "e séance"] {
            guard let r = text.range(of: marker) else { continue }
            let digits = String(text[..<r.lowerBound].reversed().prefix { $0.isNumber }.reversed())
            if digits.count >= 3 { return DocumentSymbol("S/PV.\(digits)") }
        }
        return nil
    }
}

/// The streaming parser's delegate: keeps only what `OfficialText` needs.
final class Collector: NSObject, XMLParserDelegate {
    var sawAkomaNtoso = false
    var statementName: String?
    var author: String?, language: String?, adoptionDate: RepertoireDate?, workURI: String?
    var docNumber: String?, title = "", meetingNumber: String?
    var preamble: [String] = [], operative: [OfficialText.Paragraph] = [], intro: [String] = []
    var links: [String] = []
    /// The workflow's adoption step: `refersTo="Chapter VII"`, `by="Adopted unanimously, 8763rd meeting"`.
    var adoptedUnderChapterVII = false, adoptedBy = ""
    var steps: [OfficialText.Step] = []
    var agendaItemName: String?
    var votingDate: RepertoireDate?
    /// `<count value refersTo>` with the voters' names inside.
    struct Count { var option: VoteOption?; var value: Int?; var names: [String] = [] }
    var votes: [Count] = []
    private var voterName: String? = nil

    private var path: [String] = []
    /// Elements still open when the parser stopped: a truncated file.
    var openElements: [String] { path }
    private var text = ""
    private var capturing: String? = nil          // what the characters go to: docNumber, title, meeting, preamble, paragraph, num, intro
    private var paragraphNumber: String? = nil
    private var paragraphText = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = path.last
        path.append(name)
        switch name {
        case "akomaNtoso": sawAkomaNtoso = true
        case "statement": statementName = attributes["name"]
        case "FRBRauthor" where path.contains("FRBRWork"): author = attributes["href"].map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        case "FRBRdate" where path.contains("FRBRWork") && attributes["name"] == "adoption":
            adoptionDate = DataExtractReader.isoDate(attributes["date"] ?? "")
        case "FRBRlanguage" where path.contains("FRBRExpression"): language = attributes["language"]
        case "FRBRuri" where path.contains("FRBRWork"): workURI = attributes["value"]
        case "docNumber": capturing = "docNumber"; text = ""
        case "docTitle" where title.isEmpty: capturing = "title"; text = ""
        case "inline" where attributes["name"] == "adoptionMeeting":
            if let t = attributes["title"], t.contains(where: \.isNumber) { meetingNumber = String(t.filter(\.isNumber)) }
        case "a": if let href = attributes["href"] { links.append(href) }
        case "keyword" where attributes["refersTo"] == "agenda" && attributes["dictionary"] == "S/":
            if agendaItemName == nil, let name = attributes["showAs"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                agendaItemName = name.hasSuffix(".") ? String(name.dropLast()) : name
            }
        case "step":
            if attributes["outcome"] == "adopted" {
                adoptedUnderChapterVII = attributes["refersTo"]?.contains("Chapter VII") == true
                adoptedBy = attributes["by"] ?? ""
            }
            let date = attributes["date"].flatMap { DataExtractReader.isPlaceholder($0) ? nil : DataExtractReader.isoDate($0) }
            steps.append(OfficialText.Step(date: date, outcome: attributes["outcome"] ?? "",
                                           record: attributes["as"].flatMap { DocumentSymbol($0) },
                                           by: Collector.squeezed(attributes["by"] ?? "")))
        case "FRBRdate" where path.contains("FRBRWork") && attributes["name"] == "voting":
            votingDate = DataExtractReader.isoDate(attributes["date"] ?? "")
        case "count" where path.contains("voting"):
            let option: VoteOption? = switch attributes["refersTo"]?.lowercased() {
            case "infavour", "#infavour": .inFavour
            case "against", "#against": .against
            case "abstaining", "#abstaining", "abstention", "abstentions": .abstaining
            default: nil
            }
            votes.append(Count(option: option, value: attributes["value"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }))
        case "organization" where path.contains("count") && !votes.isEmpty:
            voterName = ""
        case "container" where path.contains("preamble"): capturing = "preamble"; text = ""
        case "alinea" where path.contains("mainBody"): capturing = "intro"; text = ""
        case "paragraph" where path.contains("mainBody") && parent == "mainBody":
            capturing = "paragraph"; paragraphNumber = nil; paragraphText = ""
        case "num" where capturing == "paragraph": capturing = "num"; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if voterName != nil { voterName! += string; return }
        switch capturing {
        case "paragraph": paragraphText += string
        case nil: break
        default: text += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { path.removeLast() }
        if name == "organization", let voter = voterName {
            let n = Collector.squeezed(voter)
            if !n.isEmpty { votes[votes.count - 1].names.append(n) }
            voterName = nil
        }
        switch (name, capturing) {
        case ("docNumber", "docNumber"): docNumber = text; capturing = nil
        case ("docTitle", "title"): title = Collector.squeezed(text); capturing = nil
        case ("num", "num"): paragraphNumber = text.trimmingCharacters(in: " ."); capturing = "paragraph"
        case ("container", "preamble"):
            let t = Collector.squeezed(text)
            if !t.isEmpty { preamble.append(t) }
            capturing = nil
        case ("alinea", "intro"): intro.append(Collector.squeezed(text)); capturing = nil
        case ("paragraph", "paragraph") where path.count >= 2 && path[path.count - 2] == "mainBody":
            operative.append(OfficialText.Paragraph(number: paragraphNumber ?? String(operative.count + 1),
                                                    text: Collector.squeezed(paragraphText)))
            capturing = nil
        default: break
        }
    }

    /// White space runs folded to one space, trimmed.
    static func squeezed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
