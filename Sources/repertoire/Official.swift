import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireOfficial

struct Official: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the UN's own Security Council data: Akoma Ntoso texts and the vote extract.",
        discussion: """
        PATH is a file or a folder (read recursively): .xml files as Akoma Ntoso (AKN4UN) resolutions, \
        presidential statements and drafts not adopted; .json files as data_extract (one JSON object a line); .tsv \
        files as a decision index (--format tsv). The language versions of a decision are one decision. --format \
        json writes one decision per line in the facts schema's decisions shape with the official fields (sponsors, \
        voters by option with ISO3, recorded and computed outcome, vetoed_by, languages).

        On standard error, each with file and line: files that cannot be read (errors; every other file is read, \
        and a malformed text still gives what came before its error), drift in the data (warnings, once per kind \
        and file: unknown fields, empty or padded counts, placeholder dates), names that resolve to no state, \
        entries that are no state, and where the sources disagree with each other.

        Exit status: 0 read; 1 a file is malformed or missing, a line of a vote extract is no record, or a folder \
        holds no official data (the other files are still read and written).
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
