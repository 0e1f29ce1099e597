import ArgumentParser
import Foundation
import RepertoireStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store Repertoire texts and the UN's official data in the practice database.",
        discussion: """
        PATH is a file or a folder (read recursively): .txt files are Repertoire texts; .xml (Akoma Ntoso) and \
        .json/.jsonl (data_extract) are official data, stored first so that their votes give the Council's \
        members to the Repertoire checks. Each document is written in one transaction: an interruption leaves \
        every document wholly present or absent. An unchanged file (same path and sha256) is skipped; a changed \
        one replaces its facts. Findings are stored with the facts.

        Exit status: 0 every file was stored or unchanged; 1 at least one was refused (the others are stored).
        """
    )

    @Argument(help: "Repertoire text files, official data files, or folders of them.")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(MemoryBudget.help("files", bytesPerByte: MemoryBudget.whole)))
    var maxSize: Int = MemoryBudget.maxSize(bytesPerByte: MemoryBudget.whole)

    @Flag(name: .long, help: "No progress bar, even on a terminal.")
    var quiet = false

    mutating func run() throws {
        let store = try database.openForWriting()
        let started = Date()
        let showProgress = !quiet && Terminal.standardErrorIsTerminal
        var ingestor = Ingestor(store: store, maxMiB: maxSize)
        ingestor.extractor = language.extractor()
        let report = ingestor.ingest(paths) { progress in
            guard showProgress, case .done(let done, let total, let path) = progress, total > 1 else { return }
            let width = 30, filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let name = URL(fileURLWithPath: path).lastPathComponent
            FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(name.prefix(40))".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
        for failure in report.failures { FileHandle.standardError.write(Data("\(failure)\n".utf8)) }
        // What was stored but read with a doubt (a footnote with no marker in the text, official data that drifted
        // from its usual shape), each with its file and line.
        for warning in report.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
        // Each file passed over, named with the reason: an official file that holds no Security Council text.
        for path in report.skipped {
            FileHandle.standardError.write(Data("\(path): note: passed over: an official data file with no Security Council text\n".utf8))
        }
        let seconds = Date().timeIntervalSince(started)
        var summary = "\(database.path): \(report.ingested.count) stored, \(report.unchanged.count) unchanged"
        if !report.skipped.isEmpty { summary += ", \(report.skipped.count) passed over (no Security Council text)" }
        if !report.failures.isEmpty { summary += ", \(report.failures.count) refused" }
        summary += String(format: "; %.1f MB in %.2f s", Double(report.bytes) / 1e6, seconds)
        if report.findings > 0 { summary += "; \(report.findings) findings" }
        if !report.warnings.isEmpty { summary += "; \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s") in reading" }
        let counts = (try? store.counts()) ?? []
        summary += "\ntotals: " + counts.filter { ["document", "meeting", "videoconference", "decision", "official_decision", "passage"].contains($0.table) }
            .map { "\($0.rows) \($0.table)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
