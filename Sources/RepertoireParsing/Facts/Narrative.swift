import RepertoireModel

/// An item's chronological account: the events (meetings and videoconferences held) and the
/// decisions it reports as adopted or issued.
struct Narrative {
    let m: TextMatching
    let names: NameList
    /// The document's footnotes, and each number's position among them: a footnote is read where it stands (a
    /// dictionary of footnotes copied each one in, and out at each lookup: its passage's three arrays retained).
    let footnotes: [FootnoteText]
    let footnoteIndex: [Int: Int]
    let documentYear: Int?

    var profile: LanguageProfile { m.profile }

    /// `1 月 9 日，…举行了…` (or `在 3 月 12 日举行的会议上，…`): a paragraph opening with a date whose first
    /// sentence holds a meeting.
    func event(_ p: Passage, item: Int?) -> Event? {
        let s = p.bytes
        var c = Cursor(s)
        if let first = s.first, !Bytes.isDigit(first), c.skip(anyOf: m.p.eventDatePrefixes) { c.skipWhitespace() }
        let at = c.position
        guard let first = c.current, Bytes.isDigit(first), let d = m.dates.date(s, at: at, end: min(s.count, at + 40)) else { return nil }
        let sentenceEnd = m.sentenceEnd(in: s)?.offset ?? s.count
        guard m.firstWord(m.p.held, in: s, to: sentenceEnd) != nil else { return nil }
        let kind: Event.Kind = m.firstOf([m.p.videoconference], in: s, to: sentenceEnd) != nil ? .videoconference : .meeting
        var event = Event(agendaItem: item, date: d.date.resolved(defaultYear: documentYear), kind: kind, locations: Locations(p.lines))
        event.initiative = initiative(s, to: sentenceEnd)
        event.subItemOrTheme = theme(p, before: sentenceEnd)
        event.briefers = briefers(s)
        let notes = p.markers.compactMap { footnoteIndex[$0.number] }
        event.record = notes.lazy.compactMap { recordSymbol(footnotes[$0].passage.bytes) }.first
        event.conceptNote = notes.first { m.contains(footnotes[$0].passage.bytes, anyOf: m.p.conceptNote) }
            .flatMap { m.symbols.scan(footnotes[$0].passage.bytes).first?.symbol }
        return event
    }

    /// `见 S/PV.8699。`: a footnote (its text) that gives a record.
    func recordSymbol(_ note: [UInt8]) -> DocumentSymbol? {
        var c = Cursor(note)
        guard c.skip(anyOf: m.p.recordFootnotePrefix) else { return nil }
        return m.symbols.scan(note).first.map(\.symbol).flatMap { [.meetingRecord, .document].contains($0.kind) ? $0 : nil }
    }

    /// The state in `根据当月轮值主席越南的倡议`, `在德国的倡议下`, `at the initiative of the Niger, which held…`: the
    /// first pair of the profile whose closing words follow its opening words in the sentence, the name between them
    /// (without an article before a known name).
    func initiative(_ s: [UInt8], to end: Int) -> String? {
        for (prefix, suffix) in m.p.initiative {
            var from = 0
            while let suf = Bytes.find(suffix, in: s, from: from, to: end) {
                from = suf + 1
                var best: Int? = nil, start = 0
                while let pre = Bytes.find(prefix, in: s, from: start, to: suf) { best = pre; start = pre + 1 }
                guard let pre = best else { continue }
                let name = names.withoutArticle(Bytes.string(Bytes.trimmed(s[(pre + prefix.count)..<suf])))
                if !name.isEmpty && name.count <= profile.initiativeMaxLength && !profile.clauseSeparators.contains(where: { name.contains($0) }) {
                    return name
                }
                break
            }
        }
        return nil
    }

    /// The theme named in the first sentence (`end` is where it stops): both the opening and the closing words
    /// stand in it, so that `关于…` is never closed by a later sentence's `…的通报`.
    func theme(_ p: Passage, before end: Int) -> String? {
        for (open, close) in m.p.themeQuotes {
            guard let o = Bytes.find(open, in: p.bytes, to: end) else { continue }
            let start = o + open.count
            guard let c = Bytes.find(close, in: p.bytes, from: start, to: min(p.bytes.count, end + close.count)) else { continue }
            return p.string(start..<c)
        }
        return nil
    }

