import RepertoireModel

/// Table 1 (表 1): one meeting per row. Columns in order: record and date, sub-item, other documents,
/// rule 37 invitations, rule 39 and other invitations, speakers, decision and vote.
extension TableFacts {
    /// The table's meetings, appended to `meetings` (moved there as each is read, not copied from a list).
    func meetings(_ table: Table, item: Int?, notes: [String: [UInt8]], into meetings: inout [Meeting]) {
        let rows = rows(table.rowLines, startsRow: { line, inRecord, current in
            guard text[line.range].starts(with: m.p.recordPrefix) else { return false }
            guard inRecord, let first = current.first else { return true }
            // Inside the record cell, the same meeting's resumption continues the row.
            let base = DocumentSymbol(utf8: text[line.range])?.baseRecord
            return base == nil || base != DocumentSymbol(utf8: text[first.range])?.baseRecord
        })
        for row in rows { if let m = meeting(row, item: item, notes: notes) { meetings.append(m) } }
    }

    /// Splits lines into rows: a row starts where `startsRow` says; lines before the first row are dropped.
    func rows(_ lines: [SourceLine], startsRow: (SourceLine, Bool, ArraySlice<SourceLine>) -> Bool) -> [ArraySlice<SourceLine>] {
        // A row is a run of consecutive lines: found as starts, then taken as slices (no line is copied).
        var starts: [Int] = [], inRecord = false
        for (k, line) in lines.enumerated() {
            if !line.spacesOnly, startsRow(line, inRecord, starts.last.map { lines[$0..<k] } ?? []) {
                starts.append(k); inRecord = true; continue
            }
            guard !starts.isEmpty else { continue }
            if inRecord && !isRecordCellLine(line) { inRecord = false }
        }
        return starts.enumerated().map { j, start in lines[start..<(j + 1 < starts.count ? starts[j + 1] : lines.count)] }
    }

    /// A line of the record-and-date cell: a record, `(Resumption 1)`, a short note in brackets with no digit
    /// (`(非公开)`), a date, `和 S/PV.8699`.
    func isRecordCellLine(_ line: SourceLine) -> Bool {
        let content = text[line.range]
        if content.starts(with: m.p.recordPrefix) || content.starts(with: Literal.resumptionOpen) { return true }
        if content.count <= 30, Literal.openParen.contains(where: { content.starts(with: $0) }),
           Literal.closeParen.contains(where: { content.reversed().starts(with: $0.reversed()) }),
           !content.contains(where: Bytes.isDigit) { return true }
        // A date standing alone (with its year), or a joiner and a record: copied only when one may be there.
        if let first = content.first, Bytes.isDigit(first) {
            let s = Array(content)
            if let d = m.dates.date(s, at: 0, end: s.count), d.date.hasYear, d.range.upperBound >= s.count - 1 { return true }
        }
        for j in m.p.continuationJoiner where content.starts(with: j) {
            var c = Cursor(Array(content))
            if c.skip(j) { c.skipWhitespace(); if c.skip(m.p.recordPrefix) { return true } }
        }
        return false
    }

    func meeting(_ lines: ArraySlice<SourceLine>, item: Int?, notes: [String: [UInt8]]) -> Meeting? {
        guard let firstLine = lines.first?.number else { return nil }
        let recordLines = lines.prefix { isRecordCellLine($0) || $0.number == firstLine }
        let record = Passage(lines: recordLines, in: text)
        let syms = m.symbols.scan(record.bytes), dates = m.dates.scan(record.bytes)
        guard let main = syms.first else { return nil }
        func date(after offset: Int) -> RepertoireDate? {
            dates.first { $0.range.lowerBound >= offset }?.date.resolved(defaultYear: documentYear)
        }
        var meeting = Meeting(agendaItem: item, record: main.symbol, date: date(after: main.range.upperBound),
                              locations: Locations(lines.filter { !$0.spacesOnly }.map(\.number)))
        for hit in syms.dropFirst() {
            meeting.continuations.append(Continuation(record: hit.symbol, date: date(after: hit.range.upperBound)))
        }
        readCells(cells.cells(lines.dropFirst(recordLines.count), in: text), into: &meeting, notes: notes)
        return meeting
    }

    enum Column: Int, Comparable {
        case subItem, otherDocuments, rule37, rule39, speakers, decisions
        static func < (a: Column, b: Column) -> Bool { a.rawValue < b.rawValue }
        var next: Column { Column(rawValue: min(rawValue + 1, Column.decisions.rawValue))! }
    }

