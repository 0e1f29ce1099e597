import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireOfficial

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The Council's practice year by year: resolutions, votes, presidential statements, drafts and vetoes.",
        discussion: """
        In the manner of the UN's Highlights of Security Council Practice, from the official data (by default the \
        UN data bundled with repertoire, 2000 to the last year it holds). A figure the data cannot give for a year \
        (no draft not adopted, no presidential statement in the data) is empty (null in JSON), never 0. Each \
        figure's definition is in the README.

        --format table: one row a year; json: one object a year (resolutions, unanimous, with_abstentions, \
        without_vote, chapter_vii, written_procedure, presidential_statements, drafts_not_adopted, vetoed_drafts, \
        vetoes_by keyed by ISO3, months, agenda_items); csv: one row a year, vetoes_by as ISO3:count pairs.

        Exit status: 0 printed; 1 a file could not be read (the figures come from the others), or no year in range.
        """
    )

    @OptionGroup var official: OfficialDataOption

    @Option(help: "The first year.") var from: Int?
    @Option(help: "The last year.") var to: Int?

    @Option(name: .shortAndLong, help: "Output format: table, json or csv.")
    var format: Format = .table

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    mutating func run() throws {
        let data = try official.read()
        let years = Statistics.years(data, from: from, to: to)
        guard !years.isEmpty else {
            FileHandle.standardError.write(Data("error: no year to show (the data holds no decision in the range)\n".utf8))
            throw ExitCode(1)
        }
        var out = ""
        func cell(_ n: Int?) -> String { n.map(String.init) ?? "" }
        func vetoes(_ s: YearStatistics) -> String {
            s.vetoesBy.map { $0.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ") } ?? ""
        }
        switch format {
        case .json:
            for y in years { out += y.jsonString + "\n" }
        case .csv:
            out += "year,resolutions,unanimous,with_abstentions,without_vote,chapter_vii,written_procedure,presidential_statements,drafts_not_adopted,vetoed_drafts,vetoes_by\n"
            for s in years {
                out += [String(s.year), cell(s.resolutions), cell(s.unanimous), cell(s.withAbstentions), cell(s.withoutVote),
                        cell(s.chapterVII), cell(s.writtenProcedure), cell(s.presidentialStatements), cell(s.draftsNotAdopted),
                        cell(s.vetoedDrafts), vetoes(s).replacingOccurrences(of: " ", with: ";")].joined(separator: ",") + "\n"
            }
        case .table:
            let head = ["year", "res.", "unanimous", "abstentions", "no vote", "Ch. VII", "written", "PRST", "drafts failed", "vetoed", "vetoes by"]
            var rows = [head]
            for s in years {
                rows.append([String(s.year), cell(s.resolutions), cell(s.unanimous), cell(s.withAbstentions), cell(s.withoutVote),
                             cell(s.chapterVII), cell(s.writtenProcedure), cell(s.presidentialStatements) , cell(s.draftsNotAdopted),
                             cell(s.vetoedDrafts), vetoes(s)])
            }
            let widths = head.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
            for row in rows {
                out += row.enumerated().map { i, c in i == row.count - 1 ? c : String(repeating: " ", count: widths[i] - c.count) + c }
                    .joined(separator: "  ") + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if !data.errors.isEmpty { throw ExitCode(1) }
    }
}