    /// `听取了秘书长和长者会主席的通报` → [秘书长, 长者会主席]: up to the first end word outside brackets.
    func briefers(_ s: [UInt8]) -> [String] {
        guard let intro = m.firstOf(m.p.briefersIntro, in: s) else { return [] }
        let start = intro.offset + intro.length
        // The first end word that is not an abbreviation's full stop (`Ms. Inna Modja`); the passage's own full stop
        // where none follows.
        let ends = names.outsideBrackets(s, matching: names.briefersEnd, from: start)
        let found = ends.first { hit in s[hit.0] != UInt8(ascii: ".") || m.sentenceEnd(in: s, from: hit.0, to: hit.0 + hit.1) != nil }?.0
        // (The passage's own full stop ends a list only in a profile whose sentences end so. A list runs at most
        // `longestBriefersList` bytes: a damaged paragraph is no list of briefers.)
        let ownStop = profile.script == .latin && s.last == UInt8(ascii: ".") && s.count - 1 > start
        guard let end = found ?? (ownStop ? s.count - 1 : nil), end - start <= Self.longestBriefersList else { return [] }
        return names.briefers(Array(s[start..<end]))
    }

    /// Resolutions reported as adopted (`一致通过第 2535(2020)号决议`) and presidential statements
    /// reported as issued (`发表的主席声明中，938` with the symbol in the footnote).
    func decisions(_ p: Passage, symbols hits: [SymbolScanner.Hit], item: Int?) -> [(decision: Decision, unanimous: Bool)] {
        let s = p.bytes
        var result: [(decision: Decision, unanimous: Bool)] = []   // labelled as returned: an unlabelled list was converted element by element
        // The paragraph's dates, read only when it reports a decision.
        var dateHits: [DateScanner.Hit]? = nil
        func date(before offset: Int) -> RepertoireDate? {
            if dateHits == nil { dateHits = m.dates.scan(s) }
            return dateHits!.last { $0.range.upperBound <= offset }?.date.resolved(defaultYear: documentYear)
        }
        func date(after offset: Int, before end: Int) -> RepertoireDate? {
            if dateHits == nil { dateHits = m.dates.scan(s) }
            return dateHits!.first { $0.range.lowerBound >= offset && $0.range.upperBound <= end }?.date.resolved(defaultYear: documentYear)
        }
        var chainEnd: (offset: Int, unanimous: Bool)? = nil   // where the last adopted resolution ended
        for hit in hits where hit.symbol.kind == .resolution {
            var i = hit.range.lowerBound
            func back() { while i > 0, Bytes.isSpace(s[i - 1]) { i -= 1 } }
            back()
            if Bytes.hasPrefix(m.p.resolutionPrefix, in: s, at: i - m.p.resolutionPrefix.count) {
                i -= m.p.resolutionPrefix.count
                back()
            }
            let unanimous: Bool
            if let verb = m.p.adoption.first(where: { Bytes.hasPrefix($0, in: s, at: i - $0.count) }) {
                i -= verb.count
                back()
                unanimous = m.p.unanimously.contains { Bytes.hasPrefix($0, in: s, at: i - $0.count) }
                    || m.p.unanimouslyAfter.contains { w in
                        var c = Cursor(s, at: hit.range.upperBound); c.skipWhitespace(); return c.skip(w) }
            } else if let chain = chainEnd, onlyChainWords(s, chain.offset..<hit.range.lowerBound) {
                // `通过第 2520(2020)号和第 2521(2020)号决议`: adopted with the one before it.
                unanimous = chain.unanimous
            } else { continue }
            chainEnd = (hit.range.upperBound, unanimous)
            var d = Decision(symbol: hit.symbol, kind: .resolution, date: date(before: hit.range.lowerBound), agendaItem: item,
                             locations: Locations(p.lines(in: hit.range)))
            if let range = sentence(around: hit.range.lowerBound, in: s) {
                d.chapterVII = !m.chapterVIIMarks(in: Array(s[range])).isEmpty
                d.vote = profile.votesTo == nil ? vote(in: Array(s[range.lowerBound..<hit.range.lowerBound]))
                    : votesTo(in: Array(s[hit.range.upperBound..<range.upperBound]))
            }
            result.append((d, unanimous))
        }
        for word in m.p.presidentialStatement {
            var from = 0
            while let at = Bytes.find(word, in: s, from: from) {
                from = at + word.count
                // Its footnote marker stands just after the word or after the clause's end (`发表的主席声明中，938`,
                // `a presidential statement issued on 9 January on the occasion of …,938`).
                let clause = m.firstOf(m.p.clauseSeparators, in: s, from: from, to: min(s.count, from + 400)).map { $0.offset + $0.length } ?? from
                let window = from..<min(s.count, max(from + 9, clause + 3))
                let direct = m.symbols.scan(Array(s[from..<min(s.count, from + 40)])).first { $0.symbol.kind == .presidentialStatement && $0.range.lowerBound <= 9 }?.symbol
                let viaNote = p.markers.filter { window.contains($0.offset) }.compactMap { footnoteIndex[$0.number] }
                    .lazy.compactMap { self.m.symbols.scan(self.footnotes[$0].passage.bytes).first { $0.symbol.kind == .presidentialStatement }?.symbol }.first
                guard let symbol = direct ?? viaNote else { continue }
                let when = profile.decisionDateFollows ? date(after: from, before: window.upperBound) ?? date(before: at) : date(before: at)
                let d = Decision(symbol: symbol, kind: .presidentialStatement, date: when, agendaItem: item,
                                 locations: Locations(p.lines(in: at..<from)))
                result.append((d, false))
            }
        }
        return result
    }

