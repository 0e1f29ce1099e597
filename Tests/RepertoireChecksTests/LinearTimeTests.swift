import Foundation
import Testing
@testable import RepertoireChecks
import RepertoireModel
import RepertoireParsing

/// Hostile lines, each a pattern that once made a scanner read again what it had read (a number of 19 digits also
/// crashed the footnote-marker scanner): the development document with a 1 MB and a 4 MB line of it put into its
/// first paragraph is extracted and checked in time that grows linearly, within a factor of 2 of 4 × the 1 MB time.
/// `scripts/adversarial.py` writes the same kinds as files for timing the release binary.
@Suite(.serialized) struct LinearTimeTests {
    static let kinds: [(name: String, unit: String)] = [
        ("symbol-run", "S/PV."),                    // every S started a symbol read to the run's end
        ("symbol-long", "A1.-/"),                   // after `S/`: one run of symbol bytes, longer than any symbol
        ("resolution-chain", "1(2020)"),            // numbers with years that no 号决议 closes, read again from each
        ("resolution-chain-words", "2532(2020)和"), // the same joined by the chain word
        ("digits", "1"),                            // one digit run: it overflowed the footnote marker's value
        ("digit-groups", "905 "),                   // numbers like footnote markers
        ("glued-markers-en", "a905"),               // English: a marker glued to a word read the word back to its start
    ]

    static func document(_ kind: (name: String, unit: String), bytes: Int) -> [UInt8] {
        // A kind ending in `-en` goes into the English edition.
        let sample = kind.name.hasSuffix("-en") ? EnglishSampleErrorTests.sample : SampleErrorTests.sample
        var lines = sample.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("35.") }! + 3
        let prefix = kind.name == "symbol-long" ? "S/" : ""
        lines[at] += prefix + String(repeating: kind.unit, count: bytes / kind.unit.utf8.count)
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// Seconds to extract and check `text`: the best of three runs (the machine may be busy).
    static func seconds(_ text: [UInt8]) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let result = try Extractor().extract(text, file: "hostile.txt")
            let findings = DocumentChecks(result, editorial: true).findings()
            _ = Diagnostics(path: "hostile.txt", layout: result.layout, colour: false).render(findings)
            let d = ContinuousClock.now - start
            best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test(arguments: kinds.map(\.name))
    func timeGrowsLinearly(kind name: String) throws {
        let kind = Self.kinds.first { $0.name == name }!
        let one = try Self.seconds(Self.document(kind, bytes: 1 << 20))
        let four = try Self.seconds(Self.document(kind, bytes: 4 << 20))
        // Within a factor of 2 of linear; a floor for times too short to measure.
        #expect(four <= 8 * max(one, 0.02), "\(name): 1 MB \(one) s, 4 MB \(four) s")
    }

    /// The facts of the document around the hostile line are still read: the item and its tables.
    @Test(arguments: kinds.map(\.name))
    func theDocumentIsStillRead(kind name: String) throws {
        let kind = Self.kinds.first { $0.name == name }!
        let facts = try Extractor().extract(Self.document(kind, bytes: 64 << 10), file: "hostile.txt").facts
        #expect(facts.agendaItems.map(\.number) == [35, 36])
        #expect(facts.meetings.count >= 3)
    }
}

/// Every finding quoted the whole of its line, and `check` built all its output in one string: a line of many
/// symbols gave output (and memory) that grew with the square of its length. A finding now quotes a window of its line.
@Suite struct BoundedDiagnosticsTests {
    @Test func aLongLineIsQuotedInAWindow() throws {
        var lines = SampleErrorTests.sample.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("35.") }! + 3
        // 2,000 symbols that no link list has: a note each, all on one line of 34 KB.
        lines[at] += (1...2000).map { " S/2020/\(70000 + $0)。" }.joined()
        let result = try Extractor().extract(Array(lines.joined(separator: "\n").utf8), file: "long.txt")
        let findings = DocumentChecks(result, editorial: true).findings()
        let onLine = findings.filter { $0.line == at + 1 }
        #expect(onLine.count >= 2000)
        let out = Diagnostics(path: "long.txt", layout: result.layout, colour: false).render(findings)
        #expect(out.utf8.count < findings.count * (Diagnostics.quoteWindow + 400))
        // The quote is centred on the finding's symbol, cut at characters and marked.
        let quoted = out.split(separator: "\n").filter { $0.hasPrefix("    \(at + 1) | ") }
        #expect(quoted.count == onLine.count)
        #expect(quoted.allSatisfy { $0.hasSuffix("…") })
        let first = try #require(onLine.first)
        #expect(quoted.contains { $0.contains(first.subjects[0]) })
    }
}

/// Link lines with a blank line after each (as another PDF-to-text tool writes them) are still one page's link list:
/// every symbol of the document was reported unlinked.
@Suite struct SpacedLinkListTests {
    @Test func blankLinesBetweenLinksChangeNoFinding() throws {
        let spaced = SampleErrorTests.sample.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { $0.hasPrefix("https://") ? [$0, ""] : [$0] }.joined(separator: "\n")
        let findings = try SampleErrorTests.findings(spaced)
        #expect(findings == SampleErrorTests.baseline)
    }
}
