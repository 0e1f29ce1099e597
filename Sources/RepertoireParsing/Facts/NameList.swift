import RepertoireModel

/// Splits lists of names written as prose: `A、B、C和D`. The separator splits everywhere; the final
/// conjunction splits only where the names on either side say it may, so that names containing it
/// (`特立尼达和多巴哥`, `委内瑞拉玻利瓦尔共和国`) stay whole. Works on UTF-8 bytes.
final class NameList: Sendable {
    let profile: LanguageProfile
    let names: Gazetteer
    let separators: [[UInt8]], conjunctions: [[UInt8]], titleEndings: [[UInt8]]
    let opens: [[UInt8]], closes: [[UInt8]]
    let brackets: WordMatcher
    let separatorMatcher: WordMatcher, conjunctionMatchers: [WordMatcher], briefersEnd: WordMatcher
    /// The conjunctions as words (`and`), without the spaces around them.
    let conjunctionWords: [[UInt8]]
    let articles: [[UInt8]], honorifics: [[UInt8]]

    init(profile: LanguageProfile, names: Gazetteer = .shared) {
        self.profile = profile; self.names = names
        separators = profile.listSeparators.map(\.bytes)
        conjunctions = profile.finalConjunctions.map(\.bytes)
        titleEndings = profile.titleEndings.map(\.bytes)
        opens = profile.quoteBrackets.map(\.0.bytes); closes = profile.quoteBrackets.map(\.1.bytes)
        brackets = WordMatcher(opens + closes)
        // Each matcher stops at the brackets too, which `outsideBrackets` tracks.
        separatorMatcher = WordMatcher(separators, alsoStoppingAt: opens + closes)
        conjunctionMatchers = conjunctions.map { [opens, closes] in WordMatcher([$0], alsoStoppingAt: opens + closes) }
        briefersEnd = WordMatcher(profile.briefersEnd.map(\.bytes), alsoStoppingAt: opens + closes)
        conjunctionWords = profile.finalConjunctions.map { Array($0.trimmingSpaces.utf8) }.filter { !$0.isEmpty }
        articles = profile.articles.map(\.bytes); honorifics = profile.honorifics.map(\.bytes)
    }

    /// `the Niger` → `Niger`: an article before a known name is taken off (`The Elders` is no state, and keeps it).
    func withoutArticle(_ name: String) -> String {
        let b = name.bytes
        for a in articles where b.count > a.count && Bytes.hasPrefix(a, in: b, at: 0) {
            let rest = Array(b[a.count...])
            if names.isKnown(utf8: rest) { return Bytes.string(rest) }
        }
        return name
    }

    /// A piece that opens with the list's conjunction (`and Yemen`, after a serial comma): the conjunction taken off.
    func withoutLeadingConjunction(_ s: [UInt8], _ range: Range<Int>) -> Range<Int> {
        for w in conjunctionWords where range.count > w.count + 1 && Bytes.hasPrefix(w, in: s, at: range.lowerBound)
            && Bytes.isSpace(s[range.lowerBound + w.count]) {
            return Bytes.trimmed(s, (range.lowerBound + w.count)..<range.upperBound)
        }
        return range
    }

    /// A list of states or entities (a table note, a speakers cell).
    func states(_ text: String) -> [String] { states(text.bytes) }

    func states(_ bytes: [UInt8]) -> [String] {
        let s = stripped(bytes)
        var ranges = separatedRanges(s).map { withoutLeadingConjunction(s, $0) }
        guard let last = ranges.popLast() else { return [] }
        var items = ranges.map { Bytes.string(s[$0]) }
        items += splitLast(Array(s[last]), evidence: { names.isKnown(utf8: $0) }).map(Bytes.string)
        return articles.isEmpty ? items : items.map(withoutArticle)
    }

    /// A list of briefers: a piece that does not end in a title joins the next one
    /// (`主管欧洲、中亚和美洲事务助理秘书长` is one briefer).
    func briefers(_ text: String) -> [String] { briefers(text.bytes) }

    func briefers(_ bytes: [UInt8]) -> [String] {
        if profile.titlesLead { return leadingTitleBriefers(stripped(bytes)) }
        var merged: [[UInt8]] = []
        var carry: [UInt8] = []
        let s = stripped(bytes)
        for piece in separatedRanges(s) {
            if !carry.isEmpty { carry += separators[0] }
            carry += s[piece]
            if endsWithTitle(carry) { merged.append(carry); carry = [] }
        }
        if !carry.isEmpty { merged.append(carry) }
        guard let last = merged.popLast() else { return [] }
        merged.append(contentsOf: splitLast(last, evidence: { endsWithTitle($0) }))
        return merged.map(Bytes.string)
    }