    /// Only white space and the words that chain resolutions (`号和第`, `、`, `号决议和第`) stand in `range`.
    func onlyChainWords(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        var c = Cursor(s, at: range.lowerBound, end: range.upperBound)
        while !c.isAtEnd {
            c.skipWhitespace()
            if c.isAtEnd { break }
            guard c.skip(anyOf: m.p.resolutionChainWords) || c.skip(anyOf: m.p.resolutionSuffix) else { return false }
        }
        return true
    }

    /// `以 13 票赞成、0 票反对、2 票弃权`: the three numbers before the profile's vote words.
    func vote(in s: [UInt8]) -> Vote? {
        var numbers: [Int] = [], from = 0
        for word in m.p.voteWords {
            guard let at = Bytes.find(word, in: s, from: from), let n = m.number(before: at, in: s) else { return nil }
            numbers.append(n); from = at + word.count
        }
        return Vote(for: numbers[0], against: numbers[1], abstaining: numbers[2])
    }

    /// The longest list of briefers read, in bytes (the development document's longest has 330).
    static let longestBriefersList = 2_000

    /// `by 13 votes to 2, with 0 abstentions` (after the resolution): the three numbers, the last 0 when none is
    /// stated.
    func votesTo(in s: [UInt8]) -> Vote? {
        guard let words = profile.votesTo, let at = Bytes.find(words.votes.bytes, in: s),
              let yes = m.number(before: at, in: s), let no = m.number(after: at + words.votes.utf8.count, in: s) else { return nil }
        var abstaining = 0
        if let a = Bytes.find(words.abstentions.bytes, in: s, from: at) { abstaining = m.number(before: a, in: s) ?? 0 }
        return Vote(for: yes, against: no, abstaining: abstaining)
    }

    /// The sentence (between full stops) around `offset`.
    func sentence(around offset: Int, in s: [UInt8]) -> Range<Int>? {
        var start = 0, from = 0
        while let hit = m.sentenceEnd(in: s, from: from), hit.offset < offset { start = hit.offset + hit.length; from = start }
        let end = m.sentenceEnd(in: s, from: offset)?.offset ?? s.count
        return start..<end
    }
}