    func readCells(_ rowCells: [Cell], into meeting: inout Meeting, notes: [String: [UInt8]]) {
        var column = Column.subItem
        var decisionCells: [Cell] = []
        var cells = rowCells, index = -1
        while index + 1 < cells.count {
            index += 1
            var cell = cells[index]
            if column >= .rule39 { for _ in 0..<cell.emptyBefore { column = column.next } }
            // A list after empty cells, before the invitations' columns: the first empty cell is the rule 37 column's
            // (`决议草案 (S/…)`, a line of spaces, `丹麦`: 丹麦 spoke; no State was invited under rule 37).
            else if cell.emptyBefore > 0, !isDecisionStart(cell), m.symbols.scan(cell.passage.bytes).isEmpty,
                    !m.contains(ByteSearch.squeezed(cell.passage.bytes[...]), anyOf: m.p.draftResolution) {
                column = .rule37
                for _ in 0..<cell.emptyBefore { column = column.next }
            }
            if column < .decisions && isDecisionStart(cell) { column = .decisions }
            let squeezed = ByteSearch.squeezed(cell.passage.bytes[...])
            let isDraft = m.contains(squeezed, anyOf: m.p.draftResolution)
            let count = memberStatesCount(cell.passage.bytes)
            // Two cells begun on one line: `索马里 秘书长特别代表` (rule 37 states, then rule 39), and
            // `秘书长特别代表 安理会全体成员` (rule 39, then the speakers).
            let split = column <= .rule37 && count == nil && !isDraft ? statesLeading(cell)
                : column == .rule39 ? speakersLeading(cell) : nil
            if let (first, rest) = split {
                cell = first
                cells.insert(rest, at: index + 1)
            }
            // The documents' symbols, scanned once for the two cases below that read them.
            let symbols = column <= .otherDocuments ? m.symbols.scan(cell.passage.bytes).map(\.symbol) : []
            switch column {
            case .decisions:
                decisionCells.append(cell)
            case _ where count != nil && !isDraft && column <= .rule37:
                meeting.rule37Count = count!.count
                meeting.rule37Note = count!.note
                meeting.rule37States = count!.note.flatMap { notes[$0] }.map(names.states) ?? []
                column = .rule39
            case _ where column <= .otherDocuments && count == nil && isStateList(cell.passage.bytes):
                // Few states invited under rule 37 are named in the cell itself, with no count and note.
                meeting.rule37States = names.states(cell.passage.bytes)
                column = .rule39
            case .subItem where !isDraft && !m.contains(squeezed, anyOf: m.p.letter):
                meeting.subItem = cell.text
                column = .otherDocuments
            case .otherDocuments where !isDraft && symbols.isEmpty
                    && !(index + 1 < cells.count && opensWithSymbolInBrackets(cells[index + 1])):
                // Every other document is cited by its symbol: a cell with none is the invitations' or speakers'
                // (unless the next cell is that symbol, `(S/2020/1)`, split from its title).
                column = .rule39
                index -= 1
                continue
            case .subItem, .otherDocuments:
                meeting.otherDocuments += symbols
                if isDraft, let symbol = symbols.last {
                    let sponsors = count
                    meeting.drafts.append(Draft(symbol: symbol, sponsorsCount: sponsors?.count, sponsorsNote: sponsors?.note,
                                                sponsors: sponsors?.note.flatMap { notes[$0] }.map(names.states)
                                                    ?? namedSponsors(cell.passage.bytes)))
                }
                column = .otherDocuments
            case .rule37:
                meeting.rule37States = names.states(cell.passage.bytes)
                column = .rule39
            case .rule39 where isOnlyList(at: index, in: cells) && looksLikeSpeakers(cell.text):
                // One list and no spacing to place it: a list of states or of all members is the speakers.
                fallthrough
            case .speakers:
                let (text, letters) = NoteLetters.split(cell.passage.bytes)
                meeting.speakers = names.states(text)
                meeting.speakerNotes = letters
                column = .decisions
            case .rule39:
                meeting.rule39AndOther = names.separated(NoteLetters.split(cell.text).text)
                column = .speakers
            }
        }
        if !decisionCells.isEmpty { meeting.decisions = decisions(joined(decisionCells)).decisions }
    }