    /// A list of briefers whose titles lead (`the Secretary-General, the Envoy of the Secretary-General on Youth and the
    /// Founder of …`): split at a separator or conjunction only where an article and a title word (or an honorific)
    /// follow, so that `Europe, Central Asia and the Americas` and `Humanitarian Affairs and Emergency Relief
    /// Coordinator` stay inside their briefer. Each briefer without its article.
    func leadingTitleBriefers(_ s: [UInt8]) -> [String] {
        var cuts: [(Int, Int)] = []   // (where a separator starts, where the next briefer starts)
        let joiners = outsideBrackets(s, matching: separatorMatcher) + conjunctionMatchers.flatMap { outsideBrackets(s, matching: $0) }
        for (offset, length) in joiners.sorted(by: { $0.0 < $1.0 }) {
            var c = Cursor(s, at: offset + length)
            c.skipWhitespace()
            // `, and the …`: a serial comma's conjunction belongs to the same cut.
            var probe = c
            if probe.skip(anyOf: conjunctionWords) { probe.skipWhitespace(); c = probe }
            if opensBriefer(s, at: c.position) {
                if let last = cuts.last, last.1 == c.position { continue }
                cuts.append((offset, c.position))
            }
        }
        var result: [String] = [], start = 0
        for (end, next) in cuts + [(s.count, s.count)] {
            let piece = Array(s[Bytes.trimmed(s, start..<end)])
            var c = Cursor(piece)
            _ = c.skip(anyOf: articles)
            let text = Bytes.string(piece[c.position...]).trimmingSpaces
            if !text.isEmpty { result.append(text) }
            start = next
        }
        return result
    }

    /// An article then a title word before the first lower-case word (`the African Union Commissioner for…`), or an
    /// honorific, stands at `i`.
    func opensBriefer(_ s: [UInt8], at i: Int) -> Bool {
        if honorifics.contains(where: { Bytes.hasPrefix($0, in: s, at: i) }) { return true }
        guard let article = articles.first(where: { Bytes.hasPrefix($0, in: s, at: i) }) else { return false }
        var k = i + article.count
        while k < s.count, Bytes.isSpace(s[k]) { k += 1 }
        // The capitalised words that open the title, up to the first lower-case one.
        var words = 0
        while k < s.count, words < 6, s[k] >= 0x41 && s[k] <= 0x5A {
            var e = k
            while e < s.count, !Bytes.isSpace(s[e]), s[e] != UInt8(ascii: ","), s[e] != UInt8(ascii: ".") { e += 1 }
            let word = s[k..<e]
            if titleEndings.contains(where: { word.elementsEqual($0) || (word.count > $0.count && word.suffix($0.count).elementsEqual($0) && word[word.endIndex - $0.count - 1] == UInt8(ascii: "-")) }) {
                return true
            }
            words += 1
            k = e
            while k < s.count, Bytes.isSpace(s[k]) { k += 1 }
        }
        return false
    }

    /// Pieces between separators outside brackets, trimmed, empty ones dropped.
    func separated(_ text: String) -> [String] { separated(text.bytes).map(Bytes.string) }

    func separated(_ s: [UInt8]) -> [[UInt8]] { separatedRanges(s).map { Array(s[$0]) } }

    /// The pieces' ranges in `s`, trimmed, empty ones dropped.
    func separatedRanges(_ s: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = [], start = 0
        pieces.reserveCapacity(16)
        for (offset, length) in outsideBrackets(s, matching: separatorMatcher) {
            let t = Bytes.trimmed(s, start..<offset)
            if !t.isEmpty { pieces.append(t) }
            start = offset + length
        }
        let t = Bytes.trimmed(s, start..<s.count)
        if !t.isEmpty { pieces.append(t) }
        return pieces
    }

    /// Splits the last piece at its final conjunction where `evidence` accepts the names around it.
    func splitLast(_ piece: [UInt8], evidence: ([UInt8]) -> Bool) -> [[UInt8]] {
        if names.isKnown(utf8: piece) { return [piece] }
        for conjunction in conjunctionMatchers {
            var best: (score: Int, left: [UInt8], right: [UInt8])? = nil
            for (offset, length) in outsideBrackets(piece, matching: conjunction) {
                let left = Array(Bytes.trimmed(piece[..<offset])), right = Array(Bytes.trimmed(piece[(offset + length)...]))
                guard !left.isEmpty, !right.isEmpty else { continue }
                let score = (evidence(left) ? 2 : 0) + (evidence(right) ? 1 : 0)
                if score >= 2 || (score == 1 && names.isKnown(utf8: right)), best == nil || score > best!.score {
                    best = (score, left, right)
                }
            }
            if let best { return [best.left, best.right] }
        }
        return [piece]
    }

