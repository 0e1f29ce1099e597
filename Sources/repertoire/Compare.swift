import ArgumentParser
import Foundation
import RepertoireChecks
import RepertoireModel
import RepertoireParsing

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hold two editions of one Repertoire document against each other (Chinese and English, or any two).",
        discussion: """
        Aligns the two editions' items, meetings, videoconferences, decisions, events, footnotes and table notes by \
        language-neutral keys (records, symbols, dates, numbers, states by ISO 3166 code) and reports each \
        disagreement as an 'edition-mismatch' error naming both files' lines: a decision, vote, date, count, record, \
        state or symbol present in one edition only or given differently. Texts are not compared word for word.

        Exit status: 0 the editions agree; 1 an edition mismatch was found, or an edition was refused or could not \
        be read; 2 the output could not be written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The first edition's text file.")
    var first: String

    @Argument(help: "The second edition's text file.")
    var second: String

    @Option(name: .shortAndLong, help: "Output format: text (one diagnostic a mismatch) or json (an object with both editions and the mismatches).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp(MemoryBudget.help("inputs", bytesPerByte: MemoryBudget.inParts)))
    var maxSize: Int = MemoryBudget.maxSize(bytesPerByte: MemoryBudget.inParts)

    mutating func run() throws {
        var editions: [Edition] = []
        for path in [first, second] {
            do {
                editions.append(Edition(file: path, facts: try Self.facts(try InputFile.read(path, maxMiB: maxSize), file: InputPaths.fileName(path))))
            } catch let error as InputError {
                FileHandle.standardError.write(Data("\(path)\(error.line.map { ":\($0)" } ?? ""): error: \(error)\n".utf8))
            } catch {
                FileHandle.standardError.write(Data("\(path): error: \(error)\n".utf8))
            }
        }
        guard editions.count == 2 else { throw ExitCode(1) }
        let mismatches = EditionComparison(editions[0], editions[1]).mismatches()
        var out = ""
        switch format {
        case .text:
            for m in mismatches {
                let place = m.lines.first.first.map { "\(first):\($0)" } ?? first
                let other = m.lines.second.first.map { "\(second):\($0)" } ?? "\(second): none"
                out += "\(place): error: \(m.message) [\(EditionMismatch.kind)] (\(other))\n"
            }
            out += mismatches.isEmpty ? "The editions agree (\(editions[0].facts.language), \(editions[1].facts.language)).\n"
                : "\(mismatches.count) edition mismatch\(mismatches.count == 1 ? "" : "es").\n"
        case .json:
            var w = JSONWriter(capacity: 4096)
            w.object { o in
                o.field("editions", [editions[0], editions[1]].map { EditionSummary(edition: $0) })
                o.field("mismatches", mismatches)
            }
            out = String(decoding: w.bytes, as: UTF8.self) + "\n"
        }
        do { try FileHandle.standardOutput.write(contentsOf: Data(out.utf8)) } catch { throw ExitCode(2) }
        if !mismatches.isEmpty { throw ExitCode(1) }
    }

    /// An edition's facts: a text over 8 MiB read in parts (`PartReader`), so that memory holds its text and the
    /// facts, not every stage of the whole.
    static func facts(_ bytes: consuming [UInt8], file: String) throws -> Facts {
        guard bytes.count > 2 * PartReader.partBytes else { return try Extractor().extract(bytes, file: file, citations: false).facts }
        var all = Facts(file: file, language: "")
        let whole = try PartReader(extractor: Extractor()).read(bytes, file: file, citations: false) { part in all.append(part.result.facts) }
        all.language = whole.language; all.symbols = whole.symbols; all.urlSymbols = whole.urlSymbols
        return all
    }

    struct EditionSummary: JSONWritable {
        let edition: Edition
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("file", edition.file)
                o.field("language", edition.facts.language)
            }
        }
    }
}
