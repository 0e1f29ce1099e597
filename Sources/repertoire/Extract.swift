import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireParsing
import RepertoireChecks

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read Repertoire documents into facts (repertoire-facts/1).",
        discussion: """
        With one FILE, --format json writes one repertoire-facts/1 object. With several, it writes one \
        object per line (JSON Lines), in the order given. Warnings go to standard error as \
        'file:line: warning: message'; a refused input as 'file[:line]: error: message'.

        Exit status: 0 every file was read; 1 at least one file was refused or could not be read \
        (the others are still written); 2 the output could not be written, or is one of the inputs.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Argument(help: "Repertoire text files (UTF-8, UTF-16 with BOM or GB18030), as extracted from the PDF, or folders of them (their .txt files, recursively, in name order).")
    var files: [String]

    @OptionGroup var language: LanguageOption

    @Option(name: .shortAndLong, help: "Output format: json (repertoire-facts/1) or summary (a readable overview).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (in place: a device or a link's target is written; one of the inputs is refused).")
    var output: String?

    @Option(name: .long, help: ArgumentHelp(MemoryBudget.help("inputs", bytesPerByte: MemoryBudget.inParts)))
    var maxSize: Int = MemoryBudget.maxSize(bytesPerByte: MemoryBudget.inParts)

    @Option(name: .long, help: "Official vote data (data_extract files or folders) giving the Council's members for the checks.")
    var official: [String] = []

    @Flag(name: .long, help: "Leave out the document's findings (the checks of 'repertoire check'): facts only, faster.")
    var noFindings = false

    struct Outcome: Sendable {
        var output: [UInt8] = [], messages = "", failed = false
    }

    /// Reads one file into its output (JSON line or summary) and its messages for standard error.
    static func process(_ path: String, format: Format, maxSize: Int, extractor: Extractor, members: [Int: Set<String>],
                        findings: Bool) -> Outcome {
        var outcome = Outcome()
        let name = InputPaths.fileName(path)
        do {
            let bytes = try InputFile.read(path, maxMiB: maxSize)
            if bytes.count > 2 * PartReader.partBytes {
                try inParts(consume bytes, path: path, name: name, format: format, extractor: extractor, members: members, findings: findings,
                            into: &outcome)
                return outcome
            }
            var result = try extractor.extract(bytes, file: name, citations: findings)
            if findings { result.facts.findings = DocumentChecks(result, members: members).findings() }
            for w in result.warnings { outcome.messages += "\(path):\(w.line): warning: \(w.message)\n" }
            switch format {
            case .json:
                var writer = JSONWriter(capacity: 64 << 10)
                result.facts.write(to: &writer)
                outcome.output = writer.bytes(terminatedBy: 0x0A)
            case .summary:
                outcome.output = Array(Summary(facts: result.facts, path: path).text.utf8)
            }
        } catch {
            outcome.failed = true
            let input = error as? InputError
            let at = input?.line.map { ":\($0)" } ?? ""
            outcome.messages += "\(path)\(at): error: \(input.map(\.description) ?? "\(error)")\n"
        }
        return outcome
    }

    /// A long file read part by part (`PartReader`), its facts written as JSON as they come (or, for a summary, put
    /// together): memory holds the text and the facts, not every stage of the whole text.
    static func inParts(_ bytes: consuming [UInt8], path: String, name: String, format: Format, extractor: Extractor,
                        members: [Int: Set<String>], findings: Bool, into outcome: inout Outcome) throws {
        var stream = FactsStream(), checks = PartFindings(members: members), all = Facts(file: name, language: "")
        let whole = try PartReader(extractor: extractor).read(consume bytes, file: name, citations: findings) { part in
            for w in part.result.warnings { outcome.messages += "\(path):\(w.line): warning: \(w.message)\n" }
            switch format {
            case .json: stream.add(part.result.facts)
            case .summary: all.append(part.result.facts)
            }
            if findings { checks.add(part) }
        }
        switch format {
        case .json:
            let found = findings ? checks.finish(footnotes: stream.footnoteNumbers) : []
            outcome.output = stream.finish(file: name, language: whole.language, symbols: whole.symbols, urlSymbols: whole.urlSymbols,
                                           findings: found, terminatedBy: 0x0A)
        case .summary:
            all.language = whole.language; all.symbols = whole.symbols; all.urlSymbols = whole.urlSymbols
            all.findings = findings ? checks.finish(footnotes: all.footnotes.map { ($0.number, $0.locations.first ?? 0) }) : []
            outcome.output = Array(Summary(facts: all, path: path).text.utf8)
        }
    }

    mutating func run() throws {
        HeapTuning.forBatchWork()
        var failed = false
        let stderr = FileHandle.standardError
        let (files, emptyFolders) = InputFile.expand(self.files)
        let sink = try Self.openOutput(output, inputs: files)
        let format = self.format, maxSize = self.maxSize, findings = !noFindings
        let members = try CouncilKnowledge.members(official)
        for folder in emptyFolders {
            stderr.write(Data("\(folder): error: the folder holds no .txt file\n".utf8))
            failed = true
        }
        // Files are read on all cores, each core with its own extractor; each file's output and messages are
        // written in the order given as soon as it and those before it are done (memory stays bounded by a few
        // files per core, whatever the number of files).
        let cores = ProcessInfo.processInfo.activeProcessorCount
        do {
            try orderedParallel(files, workers: cores, window: 4 * cores, worker: { [language] in language.extractor() }) { extractor, path in
                Extract.process(path, format: format, maxSize: maxSize, extractor: extractor, members: members, findings: findings)
            } deliver: { outcome in
                if !outcome.messages.isEmpty { stderr.write(Data(outcome.messages.utf8)) }
                failed = failed || outcome.failed
                try sink.write(contentsOf: outcome.output)
            }
        } catch {
            stderr.write(Data("\(output ?? "-"): error: cannot write the output: \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        if failed { throw ExitCode(1) }
    }

    /// Standard output, or the file `--output` names (created or emptied now, so that a path that cannot be
    /// written stops the run before any work). The path is opened in place: a device (`/dev/null`) stays a device
    /// and a link's target is written (creating a file beside it and renaming it over the path, as
    /// `FileManager.createFile` does, replaced them with a regular file). An output that is one of the `inputs`
    /// (by any name) is refused: it would be emptied before it is read.
    static func openOutput(_ output: String?, inputs: [String]) throws -> FileHandle {
        guard let output else { return .standardOutput }
        func fail(_ reason: String) -> ExitCode {
            FileHandle.standardError.write(Data("\(output): error: cannot write the output: \(reason)\n".utf8))
            return ExitCode(2)
        }
        var target = stat()
        if stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG {
            for input in inputs {
                var info = stat()
                if stat(input, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino {
                    throw fail("it is the input \(input), which would be emptied before it is read")
                }
            }
        }
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw fail(String(cString: strerror(errno))) }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }
}
