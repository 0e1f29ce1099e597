import RepertoireModel

/// Stage 3, blocks: groups body lines into headings, reflowed paragraphs and tables, joins footnotes,
/// and takes footnote markers out of paragraphs.
public struct BlockReader: Sendable {
    let profile: LanguageProfile
    let headerText: [[UInt8]]
    let tableWord: [UInt8]
    let videoconferenceHeaderWords: [[UInt8]], captionMarks: [[UInt8]]

    public init(profile: LanguageProfile) {
        self.profile = profile
        headerText = profile.tableHeaders.map { BlockReader.headerForm($0.bytes[...]) }
        tableWord = profile.tableWord.bytes
        videoconferenceHeaderWords = profile.videoconferenceHeaderWords.map(\.bytes)
        captionMarks = profile.captionMarks.map(\.bytes)
    }

    public func read(_ layout: PageLayout) -> Blocks {
        let text = layout.text
        var result = Blocks()
        result.text = text
        result.footnotes = layout.footnotes.map { footnoteText($0, in: text) }
        var markers = FootnoteMarkers(numbers: result.footnotes.map(\.number), profile: profile)

        var paragraph: [SourceLine] = []
        var table: Table? = nil
        var headerZone = false
        var seenHeading = false

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            var passage = Passage(lines: paragraph, in: text)
            markers.mark(&passage)
            result.blocks.append(.paragraph(passage))
            paragraph.removeAll(keepingCapacity: true)
        }
        func flushTable() {
            if let t = table { result.blocks.append(.table(t)) }
            table = nil
        }

