import ArgumentParser
import Foundation
import RepertoireChecks
import RepertoireModel
import RepertoireOfficial
import RepertoireParsing

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Flag what a careful editor would: contradictions, counts that do not add up, and disagreements with the UN's data.",
        discussion: """
        Prints compiler-style diagnostics, 'file:line: error|warning|note: message [kind]', each with its source \
        line quoted, then a one-line summary. With --against, every decision of the document is compared with the \
        UN's own record (meeting or written procedure, date, vote, Chapter VII, draft and sponsors, outcome letter); \
        each disagreement quotes both sides, agreement is silent. The official data also gives the Council's \
        members for the rule 37 check.

        Exit status: 0 no error found; 1 an error was found (or an input was refused); 2 the output could not be written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Repertoire text files, or folders of them (their .txt files, recursively, in name order).")
    var files: [String]

    @Option(name: .long, help: "Official data (Akoma Ntoso .xml and data_extract .json files or folders) to reconcile with.")
    var against: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text (diagnostics) or json (the findings array; one per line for several files).")
    var format: Format = .text

    @Flag(name: .long, help: "Colour the diagnostics even when standard output is not a terminal.")
    var colour = false

    mutating func run() throws {
        let official: OfficialData?
        if against.isEmpty { official = nil } else {
            do { official = try OfficialData.load(against) } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8)); throw ExitCode(1)
            }
        }
        let council = official.map { Council(records: Array($0.votes.values)) }
        let members = council?.members ?? [:]
        var presidencies: [Int: [String]] = [:]
        for year in council?.years ?? [] { presidencies[year] = council?.presidencies(year: year) }
        let tty = colour || isatty(STDOUT_FILENO) == 1
        var out = "", anyError = false, refused = false
        var all: [Finding] = []
        let extractor = Extractor()
        let (files, emptyFolders) = InputFile.expand(self.files)
        for folder in emptyFolders {
            FileHandle.standardError.write(Data("\(folder): error: the folder holds no .txt file\n".utf8))
            refused = true
        }
        for path in files {
            let result: Extractor.Result
            do {
                result = try extractor.extract(try InputFile.read(path, maxMiB: 256), file: InputPaths.fileName(path))
            } catch {
                let input = error as? InputError
                FileHandle.standardError.write(Data("\(path)\(input?.line.map { ":\($0)" } ?? ""): error: \(input?.description ?? "\(error)")\n".utf8))
                refused = true
                continue
            }
            var findings = DocumentChecks(result, members: members, presidencies: presidencies, editorial: true).findings()
            if let official { findings = merged(findings, Reconciliation(facts: result.facts, official: official).findings()) }
            anyError = anyError || findings.contains { $0.severity == .error }
            all += findings
            switch format {
            case .text: out += Diagnostics(path: path, layout: result.layout, colour: tty).render(findings)
            case .json: out += findings.jsonString + "\n"
            }
        }
        if format == .text { out += "\(Diagnostics.summary(all))\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
        if anyError || refused { throw ExitCode(1) }
    }
}
