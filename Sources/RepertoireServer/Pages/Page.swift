import Foundation
import Synchronization
import Hummingbird
import RepertoireModel
import RepertoireStore

/// A page as sections (a heading, server-made SVG or HTML, a table), written one after the other into its body,
/// which the one template puts in its frame (a list of blocks handed to the template cost a tenth of a page).
struct Page {
    var title: String
    var subtitle: String?
    /// The page's HTML so far, as bytes: each block written onto it, each text escaped as it is copied (a String
    /// built piece by piece, then checked again as UTF-8 when a table became text, took a third of a record's page).
    private(set) var body: [UInt8] = []
    var query = ""

    init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        body.reserveCapacity(64 << 10)
    }

    mutating func add(heading: String?, html: String? = nil, empty: String? = nil) {
        open(heading)
        if let html { body += html.utf8; body.append(0x0A) }
        if let empty { put(#"<p class="empty">"#); Self.escape(empty, into: &body); put("</p>\n") }
        close()
    }

    private mutating func put(_ s: String) { body += s.utf8 }

    private mutating func open(_ heading: String?) {
        put("<section>\n")
        if let heading { put("<h2>"); Self.escape(heading, into: &body); put("</h2>\n") }
    }

    private mutating func close() { put("</section>\n") }

    /// A table block from rows: each column shown with its label, a link or HTML made from the row where given.
    /// With `skipsWhenEmpty`, no rows make no block (a section that matters only when it has something to say).
    /// Every value is shown in the page's words: a stored code (`rule37`) from the catalogue, a boolean as yes or
    /// no, a list joined, a state's name by its code in the page's language, a document symbol with its undocs.org
    /// link, a text the data holds only in the other language marked as such.
    mutating func add(heading: String?, rows: Rows, columns: [Column], labels: Labels, skipsWhenEmpty: Bool = false) {
        guard !rows.rows.isEmpty else {
            if !skipsWhenEmpty { add(heading: heading, empty: labels["no_results"]) }
            return
        }
        let rows = Localised.rows(rows, labels.lang)
        // Written here, not by the template: a table is most of a page, and the template engine's lookups of
        // each cell's fields in a dictionary of `Any` took two thirds of a list page's time.
        open(heading)
        put(#"<div class="scroll"><table>"# + "\n<thead><tr>")
        for column in columns { put("<th>"); Self.escape(labels[column.label], into: &body); put("</th>") }
        put("</tr></thead>\n<tbody>")
        let index = Dictionary(rows.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // What each column is, looked up once for the table rather than at each cell.
        let positions = columns.map { index[$0.key] }
        let numeric = columns.map { ColumnType.of($0.key) == .integer }
        let text = columns.map { Self.textColumns.contains($0.key) }, symbol = columns.map { Self.symbolColumns.contains($0.key) }
        for row in rows.rows {
            let value = { (name: String) -> Rows.Value in index[name].map { row[$0] } ?? .null }
            put("<tr>")
            for (k, column) in columns.enumerated() {
                let raw = positions[k].map { row[$0] } ?? .null
                let words = column.text?(value) ?? Self.words(raw, column: column.key, labels: labels)
                let href = column.link(value), cellHTML = column.html?(value)
                put(numeric[k] ? #"<td class="num">"# : "<td>")
                if let href, !words.isEmpty {
                    put(#"<a href=""#); Self.escape(href, into: &body); put(#"">"#); Self.escape(words, into: &body); put("</a>")
                } else if let cellHTML {
                    put(cellHTML)
                } else if href == nil, text[k], let other = Self.otherLanguage(words, labels.lang) {
                    put(#"<span lang="\#(other)">"#); Self.escape(words, into: &body); put(#"</span> <small class="lang">"#)
                    Self.escape(labels["in_" + other], into: &body); put("</small>")
                } else {
                    Self.escape(words, into: &body)
                }
                if cellHTML == nil, symbol[k], let symbol = raw.string, symbol.hasPrefix("S/") {
                    put(#" <a class="doc" href=""#); Self.escape(Links.undocs(symbol, labels.lang), into: &body); put(#"" title="undocs.org">↗</a>"#)
                }
                put("</td>")
            }
            put("</tr>")
        }
        put("</tbody>\n</table></div>\n")
        close()
    }

    /// Columns whose values are document symbols, each linked to the document at undocs.org.
    static let symbolColumns: Set<String> = ["symbol", "record", "draft", "concept_note", "meeting", "written_procedure_record"]
    /// Columns of free text, which the data may hold in one language only.
    static let textColumns: Set<String> = ["title", "sub_item", "theme", "message", "name", "initiative", "briefers", "speakers",
                                           "sponsors", "context", "rule37_note", "state"]

    /// A value in the page's words.
    static func words(_ value: Rows.Value, column: String, labels: Labels) -> String {
        switch (ColumnType.of(column), value) {
        case (.boolean, .integer(let i)): return labels[i == 0 ? "no" : "yes"]
        case (.array, .text(let text)):
            return ColumnType.elements(text).map { labels.value($0.description) }.joined(separator: labels.lang == "zh" ? "、" : "; ")
        default: return labels.value(value.description)
        }
    }

    /// The language of a text written wholly in the other language than the page's (`zh` on an English page for a
    /// text with Chinese characters; `en` on a Chinese page for words in Latin script), else nil.
    static func otherLanguage(_ text: String, _ lang: String) -> String? {
        let han = text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        if lang == "en" { return han ? "zh" : nil }
        guard !han else { return nil }
        var letters = 0, space = false
        for byte in text.utf8 { if byte >= 0x61 && byte <= 0x7A { letters += 1 } else if byte == 0x20 { space = true } }
        return letters >= 3 && space ? "en" : nil
    }

    /// Text with each document symbol in it linked to its page (a word from `S/` on, less closing punctuation).
    /// Words are cut at spaces, full-width brackets and quotation marks, found on the text's bytes: only a word that
    /// holds `S/` is looked at as a string (a page of findings spent a fifth of its time splitting every message into
    /// scalars and words).
    static func linkingSymbols(_ text: String, _ lang: String) -> String {
        guard text.utf8.contains(0x2F) else { return escape(text) }  // no `/`, no symbol
        return TextMemo.linked.text(text, lang) { linkingSymbolsNow(text, lang) }
    }

    static func linkingSymbolsNow(_ text: String, _ lang: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 128)
        func word(_ range: Range<Int>) {
            guard range.count > 1, bytes[range].indices.dropLast().contains(where: { bytes[$0] == 0x53 && bytes[$0 + 1] == 0x2F }) else {
                escape(bytes[range], into: &out); return
            }
            out += linked(String(decoding: bytes[range], as: UTF8.self)[...], lang).utf8
        }
        var start = 0, i = 0
        while i < bytes.count {
            let n = separatorLength(bytes, at: i)
            guard n > 0 else { i += 1; continue }
            word(start..<i)
            out += bytes[i..<(i + n)]   // no separator needs escaping
            i += n; start = i
        }
        word(start..<bytes.count)
        return String(decoding: out, as: UTF8.self)
    }

    /// A word holding `S/`: the symbol in it linked, what is before and after it (closing punctuation) escaped.
    static func linked(_ word: Substring, _ lang: String) -> String {
        guard let start = symbolStart(word) else { return escape(String(word)) }
        var symbol = String(word[start...]), tail = ""
        while let last = symbol.last, ",;:，；：、。'’".contains(last) || (last == ")" && DocumentSymbol(symbol) == nil) {
            tail = String(last) + tail; symbol.removeLast()
        }
        let link = symbol.hasPrefix("S/PV.") ? Links.meeting(.text(symbol), lang) : Links.decision(.text(symbol), lang)
        guard DocumentSymbol(symbol) != nil, let href = link else { return escape(String(word)) }
        return escape(String(word[..<start])) + #"<a href="\#(escape(href))">\#(escape(symbol))</a>"# + escape(tail)
    }

    /// The length of the word separator at `i` (a space, `（`, `）`, `“`, `”` or `‘`), or 0.
    static func separatorLength(_ b: [UInt8], at i: Int) -> Int {
        if b[i] == 0x20 { return 1 }
        guard i + 2 < b.count else { return 0 }
        if b[i] == 0xEF, b[i + 1] == 0xBC, b[i + 2] == 0x88 || b[i + 2] == 0x89 { return 3 }
        if b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x9D || b[i + 2] == 0x98 { return 3 }
        return 0
    }

    /// Bytes of text for HTML, as `escape` writes them: the runs between the five characters escaped copied whole.
    static func escape(_ s: ArraySlice<UInt8>, into out: inout [UInt8]) {
        s.withUnsafeBufferPointer { escape($0, into: &out) }
    }

    static func escape(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        for i in 0..<p.count {
            let b = p[i]
            guard b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
            escape(b, into: &out)
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start...]))
    }

    @inline(__always) static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case 0x26: out += "&amp;".utf8
        case 0x3C: out += "&lt;".utf8
        case 0x3E: out += "&gt;".utf8
        case 0x22: out += "&quot;".utf8
        case 0x27: out += "&#39;".utf8
        default: out.append(byte)
        }
    }

    /// Where `S/` begins in a word, found on its bytes (Foundation's `range(of:)` compares Characters, and took a
    /// tenth of a page of findings).
    static func symbolStart(_ word: Substring) -> Substring.Index? {
        var previous: Substring.Index?
        for index in word.utf8.indices {
            if word.utf8[index] == 0x2F, let s = previous, word.utf8[s] == 0x53 { return s }
            previous = index
        }
        return nil
    }

    /// The findings' columns: severity, kind, the message with its symbols linked, where it was read.
    static func findingColumns(_ lang: String) -> [Column] {
        [.init("severity"), .init("kind"), .init("message", html: { v in v("message").string.map { linkingSymbols($0, lang) } }),
         .init("document"), .init("line")]
    }

    /// A table's column (a class: each cell reads it, and a struct of two texts and three closures was copied, five
    /// references counted, at each cell).
    final class Column {
        let key: String, label: String
        var link: ((String) -> Rows.Value) -> String? = { _ in nil }
        var html: (((String) -> Rows.Value) -> String?)? = nil
        /// The cell's text, where it is not the value in the page's words (a state's name by its code).
        var text: (((String) -> Rows.Value) -> String?)? = nil

        init(_ key: String, _ label: String? = nil, link: @escaping ((String) -> Rows.Value) -> String? = { _ in nil },
             html: (((String) -> Rows.Value) -> String?)? = nil, text: (((String) -> Rows.Value) -> String?)? = nil) {
            self.key = key; self.label = label ?? key; self.link = link; self.html = html; self.text = text
        }

        /// A state's name in the page's language by its code (column `iso3`), else as the data writes it; linked to
        /// the state's page.
        static func state(_ key: String, _ label: String? = nil, lang: String) -> Column {
            Column(key, label, link: { Links.state($0("iso3"), lang) }, text: { v in
                v("iso3").string.flatMap { Gazetteer.shared.name(code: $0, language: lang) } ?? v(key).string
            })
        }
    }

    func render(_ request: Request, labels: Labels) -> Response {
        let other = labels.lang == "zh" ? "en" : "zh"
        let subtitle = subtitle.flatMap { $0.isEmpty ? nil : $0 }
        let page = Frame.of(labels, subtitle: subtitle != nil).render(body: body, [
            .title: title, .query: query,
            // The window's title: the page's, then the site's (the home page, whose title is the site's, once).
            .window_title: title == labels["site"] ? title : "\(title) · \(labels["site"])",
            .json: Self.jsonTwin(request), .other_lang_url: Envelope.url(request, replacing: "lang", with: other),
            .subtitle: subtitle ?? "",
        ])
        return Envelope.html(bytes: page)
    }

    /// `/items/35` → `/items/35.json`, `/` → `/index.json`, query kept.
    static func jsonTwin(_ request: Request) -> String {
        let path = request.uri.path == "/" ? "/index" : request.uri.path
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return path + ".json" + query
    }

    /// Text for HTML: `&`, `<`, `>`, `"` and `'` as references (what the template's `{{…}}` writes), the rest as is.
    /// `s` escaped onto `out`.
    static func escape(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { escape($0, into: &out) }
    }

    static func escape(_ s: String) -> String {
        let utf8 = s.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        escape(Array(utf8)[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Search snippets as HTML, in the pages and the API alike: the passage's text escaped, `<mark>`…`</mark>` around
/// each match the only markup (a passage holding `<script>` once came back as markup, and a client inserting the
/// snippet as HTML, as documented, ran it).
enum Snippet {
    /// What the store puts around a match: private-use characters, which escaping leaves as they are.
    static let marks = (open: "\u{E000}", close: "\u{E001}")

    /// Escaped and marked in one pass over the bytes (Foundation's `replacingOccurrences` compared Characters, and
    /// took half of a search's time). The marks are U+E000 and U+E001: EE 80 80 and EE 80 81.
    static func html(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0, plain = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 || bytes[i + 2] == 0x81 {
                Page.escape(bytes[plain..<i], into: &out)
                out += (bytes[i + 2] == 0x80 ? "<mark>" : "</mark>").utf8
                i += 3; plain = i
            } else {
                i += 1
            }
        }
        Page.escape(bytes[plain..<bytes.count], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The rows with their `snippet` column as HTML.
    static func html(_ rows: Rows) -> Rows {
        guard let k = rows.columns.firstIndex(of: "snippet") else { return rows }
        var marked = rows
        for r in marked.rows.indices { if let text = marked.rows[r][k].string { marked.rows[r][k] = .text(html(text)) } }
        return marked
    }
}

/// Where things are.
enum Links {
    static func item(_ n: Rows.Value, _ lang: String) -> String? { n.int.map { "/items/\($0)?lang=\(lang)" } }
    static func meeting(_ record: Rows.Value, _ lang: String) -> String? {
        record.string.map { "/meetings/\(path($0))?lang=\(lang)" }
    }
    static func decision(_ symbol: Rows.Value, _ lang: String) -> String? { symbol.string.map { "/decisions/\(path($0))?lang=\(lang)" } }
    static func state(_ iso3: Rows.Value, _ lang: String) -> String? { iso3.string.map { "/states/\($0)?lang=\(lang)" } }
    /// The document at undocs.org, in the page's language.
    static func undocs(_ symbol: String, _ lang: String) -> String { "https://undocs.org/\(lang)/\(path(symbol))" }
    /// A symbol as a URL path: ASCII letters, digits and `/.()-_` as they are, every other byte of its UTF-8 percent-encoded.
    static func path(_ symbol: String) -> String {
        func plain(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || "/.()-_".utf8.contains(byte)
        }
        if symbol.utf8.allSatisfy(plain) { return symbol }
        var out = ""
        for byte in symbol.utf8 {
            if plain(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

/// Texts already made of others, by language: a function of the text alone (a finding's message linked, or put into
/// the page's words from its catalogue entry), and the same finding's message is made of many documents and shown on
/// many pages (linking took a fifth of an item's page). At most `capacity` texts are kept; emptied when full.
final class TextMemo: Sendable {
    /// Messages with their symbols linked (`Page.linkingSymbols`).
    static let linked = TextMemo()
    /// Findings' messages in a page's language, by their catalogue entry (`Localised.rows`).
    static let localised = TextMemo()
    static let capacity = 4_096
    private let memo = Mutex<[String: String]>([:])

    init() {}

    var count: Int { memo.withLock { $0.count } }

    func text(_ text: String, _ lang: String, make: () -> String) -> String {
        let key = lang + "\u{0}" + text
        if let done = memo.withLock({ $0[key] }) { return done }
        let made = make()
        memo.withLock { memo in
            if memo.count >= Self.capacity { memo.removeAll(keepingCapacity: true) }
            memo[key] = made
        }
        return made
    }
}
