import RepertoireModel
import RepertoireParsing
import RepertoireStore

/// An item's Tables 1 and 2 written as the Repertoire's PDF text lays them out, the layout `extract` reads: the item's
/// heading, the table's number, caption and column headers (the language profile's own), then each meeting as
/// the flattened PDF gives it, one cell after the other, and the lettered notes. A cell's last line ends in white
/// space (two spaces in English, where every line ends in one); a line of spaces alone is an empty cell.
/// `extract` of this text gives the table's facts back (`RoundTripTests`): each keeps the other honest.
extension TableOne {
    /// The item's heading, then Table 1 (if it has meetings) and Table 2 (if it has videoconferences).
    public static func text(_ rows: [TableOneRow], _ videoconferences: [TableTwoRow] = [], item: Int, title: String, lang: String) -> String {
        var lines = ["\(item).  \(title) ", ""]
        if !rows.isEmpty { lines += tableOneLines(rows, title: title, lang: lang) }
        if !videoconferences.isEmpty { lines += tableTwoLines(videoconferences, title: title, lang: lang) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table 2: each videoconference's date, record and title on a line, then its decisions and the record of its
    /// written procedure; a line of one space between rows.
    static func tableTwoLines(_ rows: [TableTwoRow], title: String, lang: String) -> [String] {
        let zh = lang == "zh"
        let profile: LanguageProfile = zh ? .chinese : .english
        let close = zh ? " " : "  "
        var lines = [zh ? "表 2 " : "Table 2 ", profile.videoconferenceCaption + (zh ? "" : " ") + title + " ",
                     (profile.tableHeaders.dropFirst().first ?? "") + " ", "    "]
        for row in rows {
            guard let record = row.record, let date = row.date else { continue }  // no row of the table opens without both
            lines.append(Self.date(date, lang) + " " + record + " " + (row.title ?? "") + close)
            for decision in row.decisions { lines += decisionLines(decision, lang) }
            if let written = row.writtenProcedureRecord { lines.append(written + close) }
            lines.append(" ")
        }
        return lines
    }

    /// A decision's cell: its name, its vote, whether adopted under Chapter VII.
    static func decisionLines(_ decision: (symbol: String, vote: String?, chapterVII: Bool), _ lang: String) -> [String] {
        var lines = Self.decision(decision.symbol, lang)
        if let vote = decision.vote { lines.append(vote + " ") }
        if decision.chapterVII { lines.append((lang == "zh" ? "(根据第七章通过)" : "(adopted under Chapter VII)") + (lang == "zh" ? " " : "  ")) }
        return lines
    }

    static func tableOneLines(_ rows: [TableOneRow], title: String, lang: String) -> [String] {
        let zh = lang == "zh"
        let profile: LanguageProfile = zh ? .chinese : .english
        let close = zh ? " " : "  "
        var notes = LetteredNotes(lang: lang, reserved: letters(rows))
        func name(_ p: TableOneRow.Party) -> String { Self.name(p, lang) }
        var lines = [(zh ? "表 1 " : "Table 1 "), (zh ? "会议：" : "Meetings: ") + title + " ",
                     (profile.tableHeaders.first ?? "") + " ", "       "]
        for row in rows {
            // The record and date, then each resumption: its record, `(Resumption n)`, its date.
            lines.append(row.record + close)
            if let date = row.date { lines.append(Self.date(date, lang) + " ") }
            for resumption in row.resumptions {
                let (base, number) = Self.resumption(resumption.record)
                lines.append(base + " ")
                lines.append("(Resumption \(number))" + close)
                if let date = resumption.date { lines.append(Self.date(date, lang) + " ") }
            }
            if let subItem = row.subItem { lines.append(subItem + close) }
            // Other documents by their symbols (their titles are not kept): bracketed as a title ends in Chinese; bare
            // in English, where a bracketed symbol after a closed cell continues it.
            for document in row.otherDocuments { lines.append((zh ? "(\(document))" : document) + close) }
            for draft in row.drafts {
                // `84 个会员国 e` `提出的决议草案` / `Draft resolution` `submitted by 84` `Member States e`; a few
                // sponsors named; then the draft's symbol in brackets.
                let names = draft.sponsors.map(name), long = LetteredNotes.isLong(names.count, count: draft.count)
                let cell = names.isEmpty ? nil : notes.cell(names, count: draft.count, letter: draft.note)
                switch (zh, cell) {
                case (true, let cell?) where long: lines += [" \(cell)  ", "提出的决议草案"]
                case (true, let cell?): lines.append(cell + "提出的决议草案")
                case (true, nil): lines.append("决议草案")
                case (false, let cell?) where long:
                    let count = cell.prefix { $0.isNumber }
                    lines += ["Draft resolution ", "submitted by \(count) ", String(cell.dropFirst(count.count + 1)) + close]
                case (false, let cell?): lines += ["Draft resolution ", "submitted by " + cell + " "]
                case (false, nil): lines.append("Draft resolution ")
                }
                lines.append("(\(draft.symbol))" + close)
            }
            let rule37 = row.rule37.map(name)
            if !rule37.isEmpty || (row.rule37Count ?? 0) > 0 {
                lines.append(" " + notes.cell(rule37, count: row.rule37Count, letter: row.rule37Note) + close)
            }
            let rule39 = row.rule39.map(name), speakers = row.speakers.map(name)
            // An empty cell of the invitations or speakers before a later one is a line of spaces: the cells after
            // it keep their columns by the count of empty cells before them.
            if rule37.isEmpty && (row.rule37Count ?? 0) == 0 && (!rule39.isEmpty || !speakers.isEmpty || !row.decisions.isEmpty) { lines.append("   ") }
            if !rule39.isEmpty { lines.append(notes.cell(rule39) + close) } else if !speakers.isEmpty || !row.decisions.isEmpty { lines.append("   ") }
            if speakers.isEmpty && !row.decisions.isEmpty { lines.append("   ") }
            if !speakers.isEmpty {
                // The notes on the speakers (who represented a State, on whose behalf one spoke) after the list.
                let letters = row.speakerNotes.map { note in
                    notes.add(letter: note.letter, text: note.text ?? "")
                    return (zh ? "、" : ",") + note.letter
                }
                lines.append(notes.cell(speakers) + letters.joined() + close)
            }
            for decision in row.decisions { lines += decisionLines(decision, lang) }
        }
        for note in notes.notes { lines.append(" " + note + " ") }
        return lines
    }

    /// `2020-01-09` as the edition writes a date: `2020 年 1 月 9 日`, `9 January 2020`.
    static func date(_ iso: String, _ lang: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = RepertoireDate(year: parts[0], month: parts[1], day: parts[2]) else { return iso }
        // The profile's own words for a date: its markers (`年 月 日`), else its month names, day first.
        let profile: LanguageProfile = lang == "zh" ? .chinese : .english
        if !profile.yearMarker.isEmpty {
            return "\(date.year) \(profile.yearMarker) \(date.month) \(profile.monthMarker) \(date.day) \(profile.dayMarker)"
        }
        return "\(date.day) \(profile.monthNames[date.month - 1]) \(date.year)"
    }

    /// `S/PV.8699(Resumption1)` → (`S/PV.8699`, 1).
    static func resumption(_ record: String) -> (base: String, number: Int) {
        guard let open = record.range(of: "(Resumption") else { return (record, 1) }
        let digits = record[open.upperBound...].filter(\.isNumber)
        return (String(record[..<open.lowerBound]), Int(digits) ?? 1)
    }

    /// A decision's cell lines: `第 2532(2020)` `号决议` / `Resolution` `2532 (2020)`; a statement by its symbol.
    static func decision(_ symbol: String, _ lang: String) -> [String] {
        guard symbol.hasPrefix("S/RES/"), let open = symbol.firstIndex(of: "(") else { return [symbol + (lang == "zh" ? " " : "  ")] }
        let number = symbol[symbol.index(symbol.startIndex, offsetBy: 6)..<open], year = symbol[open...]
        return lang == "zh" ? ["第 \(number)\(year) ", "号决议 "] : ["Resolution ", "\(number) \(year) "]
    }
}
