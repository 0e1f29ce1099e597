import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireOfficial

struct Official: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the UN's own Security Council data: Akoma Ntoso texts and the vote extract.",
        discussion: """
        PATH is a file or a folder (read recursively): .xml files as Akoma Ntoso (AKN4UN) resolutions and \
        presidential statements, .json files as data_extract (one JSON object a line). The Chinese and English \
        expressions of one resolution are one decision. --format json writes one decision per line in the facts \
        schema's decisions shape with the official fields (draft, sponsors, voters by option with ISO3, meeting, \
        outcome letter, computed outcome, paragraphs, languages). Names that resolve to no state are reported \
        on standard error, never dropped.

        A file that cannot be read is reported with its line and the others are read and written. XML is checked \
        before it is parsed: UTF-8, no DTD, at most 256 elements deep and 256 attributes on an element.

        Exit status: 0 read; 1 a file is malformed, truncated, has an unknown field, or is missing, or a folder \
        holds no official data (the message names file and line; the other files are still read).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, summary, tsv }

    @Argument(help: "Official data files or folders (.xml Akoma Ntoso, .json data_extract).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: summary, json (one decision per line) or tsv (a decision index, readable back).")
    var format: Format = .summary

    mutating func run() throws {
        // A file that cannot be read is reported and the others are read: exit status 1 at the end.
        let data = OfficialData.read(paths)
        var report = ""
        for error in data.errors { report += "\(error)\n" }
        for warning in data.warnings { report += "\(warning)\n" }
        for file in data.skipped { report += "\(file): warning: not a Security Council text (passed over)\n" }
        for name in data.unresolvedNames { report += "warning: '\(name)' resolves to no state\n" }
        let council = Council(records: Array(data.votes.values), drafts: data.drafts)
        let decisions = data.decisions(council: council)
        for d in decisions { for finding in d.findings { report += "\(finding)\n" } }
        FileHandle.standardError.write(Data(report.utf8))
        var out = ""
        switch format {
        case .json:
            for d in decisions { out += d.jsonString + "\n" }
        case .tsv:
            out += DecisionIndex.header + "\n"
            for d in decisions { out += DecisionIndex.line(d) + "\n" }
        case .summary:
            let resolutions = decisions.filter { $0.kind == .resolution }.count
            let drafts = decisions.filter { $0.kind == .draftResolution }.count
            out += "\(data.filesRead) files: \(decisions.count) decisions (\(resolutions) resolutions, "
                + "\(decisions.count - resolutions - drafts) presidential statements, \(drafts) drafts not adopted), "
                + "\(data.votes.count) with vote records\n"
            for d in decisions {
                let vote = d.vote.map { " \($0.text)" } ?? ""
                let place = d.record?.venue == .writtenProcedure ? "written procedure \(d.record?.outcomeLetter?.compact ?? "")" : (d.meeting?.compact ?? "")
                out += "\(d.symbol)  \(d.date?.iso ?? "?")  \(place)\(vote)\(d.chapterVII ? "  Chapter VII" : "")"
                    + "  [\(d.languages.joined(separator: ","))]\(d.computedOutcome.map { "  \($0.rawValue)" } ?? "")"
                    + (d.vetoedBy.isEmpty ? "" : " by \(d.vetoedBy.joined(separator: ", "))") + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if !data.errors.isEmpty { throw ExitCode(1) }
    }
}
