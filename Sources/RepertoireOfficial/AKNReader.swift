import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RepertoireModel
import RepertoireParsing

/// A resolution or presidential statement in one language, read from its Akoma Ntoso (AKN4UN) file.
public struct OfficialText: Sendable {
    public enum Kind: String, Sendable { case resolution, presidentialStatement = "presidential_statement" }

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
}

/// Reads AKN4UN XML with a streaming parser: identification (FRBR), cover page, preamble and body.
public enum AKNReader {
    /// Phrases by which a text acts under Chapter VII (not merely mentions it; `Chapter VIII` is another).
    static let chapterVIIInvoked = ["under Chapter VII of the Charter", "第七章采取行动", "第七章第四十一条采取行动", "du Chapitre VII de la Charte",
                                    "del Capítulo VII de la Carta", "главой VII Устава"]
    static let languages = ["zho": "zh", "eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar"]

    /// Reads one file. Returns nil for a well-formed file that is no Security Council text (reported by the caller).
    public static func read(_ data: Data, file: String) throws(OfficialError) -> OfficialText? {
        guard !data.isEmpty, data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw OfficialError(file: file, line: 1, "empty file, not Akoma Ntoso XML")
        }
        if let problem = XMLGuard.problem([UInt8](data)) {
            throw OfficialError(file: file, line: problem.line, problem.message)
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            let reason = parser.parserError.map { Self.reason(($0 as NSError).code) } ?? "unknown error"
            throw OfficialError(file: file, line: parser.lineNumber, "malformed XML: \(reason)")
        }
        if let open = collector.openElements.last {
            let lines = data.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw OfficialError(file: file, line: max(1, lines - (data.last == 0x0A ? 1 : 0)),
                                "malformed XML: the file ends inside <\(open)> (truncated?)")
        }
        guard collector.sawAkomaNtoso else { throw OfficialError(file: file, line: 1, "not an Akoma Ntoso document") }
        guard collector.author == nil || collector.author == "sc" else { return nil }
        // The symbol: the cover page's docNumber, else the FRBR work URI (`…/unsc/2020-02-25/2511-2020/`),
        // else the title (`第2511(2020)号决议`).
        let number = collector.docNumber.map { $0.trimmingCharacters(in: " ") } ?? ""
        guard let symbol = DocumentSymbol(number) ?? workSymbol(collector.workURI, statement: collector.statementName)
                ?? SymbolScanner(profile: .chinese).symbols(in: collector.title).first
                ?? englishResolutions(collector.title).first else {
            throw OfficialError(file: file, "no Security Council document symbol (docNumber, FRBR work or title)")
        }
        let language = languages[collector.language ?? ""] ?? collector.language ?? "und"
        let kind: OfficialText.Kind = collector.statementName == "presidentialStatement" || symbol.kind == .presidentialStatement
            ? .presidentialStatement : .resolution
        let scanner = SymbolScanner(profile: .chinese)
        let allText = (collector.preamble + collector.operative.map(\.text) + collector.intro).joined(separator: "\n")
        var cited = Set(collector.links.compactMap(linkSymbol))
        cited.formUnion(scanner.symbols(in: allText))
        cited.formUnion(englishResolutions(allText))
        cited.remove(symbol)
        return OfficialText(
            symbol: symbol, kind: kind, language: language, adoptionDate: collector.adoptionDate,
            meeting: collector.meetingNumber.flatMap { DocumentSymbol("S/PV.\($0)") } ?? meetingInText(collector.adoptedBy)
                ?? meetingInText(collector.intro.joined()),
            title: collector.title.trimmingCharacters(in: " "),
            preamble: collector.preamble.map { OfficialText.Paragraph(number: nil, text: $0) },
            operative: collector.operative, citedSymbols: cited.sorted(),
            chapterVII: collector.adoptedUnderChapterVII || chapterVIIInvoked.contains { allText.contains($0) },
            file: file)
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
        case "step" where attributes["outcome"] == "adopted":
            adoptedUnderChapterVII = attributes["refersTo"]?.contains("Chapter VII") == true
            adoptedBy = attributes["by"] ?? ""
        case "container" where path.contains("preamble"): capturing = "preamble"; text = ""
        case "alinea" where path.contains("mainBody"): capturing = "intro"; text = ""
        case "paragraph" where path.contains("mainBody") && parent == "mainBody":
            capturing = "paragraph"; paragraphNumber = nil; paragraphText = ""
        case "num" where capturing == "paragraph": capturing = "num"; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capturing {
        case "paragraph": paragraphText += string
        case nil: break
        default: text += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { path.removeLast() }
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
