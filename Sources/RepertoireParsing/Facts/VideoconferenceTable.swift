import RepertoireModel

/// Table 2 (表 2): one videoconference per row. Columns: date, record (a letter), title,
/// decisions with votes and the written-procedure record.
extension TableFacts {
    /// The table's videoconferences, appended to `videoconferences` (moved there as each is read).
    func videoconferences(_ table: Table, item: Int?, into videoconferences: inout [Videoconference]) {
        // Only a line opening with a digit can open a row: the others are not copied to be tried.
        let rows = rows(table.rowLines, startsRow: { line, _, _ in
            !line.isEmpty && Bytes.isDigit(text[line.range.lowerBound]) && rowStart(text, line.range) != nil
        })
        for row in rows { if let v = videoconference(row, item: item) { videoconferences.append(v) } }
    }

    /// `2020 年 4 月 27 日 S/2020/346 …`: a full date followed by a symbol opens a row.
    func rowStart(_ s: [UInt8]) -> (date: DateScanner.Hit, symbol: SymbolScanner.Hit)? { rowStart(s, 0..<s.count) }

    /// The same for the line `range` of `s`, read in place.
    func rowStart(_ s: [UInt8], _ range: Range<Int>) -> (date: DateScanner.Hit, symbol: SymbolScanner.Hit)? {
        // The date at the very start (what the first date found would be, when it starts there).
        guard !range.isEmpty, Bytes.isDigit(s[range.lowerBound]),
              let d = m.dates.date(s, at: range.lowerBound, end: range.upperBound), d.date.hasYear else { return nil }
        var c = Cursor(s, at: d.range.upperBound, end: range.upperBound)
        c.skipWhitespace()
        guard !c.isAtEnd, let hit = m.symbols.latin(s, at: c.position) else { return nil }
        return (d, hit)
    }

    func videoconference(_ lines: ArraySlice<SourceLine>, item: Int?) -> Videoconference? {
        let rowCells = cells.cells(lines, in: text)
        guard let first = rowCells.first, let start = rowStart(first.passage.bytes) else { return nil }
        let title = first.passage.string(start.symbol.range.upperBound..<first.passage.bytes.count)
        var vc = Videoconference(agendaItem: item, date: start.date.date.resolved(defaultYear: documentYear),
                                 record: start.symbol.symbol, title: title,
                                 locations: Locations(lines.filter { !$0.spacesOnly }.map(\.number)))
        let rest = rowCells.dropFirst().filter { !$0.text.isEmpty }
        if !rest.isEmpty {
            let (refs, written) = decisions(joined(Array(rest)))
            vc.decisions = refs
            vc.writtenProcedureRecord = written
        }
        return vc
    }
}