    /// Where any of `words` stands outside brackets: (offset, length), in order. `matcher` must stop at the brackets
    /// (`WordMatcher(_:alsoStoppingAt:)`), as the list's matchers do.
    func outsideBrackets(_ s: [UInt8], matching matcher: WordMatcher, from: Int = 0, firstOnly: Bool = false) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var depth = 0, i = from
        while i < s.count {
            // Straight to the next first byte of a word or a bracket, then one test: the matcher's words and the
            // brackets by their first two bytes (it was built stopping at them).
            i = matcher.nextStop(s, from: i)
            guard i < s.count else { break }
            let lead = s[i]
            if !matcher.mayStart(s, at: i) { i += Bytes.scalarLength(lead); continue }
            if let b = brackets.match(s, at: i) {
                depth = b < opens.count ? depth + 1 : max(0, depth - 1)
                i += brackets.words[b].count; continue
            }
            if depth == 0, let w = matcher.match(s, at: i) {
                if result.isEmpty && !firstOnly { result.reserveCapacity(16) }   // a list's separators: room at once
                result.append((i, matcher.words[w].count)); i += matcher.words[w].count
                if firstOnly { return result }
                continue
            }
            i += Bytes.scalarLength(lead)
        }
        return result
    }

    func endsWithTitle(_ s: [UInt8]) -> Bool {
        var end = s.count
        while end > 0, Bytes.isSpace(s[end - 1]) { end -= 1 }
        // Tested in place, up to `end` (trailing white space left out without a copy).
        return titleEndings.contains { $0.count <= end && Bytes.hasPrefix($0, in: s, at: end - $0.count) } || endsWithPersonalName(s, end: end)
    }

    /// `…团长詹姆斯·斯旺`: a name written with a middle dot (`·`, `•`, `・`) in the last few characters (of `s` up to
    /// `end`) ends a briefer as a title does.
    func endsWithPersonalName(_ s: [UInt8], end: Int? = nil) -> Bool {
        let end = end ?? s.count, start = max(0, end - 18)
        return Self.nameDots.contains { dot in Bytes.find(dot, in: s, from: start, to: end) != nil }
    }

    static let nameDots: [[UInt8]] = ["·", "•", "・"].map { Array($0.utf8) }

    /// Removes table-note letters standing alone (`安理会全体成员、b 92 个会员国`).
    func stripped(_ s: [UInt8]) -> [UInt8] { NoteLetters.split(s).text }
}

/// Lone lower-case letters in a cell are references to the table's notes.
enum NoteLetters {
    static func split(_ text: String) -> (text: String, letters: [String]) {
        let (bytes, letters) = split(text.bytes)
        return (Bytes.string(bytes), letters)
    }

    /// A letter is alone when neither neighbour is a Latin letter and each is a space, `、`, `,` or not ASCII
    /// (`安理会全体成员、b`, `All Council members,b 92 Member States,c,d`).
    static func split(_ s: [UInt8]) -> (text: [UInt8], letters: [String]) {
        // Most lists hold no Latin letter at all: nothing to take out, nothing copied.
        guard Bytes.containsLower(s) else { return (s, []) }
        var out: [UInt8] = [], letters: [String] = []
        out.reserveCapacity(s.count)
        for (i, b) in s.enumerated() {
            if Bytes.isLower(b) {
                let before: UInt8 = i == 0 ? 0x20 : s[i - 1], after: UInt8 = i + 1 < s.count ? s[i + 1] : 0x20
                let beforeOK = before == 0x20 || before >= 0x80 || before == UInt8(ascii: ",")
                let afterOK = after == 0x20 || after == UInt8(ascii: ",") || after >= 0x80
                // `a representative`: the English article before a lower-case word is no note letter.
                let article = b == UInt8(ascii: "a") && after == 0x20 && i + 2 < s.count && Bytes.isLower(s[i + 2])
                if beforeOK && afterOK && !article { letters.append(String(UnicodeScalar(b))); continue }
            }
            out.append(b)
        }
        return (out, letters)
    }
}
