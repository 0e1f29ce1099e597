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
        line quoted (at most 240 bytes of it, around the finding's subject), each file's as soon as it is checked, \
        then a one-line summary. With --against, every decision of the document is compared with the \
        UN's own record (meeting or written procedure, date, vote, Chapter VII, draft and sponsors, outcome letter); \
        each disagreement quotes both sides, agreement is silent. The official data also gives the Council's \
        members for the rule 37 check.

        Exit status: 0 no error found; 1 an error was found (or an input was refused); 2 the output could not be written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var language: LanguageOption

    @Argument(help: "Repertoire text files, or folders of them (their .txt files, recursively, in name order).")
    var files: [String]

    @Option(name: .long, help: "Official data (Akoma Ntoso .xml and data_extract .json files or folders) to reconcile with.")
    var against: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text (diagnostics) or json (the findings array; one per line for several files).")
    var format: Format = .text

    @Flag(name: .long, help: "Colour the diagnostics even when standard output is not a terminal.")
    var colour = false

    @Option(name: .long, help: ArgumentHelp(MemoryBudget.help("inputs", bytesPerByte: MemoryBudget.inParts)))
    var maxSize: Int = MemoryBudget.maxSize(bytesPerByte: MemoryBudget.inParts)

    mutating func run() throws {
        // Official files that cannot be read are reported (exit status 1); the documents are checked against the rest.
        let official: OfficialData? = against.isEmpty ? nil : OfficialData.read(against)
        for error in official?.errors ?? [] { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
        let council = official.map { Council(records: Array($0.votes.values)) }
        let members = council?.members ?? [:]
        var byYear: [Int: [String]] = [:]
        for year in council?.years ?? [] { byYear[year] = council?.presidencies(year: year) }
        let presidencies = byYear
        let tty = colour || isatty(STDOUT_FILENO) == 1
        // Each file's diagnostics are written as it is done: memory does not grow with the number of findings.
        var tally = Diagnostics.Tally(), refused = !(official?.errors.isEmpty ?? true)
        let (files, emptyFolders) = InputFile.expand(self.files)
        for folder in emptyFolders {
            FileHandle.standardError.write(Data("\(folder): error: the folder holds no .txt file\n".utf8))
            refused = true
        }
        // Files are read and checked on all cores, each core with its own extractor; their diagnostics are gathered
        // in the order given.
        let format = self.format, maxSize = self.maxSize
        let cores = ProcessInfo.processInfo.activeProcessorCount
        orderedParallel(files, workers: cores, window: 4 * cores, worker: { [language] in language.extractor() }) { extractor, path -> Outcome in
            let result: Extractor.Result
            do {
                let bytes = try InputFile.read(path, maxMiB: maxSize)
                if bytes.count > 2 * PartReader.partBytes {
                    return try Self.inParts(bytes, path: path, extractor: extractor, members: members, presidencies: presidencies,
                                            official: official, format: format, colour: tty)
                }
                result = try extractor.extract(bytes, file: InputPaths.fileName(path))
            } catch {
                let input = error as? InputError
                return Outcome(refusal: "\(path)\(input?.line.map { ":\($0)" } ?? ""): error: \(input?.description ?? "\(error)")\n")
            }
            let repaired = result.repair.map { "\(path):\($0.line): warning: \($0.message)\n" }
            var findings = DocumentChecks(result, members: members, presidencies: presidencies, editorial: true).findings()
            if let official { findings = merged(findings, Reconciliation(facts: result.facts, official: official).findings()) }
            return Self.outcome(findings, format: format, warning: repaired) { Diagnostics(path: path, layout: result.layout, colour: tty) }
        } deliver: { outcome in
            if let warning = outcome.warning { FileHandle.standardError.write(Data(warning.utf8)) }
            if let refusal = outcome.refusal {
                FileHandle.standardError.write(Data(refusal.utf8))
                refused = true
            }
            tally.errors += outcome.tally.errors; tally.warnings += outcome.tally.warnings; tally.notes += outcome.tally.notes
            FileHandle.standardOutput.write(Data(outcome.text.utf8))
        }
        if format == .text { FileHandle.standardOutput.write(Data("\(tally.summary)\n".utf8)) }
        if tally.errors > 0 || refused { throw ExitCode(1) }
    }

    static func outcome(_ findings: [Finding], format: Format, warning: String?, diagnostics: () -> Diagnostics) -> Outcome {
        var tally = Diagnostics.Tally()
        tally.add(findings)
        switch format {
        case .text: return Outcome(tally: tally, text: diagnostics().render(findings), warning: warning)
        case .json: return Outcome(tally: tally, text: findings.jsonString + "\n", warning: warning)
        }
    }

    /// A long file checked part by part (`PartReader`, `PartFindings`): memory holds its text and one part's stages
    /// (and, against official data, its facts), not every stage of the whole; the lines the findings name are quoted
    /// from the text at the end.
    static func inParts(_ bytes: consuming [UInt8], path: String, extractor: Extractor, members: [Int: Set<String>],
                        presidencies: [Int: [String]], official: OfficialData?, format: Format, colour: Bool) throws -> Outcome {
        // Decoded here, so that the quotes are of the text as read (the reader drops its list of lines).
        let decoded = try TextDecoder.decode(consume bytes)
        let text = decoded.bytes, repair = decoded.repaired
        var checks = PartFindings(members: members, presidencies: presidencies, editorial: true)
        var footnotes: [(number: Int, line: Int)] = [], facts = Facts(file: InputPaths.fileName(path), language: "")
        let whole = try PartReader(extractor: extractor).read(decoded: consume decoded, file: InputPaths.fileName(path)) { part in
            footnotes += part.result.facts.footnotes.map { ($0.number, $0.locations.first ?? 0) }
            if official != nil { facts.append(part.result.facts) }
            checks.add(part)
        }
        var findings = checks.finish(footnotes: footnotes)
        if let official {
            facts.language = whole.language; facts.symbols = whole.symbols; facts.urlSymbols = whole.urlSymbols
            findings = merged(findings, Reconciliation(facts: facts, official: official).findings())
        }
        let warning = repair.map { "\(path):\($0.lines[0]): warning: \($0.message)\n" }
        return outcome(findings, format: format, warning: warning) { Diagnostics(path: path, text: text, quoting: findings, colour: colour) }
    }

    /// One file's diagnostics (or the message refusing it).
    struct Outcome: Sendable {
        var tally = Diagnostics.Tally(), text = "", warning: String? = nil, refusal: String? = nil
    }
}
