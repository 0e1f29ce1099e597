import GRDB
import RepertoireModel

/// The full-text index as any SQLite can read it: an FTS5 table with the built-in `unicode61` tokenizer over two
/// texts the program writes for each passage, one token per word, separated by spaces:
/// - `words`: every Latin word (lower-cased), every Chinese character, and every document symbol as one compact
///   lower-case token (`s/res/2532(2020)`, whatever form the text wrote it in), in the text's order;
/// - `pairs`: every two consecutive Chinese characters of a run (`安理 理会`), runs apart (`0` between them).
///
/// A query is translated the same way (`FTSQuery`): a Chinese word of two or more characters is the phrase of its
/// pairs in `pairs`; one character, Latin words and symbols are a phrase in `words`. So the index opens in the
/// `sqlite3` shell, Python, R or Datasette, and answers there as here.
public enum PortableIndex {
    /// The FTS5 table's definition: contentless (the text is the passage's), tokens as the program wrote them.
    public static let table = "passage_index"
    public static let create = """
        CREATE VIRTUAL TABLE \(table) USING fts5(words, pairs, content='',
          tokenize="unicode61 remove_diacritics 0 tokenchars '/().-'")
        """

    /// `words` and `pairs` of a passage's text and its symbols (the official text's own symbol, searchable too).
    public static func texts(_ text: String, symbols: String = "") -> (words: String, pairs: String) {
        var words: [UInt8] = [], pairs: [UInt8] = []
        var continuing = -1  // where a pair continuing the last one starts
        func add<S: Sequence>(_ out: inout [UInt8], _ token: S) where S.Element == UInt8 {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: token)
        }
        for source in [text, symbols] where !source.isEmpty {
            let bytes = Array(source.utf8)
            bytes.withUnsafeBufferPointer { p in
                SearchTokens.scan(p, query: false) { token, start, end, _ in
                    switch cjkCount(token) {
                    case 2:
                        // A pair not continuing the last one opens a new run.
                        if !pairs.isEmpty && start != continuing { pairs.append(contentsOf: [0x20, 0x30]) }
                        add(&pairs, token)
                        continuing = start + SearchTokens.decode(token, 0).1
                    default:
                        add(&words, safe(token))
                    }
                    return true
                }
            }
            if !pairs.isEmpty { pairs.append(contentsOf: [0x20, 0x30]) }
            continuing = -1
        }
        while pairs.last == 0x30 && pairs.dropLast().last == 0x20 { pairs.removeLast(2) }
        return (String(decoding: words, as: UTF8.self), String(decoding: pairs, as: UTF8.self))
    }

    /// How many CJK characters a token is, where it is only CJK (0 otherwise).
    static func cjkCount(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, n = 0
        while i < token.count {
            let (s, w) = SearchTokens.decode(token, i)
            guard SearchTokens.isCJK(s) else { return 0 }
            n += 1; i += w
        }
        return n
    }

    /// A token as `unicode61` keeps it whole: a symbol's characters other than letters, digits and `/().-` become `-`.
    static func safe(_ token: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard token.contains(where: { $0 < 0x80 && !isTokenByte($0) }) else { return Array(token) }
        return token.map { $0 < 0x80 && !isTokenByte($0) ? 0x2D : $0 }
    }

    static func isTokenByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2F || b == 0x28 || b == 0x29 || b == 0x2E || b == 0x2D
    }

    /// A query's parts, in order: a Chinese word of two or more characters (`.run`), or one token the index keeps
    /// in `words` (a single character, a Latin word, a symbol's compact token). Read from the query's tokens (a run's
    /// pairs, then its last character).
    enum Segment: Equatable { case run(String), word(String) }

    static func segments(_ text: String) -> [Segment] {
        var out: [Segment] = [], run = ""
        var previousPair: String?
        func closeRun() { if !run.isEmpty { out.append(.run(run)); run = "" } }
        for (token, _) in SearchTokens.tokens(text, query: true) {
            let scalars = token.unicodeScalars
            let cjk = scalars.allSatisfy { SearchTokens.isCJK($0.value) } ? scalars.count : 0
            let continues = previousPair.map { $0.unicodeScalars.last == scalars.first } ?? false
            if cjk == 2 {
                if continues { run.unicodeScalars.append(scalars.last!) } else { closeRun(); run = token }
                previousPair = token
            } else if cjk == 1 && continues {
                // A run's last character, after its pairs: the run is whole.
                previousPair = nil
                closeRun()
            } else {
                closeRun()
                previousPair = nil
                out.append(.word(token))
            }
        }
        closeRun()
        return out
    }

    /// One search term as FTS5 phrases in the index's columns (all required): `pairs:"安理 理会"`,
    /// `words:"climate change"`, `words:"s/res/2532(2020)"`; empty when it has no token.
    static func phrases(_ term: String) -> [String] {
        var phrases: [String] = [], words: [String] = []
        func closeWords() {
            if !words.isEmpty { phrases.append("words:" + quoted(words.joined(separator: " "))) }
            words = []
        }
        for segment in segments(term) {
            switch segment {
            case .word(let token):
                words.append(String(decoding: Array(token.utf8).withUnsafeBufferPointer { safe($0) }, as: UTF8.self))
            case .run(let run):
                closeWords()
                let scalars = Array(run.unicodeScalars)
                let pairs = (0..<(scalars.count - 1)).map { String(String.UnicodeScalarView(scalars[$0...($0 + 1)])) }
                phrases.append("pairs:" + quoted(pairs.joined(separator: " ")))
            }
        }
        closeWords()
        return phrases
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Takes a document's passages out of the index: a contentless table is told each row's words and pairs,
    /// made again from the passage's text (they are what was indexed).
    static func delete(document: Int64, _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO \(table)(\(table), rowid, words, pairs) VALUES ('delete', ?, ?, ?)")
        try PassageTexts.each(document: document, db) { passages in
            for p in passages {
                let texts = Self.texts(p.text, symbols: p.symbols)
                try statement.execute(arguments: [p.id, texts.words, texts.pairs])
            }
        }
    }

    /// Fills the index from the passages (a database made before the index was portable, when every passage held
    /// its text).
    static func rebuild(_ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO \(table)(rowid, words, pairs) VALUES (?, ?, ?)")
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, text, symbols FROM passage ORDER BY id")
        while let row = try cursor.next() {
            let texts = Self.texts(row["text"] ?? "", symbols: row["symbols"])
            try statement.execute(arguments: [row["id"] as Int64, texts.words, texts.pairs])
        }
    }
}
