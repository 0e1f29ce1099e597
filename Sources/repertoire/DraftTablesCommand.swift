import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireOfficial
import RepertoireStore

struct DraftTablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft-tables",
        abstract: "The decisions part of a year's Repertoire tables, drafted from the UN's records, item by item.",
        discussion: """
        For each agenda item the UN's data names in the year: Table 1, the decisions taken at meetings (the \
        meeting's record and date, the draft and its sponsors, a long list given as a count with a lettered note, \
        the decision and its vote; a draft voted on and not adopted, with its vote and who vetoed it, under the item \
        its text names, else the item of its meeting); Table 2, those taken by written procedure (the letter giving \
        the outcome). An \
        item whose title is in the database (any edition) is headed by its Repertoire number, and its stored \
        tables are held against the draft: each record where they differ is named. Exit status: 0 drafted; 1 no \
        decision of the year in the data, or a file of the data could not be read.
        """
    )

    @Option(name: .long, help: "The year whose decisions are drafted.")
    var year: Int

    @OptionGroup var official: OfficialDataOption

    @Option(name: .long, help: "zh or en: the tables' words and the States' names (default en).")
    var lang: String = "en"

    @Option(name: .long, help: "A database with Repertoire documents, to number the items and hold their tables against the draft (default: $REPERTOIRE_DB, else repertoire.sqlite where it exists).")
    var db: String?

    mutating func run() throws {
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang: zh or en") }
        let data = try official.read()
        let items = DraftTables.draft(data, year: year)
        guard !items.isEmpty else {
            FileHandle.standardError.write(Data("error: the data holds no decision of \(year)\n".utf8))
            throw ExitCode(1)
        }
        let path = db ?? ProcessInfo.processInfo.environment["REPERTOIRE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "repertoire.sqlite"
        let store = FileManager.default.fileExists(atPath: path) ? try? SQLiteStore(path: path, readOnly: true) : nil
        if db != nil, store == nil { FileHandle.standardError.write(Data("\(path): error: cannot open the database\n".utf8)); throw ExitCode(1) }
        let label = Headers.label(lang)
        var out = ""
        for item in items {
            let matched = try store?.agendaItem(titled: item.agendaItem, language: lang)
            out += "## " + (matched.map { "\($0.number). " } ?? "") + (matched?.title ?? item.agendaItem) + "\n\n"
            var notes = LetteredNotes(lang: lang)
            for (key, rows, written) in [("drafted_table_1", item.meetings, false), ("drafted_table_2", item.writtenProcedures, true)] where !rows.isEmpty {
                out += label(key) + "\n"
                let table = Rows(columns: [written ? "outcome_letter" : "record", "date", "draft", "sponsored_by", "decision", "vote"], rows: rows.map { row in
                    [row.record.map { .text($0.compact) } ?? .null, row.date.map { .text($0.iso) } ?? .null, row.draft.map { .text($0.compact) } ?? .null,
                     .text(sponsors(row.sponsors, notes: &notes)), .text(decisionText(row, label)), .text(voteText(row))]
                })
                out += RowsFormat.table.render(table, width: Terminal.width, label: label) + "\n"
            }
            for note in notes.notes { out += note + "\n" }
            if !notes.notes.isEmpty { out += "\n" }
            if let matched, let store {
                let tables = try store.tableDecisions(item: matched.number)
                let differences = DraftTables.disagreements(item, table1: tables.table1, table2: tables.table2)
                if differences.isEmpty {
                    out += "\(label("agrees_with_repertoire")) (\(matched.document), \(matched.number)).\n\n"
                } else {
                    out += "\(label("against_repertoire")) (\(matched.document), \(matched.number)):\n"
                    for d in differences { out += "- \(d.message)\n" }
                    out += "\n"
                }
            }
        }
        Terminal.write(out)
        if !data.errors.isEmpty { throw ExitCode(1) }
    }

    /// A sponsor list as the Repertoire writes it (`LetteredNotes`), the States named in the tables' language.
    func sponsors(_ members: [Member], notes: inout LetteredNotes) -> String {
        notes.cell(members.map { m in m.code.flatMap { Gazetteer.shared.name(code: $0, language: lang) } ?? m.name })
    }

    /// The decision, or for a draft not adopted what became of it (vetoed: by whom, in the tables' language).
    func decisionText(_ row: DraftedRow, _ label: (String) -> String) -> String {
        switch row.notAdopted {
        case nil, .adopted?: return row.decision.compact
        case .notAdopted?: return label("draft_not_adopted")
        case .vetoed(let by)?:
            let names = by.map { Gazetteer.shared.code(given: $0).flatMap { Gazetteer.shared.name(code: $0, language: lang) } ?? $0 }
            return label("draft_vetoed") + (names.isEmpty ? "" : " " + names.joined(separator: lang == "zh" ? "、" : ", "))
        }
    }

    func voteText(_ row: DraftedRow) -> String {
        let vote = row.method == .vote ? "\(row.vote.for)-\(row.vote.against)-\(row.vote.abstaining)"
            : (lang == "zh" ? "未经表决" : "without a vote")
        return vote + (row.chapterVII ? (lang == "zh" ? "（第七章）" : " (Chapter VII)") : "")
    }
}