        var continued = -1   // the last line a heading's title went on to
        for k in layout.body.indices where k > continued {
            let line = layout.body[k].line, pageStart = layout.body[k].pageStart, paragraphIndent = layout.body[k].paragraphIndent
            if line.spacesOnly {
                if table != nil, table!.notes.isEmpty { table!.rowLines.append(line) }
                continue
            }
            // Most lines are prose: their first byte rules out a heading or a table's number without taking a slice of
            // the text (each slice retains the text's storage, an atomic operation).
            let first = line.isEmpty ? 0 : text[line.range.lowerBound]
            // A word broken at a hyphen goes on at the next line's start (`COVID-` / `19. The…`): no heading there.
            let afterHyphen = paragraph.last.map { text[$0.range].last == UInt8(ascii: "-") } ?? false
            if Bytes.isDigit(first), !afterHyphen, var heading = heading(line, in: text) {
                flushParagraph(); flushTable()
                if k + 1 < layout.body.count, let rest = titleContinuation(line, layout.body[k + 1], in: text) {
                    heading.title += rest
                    heading.continuationLines = [layout.body[k + 1].line.number]
                    continued = k + 1
                }
                result.blocks.append(.heading(heading)); seenHeading = true
                continue
            }
            if first == tableWord.first, let number = tableNumber(text[line.range]) {
                flushParagraph(); flushTable()
                table = Table(number: number, kind: .meetings, line: line.number)
                headerZone = true
                continue
            }
            if !seenHeading, table == nil, isHeader(text[line.range]) {
                flushParagraph()
                table = Table(number: nil, kind: .meetings, line: line.number)
                headerZone = true
            }
            if var t = table {
                // Taken out while it grows, so that its arrays are not shared (and copied) at each line.
                table = nil
                defer { table = t }
                if pageStart { headerZone = true }
                let content = text[line.range]
                if t.rowLines.isEmpty && t.notes.isEmpty && Bytes.find(profile.videoconferenceCaption.bytes, in: Array(content)) == 0 {
                    t.kind = .videoconferences; continue
                }
                if headerZone && isHeader(content) {
                    if videoconferenceHeaderWords.contains(where: { Bytes.find($0, in: Array(content)) != nil }) { t.kind = .videoconferences }
                    continue
                }
                headerZone = false
                // The caption (`视频会议：…`, `Meetings: …`), before any row (which opens with a date or a record).
                if t.rowLines.isEmpty && t.notes.isEmpty, let first = content.first, !Bytes.isDigit(first), !content.starts(with: Literal.councilSeries),
                   captionMarks.contains(where: { Bytes.find($0, in: Array(content)) != nil }) { continue }
                if let letter = noteLetter(content, after: t.notes.last?.letter) {
                    t.notes.append(NoteBlock(letter: letter, passage: Passage(lines: [BlockReader.dropping(prefixBytes: 1, of: line, in: text)], in: text)))
                } else if !t.notes.isEmpty {
                    t.notes[t.notes.count - 1].passage.append(line, in: text)
                } else {
                    t.rowLines.append(line)
                }
                continue
            }
            if !paragraph.isEmpty && paragraphIndent > 0 { flushParagraph() }
            paragraph.append(line)
        }
        flushParagraph(); flushTable()
        return result
    }

    /// `35.  维护国际和平与安全`
    func heading(_ line: SourceLine, in text: [UInt8]) -> Heading? {
        let content = text[line.range]
        guard line.indent <= 2, let first = content.first, Bytes.isDigit(first) else { return nil }
        // `35.`: digits and a dot, tested before the line is copied (table rows open with dates).
        guard let dot = content.prefix(4).firstIndex(where: { !Bytes.isDigit($0) }), content[dot] == UInt8(ascii: ".") else { return nil }
        var c = Cursor(Array(content))
        guard let n = c.readInt(maxDigits: 3), c.skip(Literal.dot), c.current.map(Bytes.isSpace) == true else { return nil }
        c.skipWhitespace()
        guard let first = c.current, !Bytes.isDigit(first), first >= 0x80 || Bytes.isASCIILetter(first) else { return nil }
        let title = Bytes.string(Bytes.trimmed(c.text[c.position...]))
        return Heading(number: n, title: title, line: line.number)
    }

    /// A title broken over two lines: the heading's line does not end in white space (so it goes on), and the next
    /// is short, ends in white space and holds no sentence end, heading, table or table header; it is not indented
    /// as a paragraph opens (one or two spaces; a title's hanging indent is deeper) and does not end in a number (a
    /// footnote marker). The rest of the title, joined as a paragraph's lines are (no space between Chinese characters).
    func titleContinuation(_ heading: SourceLine, _ body: PageLayout.BodyLine, in text: [UInt8]) -> String? {
        let next = body.line, content = text[next.range]
        guard !heading.trailingSpace, next.trailingSpace, !next.spacesOnly, content.count <= 90,
              !(1...2).contains(body.paragraphIndent), let last = content.last, !Bytes.isDigit(last),
              self.heading(next, in: text) == nil, tableNumber(content) == nil, !isHeader(content),
              !profile.sentenceEnd.contains(where: { Bytes.find($0.bytes, in: Array(content)) != nil }) else { return nil }
        var joined: [UInt8] = [text[heading.range].last ?? Bytes.space]
        Bytes.join(&joined, content)
        return Bytes.string(joined.dropFirst())
    }

    /// `表 1` → 1
    func tableNumber(_ content: ArraySlice<UInt8>) -> Int? {
        guard content.count <= tableWord.count + 6, content.starts(with: tableWord) else { return nil }
        var c = Cursor(Array(content))
        guard c.skip(tableWord) else { return nil }
        c.skipWhitespace()
        guard let n = c.readInt(maxDigits: 2), c.isAtEnd else { return nil }
        return n
    }

    /// A line of a table's column headers (repeated after page breaks): part of one of the profile's headers, or,
    /// worded a little differently (another edition's `视频会议的记录`), a line of at least two pieces between spaces
    /// whose known pieces make half its text or more (`视频会议日期 视频会议的记录 标题`). Full-width brackets and
    /// dashes count as their ASCII forms (`（赞成－反对－弃权）`).
    func isHeader(_ content: ArraySlice<UInt8>) -> Bool {
        let s = Self.headerForm(content)
        guard s.count >= 6 else { return false }
        if headerText.contains(where: { Bytes.find(s, in: $0) != nil }) { return true }
        let parts = content.split(whereSeparator: Bytes.isSpace)
        guard parts.count >= 2 else { return false }
        func isKnown(_ part: ArraySlice<UInt8>) -> Bool {
            let piece = Self.headerForm(part)
            return piece.count >= 6 && headerText.contains { Bytes.find(piece, in: $0) != nil }
        }
        // A header's line opens or ends with a piece of the header (a table row, with a date or a symbol, does not).
        guard isKnown(parts[0]) || isKnown(parts[parts.count - 1]) else { return false }
        let known = parts.filter(isKnown).reduce(0) { $0 + Self.headerForm($1).count }
        return known * 2 >= s.count
    }

    /// The form header lines are compared in: no white space, full-width ASCII forms (U+FF01–FF5E, EF BC 81 to EF BD
    /// 9E) as ASCII.
    static func headerForm(_ content: ArraySlice<UInt8>) -> [UInt8] {
        let s = ByteSearch.squeezed(content)
        guard s.contains(0xEF) else { return s }
        var out: [UInt8] = [], i = 0
        out.reserveCapacity(s.count)
        while i < s.count {
            if s[i] == 0xEF, i + 2 < s.count, s[i + 1] == 0xBC || s[i + 1] == 0xBD {
                let scalar = (UInt32(s[i] & 0x0F) << 12) | (UInt32(s[i + 1] & 0x3F) << 6) | UInt32(s[i + 2] & 0x3F)
                if scalar >= 0xFF01 && scalar <= 0xFF5E { out.append(UInt8(scalar - 0xFF01 + 0x21)); i += 3; continue }
            }
            out.append(s[i]); i += 1
        }
        return out
    }

    /// ` a 阿富汗、…`: a table note opens with its letter, the next after the last note's.
    func noteLetter(_ content: ArraySlice<UInt8>, after last: String?) -> String? {
        guard content.count >= 3, let first = content.first, Bytes.isLower(first),
              Bytes.isSpace(content[content.startIndex + 1]) else { return nil }
        let expected = last.map { UInt8($0.utf8.first! + 1) } ?? UInt8(ascii: "a")
        guard first == expected else { return nil }
        return String(UnicodeScalar(first))
    }

    func footnoteText(_ entry: PageLayout.FootnoteEntry, in text: [UInt8]) -> FootnoteText {
        // The first line without the number, the others as they are: joined from their places (not from a copy of
        // the entry's lines with the first replaced).
        let first = BlockReader.dropping(prefixBytes: String(entry.number).utf8.count, of: entry.lines[0], in: text)
        let pieces = entry.lines.indices.lazy.map { k in k == 0 ? (first.number, first.range) : (entry.lines[k].number, entry.lines[k].range) }
        return FootnoteText(number: entry.number, passage: Passage(pieces: pieces, in: text), page: entry.page)
    }

    /// The line without its first `n` bytes and the white space after them (a note letter, a footnote's number),
    /// taken off before the line is joined into a passage (not cut from the passage after, which copied it).
    static func dropping(prefixBytes n: Int, of line: SourceLine, in text: [UInt8]) -> SourceLine {
        var k = min(line.range.lowerBound + n, line.range.upperBound)
        while k < line.range.upperBound {
            let w = Bytes.whitespaceLength(text, at: k)
            if w == 0 { break }
            k += w
        }
        return SourceLine(number: line.number, part: k..<line.range.upperBound, in: text, indent: line.indent, trailingSpace: line.trailingSpace)
    }
}
