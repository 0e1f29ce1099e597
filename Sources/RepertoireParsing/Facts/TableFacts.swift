import RepertoireModel

/// Reads an item's tables: Table 1 rows into meetings, Table 2 rows into videoconferences.
struct TableFacts {
    let m: TextMatching
    let cells: CellBuilder
    let names: NameList
    let documentYear: Int?
    /// The document's bytes, where its lines lie.
    let text: [UInt8]

    init(_ kit: Extractor.Kit, documentYear: Int?, text: [UInt8]) {
        self.text = text
        m = kit.m
        cells = kit.cells
        names = kit.names
        self.documentYear = documentYear
    }

    var profile: LanguageProfile { m.profile }

    // MARK: Decisions cell

    /// `第 2532(2020)号决议 15-0-0 (根据第七章通过) S/2020/638`: decisions with votes, and the
    /// written-procedure record that follows them in a videoconference row. A draft's symbol followed by a
    /// vote (`S/2020/654 13-2-0`, a draft put to the vote and not adopted) is a decision of its own: its
    /// vote is not the previous resolution's, and it is not the written-procedure record.
    func decisions(_ passage: Passage) -> (decisions: [DecisionReference], writtenProcedure: DocumentSymbol?) {
        let s = passage.bytes
        var refs: [DecisionReference] = [], written: DocumentSymbol? = nil
        var other: (symbol: DocumentSymbol, start: Int, end: Int)? = nil   // the last other symbol, while no vote follows it
        enum Token { case symbol(DocumentSymbol), vote(Vote), chapterVII }
        var tokens: [(Int, Int, Token)] = []
        for hit in m.symbols.scan(s) { tokens.append((hit.range.lowerBound, hit.range.upperBound, .symbol(hit.symbol))) }
        for v in m.votes(in: s) where !tokens.contains(where: { $0.0 <= v.range.lowerBound && v.range.lowerBound < $0.1 }) {
            tokens.append((v.range.lowerBound, v.range.upperBound, .vote(v.vote)))
        }
        for c in m.chapterVIIMarks(in: s) { tokens.append((c, c + 1, .chapterVII)) }
        for (start, end, token) in tokens.sorted(by: { $0.0 < $1.0 }) {
            switch token {
            case .symbol(let sym) where sym.kind == .resolution || sym.kind == .presidentialStatement:
                if let last = other, !refs.isEmpty { written = last.symbol }
                refs.append(DecisionReference(symbol: sym, vote: nil, chapterVII: false, locations: Locations(passage.lines(in: start..<end))))
                other = nil
            case .symbol(let sym):
                if let last = other, !refs.isEmpty { written = last.symbol }
                other = (sym, start, end)
            case .vote(let v):
                if let draft = other {
                    refs.append(DecisionReference(symbol: draft.symbol, vote: v, chapterVII: false,
                                                  locations: Locations(passage.lines(in: draft.start..<draft.end))))
                    refs[refs.count - 1].locations.add([passage.line(at: start)])
                    other = nil
                } else if !refs.isEmpty { refs[refs.count - 1].vote = v; refs[refs.count - 1].locations.add([passage.line(at: start)]) }
            case .chapterVII:
                if !refs.isEmpty { refs[refs.count - 1].chapterVII = true; refs[refs.count - 1].locations.add([passage.line(at: start)]) }
            }
        }
        if let last = other, !refs.isEmpty { written = last.symbol }
        return (refs, written)
    }

    func isDecisionStart(_ cell: Cell) -> Bool {
        let s = ByteSearch.squeezed(cell.passage.bytes[...])
        if s.starts(with: Literal.prst) || s.starts(with: Literal.res) { return true }
        if let v = m.votes(in: s).first, v.range.lowerBound == 0 { return true }
        if m.chapterVIIMarks(in: s).contains(where: { $0 <= 3 }) { return true }
        var c = Cursor(s)
        // `第 2532(2020)号决议`, `Resolution 2532 (2020)`: the word in either case.
        let word = m.p.resolutionPrefix, capital = word.first.map { Bytes.isLower($0) ? [$0 - 0x20] + word.dropFirst() : word } ?? word
        guard c.skip(word) || c.skip(capital) || c.skip(capital + [UInt8(ascii: "s")]), let b = c.current, Bytes.isDigit(b),
              m.symbols.numberWithYear(&c) != nil else { return false }
        // Then the end, a chain of resolutions, the language's suffix (`号决议`), or the vote (`Resolution 2085 (2012)`
        // `14-0-1`).
        return c.isAtEnd || (m.p.resolutionChainWords + m.p.resolutionSuffix).contains { Bytes.hasPrefix($0, in: s, at: c.position) }
            || m.votes(in: Array(s[c.position...])).first?.range.lowerBound == 0
    }

    /// Joins cells into one passage (their lines kept).
    func joined(_ cells: [Cell]) -> Passage { Passage(joining: cells.map(\.passage)) }
}