    /// A cell whose first line opens with states and, after white space, goes on with other text (`索马里 秘书长
    /// 特别代表兼…`): the states as a cell, and the rest as the next cell (with the empty cells its spacing says).
    func statesLeading(_ cell: Cell) -> (first: Cell, rest: Cell)? {
        // A list of states holds no white space: only the first is tried.
        splitFirstLine(cell, firstOnly: true) { before, rest in
            // Not inside a list: `Pakistan, Albania` goes on after its separator (English names hold spaces).
            !m.p.listJoiners.contains(where: { rest.starts(with: $0) || before.reversed().starts(with: $0.reversed()) })
                && isStateList(Array(before))
        }
    }

    /// A rule 39 cell whose first line goes on, after white space, with the speakers (`秘书长特别代表 安理会全体成员`).
    func speakersLeading(_ cell: Cell) -> (first: Cell, rest: Cell)? {
        splitFirstLine(cell) { before, rest in
            before.count >= 6 && m.p.speakerWords.contains { rest.starts(with: $0) }
        }
    }

    /// Splits a cell at the first white space of its first line where `accept(before, rest)` holds: two cells begun
    /// on one line of the flattened table. The second keeps the empty cells its spacing says stand between.
    func splitFirstLine(_ cell: Cell, firstOnly: Bool = false,
                        accept: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) -> (first: Cell, rest: Cell)? {
        let s = cell.passage.bytes
        let firstLineEnd = cell.passage.lineStarts.count > 1 ? cell.passage.lineStarts[1].offset : s.count
        // Two cells on one line stand a space apart in Chinese; in English, whose names hold spaces, two or more.
        let gap = profile.cellsCloseAtLineEnd ? 1 : 2
        var from = 0
        while let space = s[from..<firstLineEnd].firstIndex(of: Bytes.space) {
            var restStart = space
            while restStart < s.count, s[restStart] == Bytes.space { restStart += 1 }
            if space > 0, restStart < s.count, restStart - space >= gap, accept(s[..<space], s[restStart...]) {
                return (Cell(passage: cell.passage.prefix(upTo: space), emptyBefore: cell.emptyBefore),
                        Cell(passage: cell.passage.suffix(from: restStart), emptyBefore: max(0, restStart - space - 1)))
            }
            from = restStart
            if firstOnly || from >= firstLineEnd { break }
        }
        return nil
    }

    /// `(S/2020/1)`: the cell opens with a bracket and a symbol.
    func opensWithSymbolInBrackets(_ cell: Cell) -> Bool {
        var c = Cursor(cell.passage.bytes)
        guard c.skip(anyOf: Literal.openParen) else { return false }
        c.skipWhitespace()
        return m.symbols.scan(cell.passage.bytes).first?.range.lowerBound == c.position
    }

    /// `联合王国和法国提出的决议草案`: the sponsors named before `提出的`, when every name is a state's.
    func namedSponsors(_ s: [UInt8]) -> [String] {
        guard let at = m.firstOf(m.p.submittedBy, in: s), at.offset > 0 else { return [] }
        let before = Array(s[..<at.offset])
        return isStateList(before) ? names.states(before) : []
    }

    /// `94 个会员国 a` (also inside `84 个会员国 e 提出的决议草案`): the count and its note letter.
    func memberStatesCount(_ s: [UInt8]) -> (count: Int, note: String?)? {
        guard let at = Bytes.find(m.p.memberStatesCount, in: s), let n = m.number(before: at, in: s) else { return nil }
        var c = Cursor(s, at: at + m.p.memberStatesCount.count)
        c.skipWhitespace()
        var note: String? = nil
        if let b = c.current, Bytes.isLower(b), c.position + 1 >= s.count || !Bytes.isASCIILetter(s[c.position + 1]) {
            note = String(UnicodeScalar(b))
        }
        return (n, note)
    }

    func looksLikeSpeakers(_ text: String) -> Bool {
        let items = names.separated(NoteLetters.split(text).text)
        return items.contains { item in profile.speakerWords.contains { item.contains($0) } || names.names.isKnown(item) }
    }

    /// Every name of the cell is a state's (`伊拉克、科威特`).
    func isStateList(_ text: [UInt8]) -> Bool {
        let items = names.states(NoteLetters.split(text).text)
        return !items.isEmpty && items.allSatisfy { names.names.isKnown($0) }
    }

    /// The cell is the last before the decisions (or the row's end), with no empty cell between to place it (a line
    /// of spaces before the decisions is the empty speakers' column: the list is the invitations').
    func isOnlyList(at index: Int, in cells: [Cell]) -> Bool {
        index + 1 >= cells.count || (isDecisionStart(cells[index + 1]) && cells[index + 1].emptyBefore == 0)
    }
}
