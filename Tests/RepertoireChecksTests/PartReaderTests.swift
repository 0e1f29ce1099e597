import Foundation
import Testing
import RepertoireChecks
import RepertoireModel
import RepertoireParsing

/// A long document read in parts gives the facts and findings it gives read whole.
@Suite struct PartReaderTests {
    /// The development document `repetitions` times, each copy's footnotes numbered on from the last (905–960, then
    /// 961–1016, …: a marker glued to a word or after a full stop moves too, a symbol's number does not), its items,
    /// resolutions, presidential statements, meeting records and documents renumbered, so that the whole reads as
    /// one long document (a record that came again would be one meeting listed twice).
    static func longDocument(_ language: String, repetitions: Int) -> String {
        let sample = try! String(contentsOf: ReconciliationTests.root.appendingPathComponent("Samples/\(language)-2020-part1-items35-36.txt"), encoding: .utf8)
        return (0..<repetitions).map { k in
            let copy = sample.replacingOccurrences(of: "\n35.  ", with: "\n\(100 + 2 * k).  ")
                .replacingOccurrences(of: "\n36.  ", with: "\n\(101 + 2 * k).  ")
            // A footnote marker: 905–960 standing alone or glued after a word or a full stop, not in a symbol
            // (`PV.905`, `/2020/930`), a number or a date (`930 年`).
            return [(#"(?<![\d/(])(?<![A-Z]\.)(90[5-9]|9[1-5]\d|960)(?![\d/)(年月日])"#, 56 * k, ""), (#"(25\d\d)(?= ?\(2020\))"#, 100 * k, ""), (#"S/PRST/2020/\d+"#, 10 * k, "S/PRST/2020/"),
                    (#"S/PV\.\d+"#, 100 * k, "S/PV."), (#"S/2020/\d+"#, 2_000 * k, "S/2020/")].reduce(copy) { text, rule in
                replace(rule.0, in: text, by: rule.1, keeping: rule.2)
            }
        }.joined()
    }

    /// Each match's number moved by `shift` (the number is the match after `prefix`).
    static func replace(_ pattern: String, in text: String, by shift: Int, keeping prefix: String = "") -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        var out = text
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let range = Range(m.range, in: text)!
            let number = Int(text[range].dropFirst(prefix.count))!
            out.replaceSubrange(Range(m.range, in: out)!, with: prefix + String(number + shift))
        }
        return out
    }

    static func key(_ f: Finding) -> String { "\(f.kind) \(f.line ?? 0) \(f.subjects.joined(separator: " ")) \(f.message)" }

    @Test(arguments: ["zh", "en"])
    func partsReadAsTheWhole(language: String) throws {
        let text = Array(Self.longDocument(language, repetitions: 24).utf8)
        let extractor = Extractor()
        var whole = try extractor.extract(text, file: "long.txt")
        let wholeFindings = DocumentChecks(whole).findings()
        whole.facts.findings = []
        var expected = JSONWriter()
        whole.facts.write(to: &expected)

        var stream = FactsStream(), checks = PartFindings(), parts = 0, warnings: [Int] = []
        let reader = PartReader(extractor: extractor, partBytes: 100_000)
        let summary = try reader.read(text, file: "long.txt") { part in
            parts += 1
            warnings += part.result.warnings.map(\.line)
            stream.add(part.result.facts)
            checks.add(part)
        }
        let findings = checks.finish(footnotes: stream.footnoteNumbers)
        let got = stream.finish(file: "long.txt", language: summary.language, symbols: summary.symbols, urlSymbols: summary.urlSymbols,
                                findings: [], terminatedBy: 0x0A)
        #expect(parts >= 10)
        #expect(String(decoding: got.dropLast(), as: UTF8.self) == expected.string)
        #expect(warnings == whole.warnings.map(\.line))
        #expect(findings.map(Self.key).sorted() == wholeFindings.map(Self.key).sorted())
    }

    /// A line that opens like a heading inside a footnote is no boundary: the part grows to the next heading.
    @Test(arguments: [6, 20])
    func aFootnoteThatLooksLikeAHeadingIsNoBoundary(repetitions: Int) throws {
        // `12. 关于…` in the footnotes of every copy's first page: a heading by its shape, a footnote by its place.
        let text = Self.longDocument("zh", repetitions: repetitions)
            .replacingOccurrences(of: "见 A/75/2，第二部分，第 35 章。", with: "见 A/75/2，第二部分，第 35 章。\n\n12.  关于讨论的更多详情")
        #expect(text.components(separatedBy: "\n12.  关于").count == repetitions + 1)
        let whole = try Extractor().extract(Array(text.utf8), file: "long.txt")
        var items: [Int] = []
        _ = try PartReader(extractor: Extractor(), partBytes: 1_000).read(Array(text.utf8), file: "long.txt") { part in
            items += part.result.facts.agendaItems.map(\.number)
        }
        #expect(items == whole.facts.agendaItems.map(\.number))
        #expect(!items.contains(12))
    }

    /// A long stretch with no item heading is refused with the line it starts at, not read whole: memory stays bounded.
    @Test func noHeadingInTheLongestPartIsARefusal() throws {
        let text = Array(Self.longDocument("zh", repetitions: 24).replacing(#/\n\d+\.  /#, with: "\n").utf8)
        #expect(throws: InputError.noHeadingWithin(mebibytes: 1, line: 1)) {
            _ = try PartReader(extractor: Extractor(), partBytes: 10_000, maxPartBytes: 100_000).read(text, file: "long.txt") { _ in }
        }
        var parts = 0
        _ = try PartReader(extractor: Extractor(), partBytes: 10_000).read(text, file: "long.txt") { _ in parts += 1 }
        #expect(parts == 1)
    }

    /// Input that is not Repertoire text is refused read in parts as read whole.
    @Test func notRepertoireTextIsRefused() {
        let text = Array(String(repeating: "这不是汇编的文本。\n", count: 20_000).utf8)
        #expect(throws: InputError.self) {
            _ = try PartReader(extractor: Extractor(), partBytes: 10_000).read(text, file: "x.txt") { _ in }
        }
    }

    /// The `repertoire` binary beside the tests.
    static func binary() throws -> URL {
        var binary = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: binary.appendingPathComponent("repertoire").path) {
            binary = binary.deletingLastPathComponent()
        }
        binary = binary.appendingPathComponent("repertoire")
        try #require(FileManager.default.fileExists(atPath: binary.path))
        return binary
    }

    /// What `repertoire ARGUMENTS` writes, and its exit status.
    static func run(_ arguments: [String]) throws -> (out: Data, status: Int32) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out; process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (data, process.terminationStatus)
    }

    /// The command line reads a file over twice `PartReader.partBytes` in parts: its JSON is the whole document's.
    @Test func theCommandLineReadsALongFileInParts() throws {
        let text = Array(Self.longDocument("zh", repetitions: 175).utf8)
        try #require(text.count > 2 * PartReader.partBytes)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-long-\(UUID()).txt")
        try Data(text).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let (data, status) = try Self.run(["extract", url.path])
        #expect(status == 0)

        var whole = try Extractor().extract(text, file: url.lastPathComponent)
        whole.facts.findings = DocumentChecks(whole).findings()
        let got = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var writer = JSONWriter()
        whole.facts.write(to: &writer)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        func json(_ value: Any?) throws -> Data { try JSONSerialization.data(withJSONObject: value ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed]) }
        for key in expected.keys where key != "findings" {
            #expect(try json(got[key]) == json(expected[key]), "\(key)")
        }
        func findings(_ o: [String: Any]) -> [String] {
            ((o["findings"] as? [[String: Any]]) ?? []).map { "\($0["kind"]!) \($0["message"]!) \($0["locations"]!)" }.sorted()
        }
        #expect(findings(got) == findings(expected))
        #expect(!findings(got).isEmpty)
    }

    /// `check` reads such a file in parts too: its findings and their quoted lines are the whole document's.
    @Test func checkReadsALongFileInParts() throws {
        let text = Array(Self.longDocument("zh", repetitions: 175).utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-long-\(UUID()).txt")
        try Data(text).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = try Extractor().extract(text, file: url.lastPathComponent)
        let findings = DocumentChecks(whole, editorial: true).findings()
        #expect(!findings.isEmpty)

        let json = try Self.run(["check", "--format", "json", url.path])
        let got = try #require(try JSONSerialization.jsonObject(with: json.out) as? [[String: Any]])
        let wanted = try #require(try JSONSerialization.jsonObject(with: Data(findings.jsonString.utf8)) as? [[String: Any]])
        func canonical(_ list: [[String: Any]]) throws -> [String] {
            try list.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }.sorted()
        }
        #expect(try canonical(got) == canonical(wanted))

        // The diagnostics, each with its quoted line, as the whole document gives them.
        let diagnostics = try Self.run(["check", url.path])
        let lines = String(decoding: diagnostics.out, as: UTF8.self).split(separator: "\n").dropLast().map(String.init)
        let expected = Diagnostics(path: url.path, layout: whole.layout, colour: false).render(findings).split(separator: "\n").map(String.init)
        #expect(lines.sorted() == expected.sorted())
        #expect(diagnostics.status == (findings.contains { $0.severity == .error } ? 1 : 0))
    }

    /// `compare` reads two long editions in parts: its mismatches are those of the whole documents.
    @Test func compareReadsLongEditionsInParts() throws {
        let texts = ["zh", "en"].map { Array(Self.longDocument($0, repetitions: 175).utf8) }
        let urls = ["zh", "en"].map { FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-long-\($0)-\(UUID()).txt") }
        for (text, url) in zip(texts, urls) {
            try #require(text.count > 2 * PartReader.partBytes)
            try Data(text).write(to: url)
        }
        defer { for url in urls { try? FileManager.default.removeItem(at: url) } }
        let editions = try zip(texts, urls).map { text, url in
            Edition(file: url.path, facts: try Extractor().extract(text, file: url.lastPathComponent, citations: false).facts)
        }
        let expected = EditionComparison(editions[0], editions[1]).mismatches()
        let (out, status) = try Self.run(["compare", "--format", "json", urls[0].path, urls[1].path])
        let got = try #require(try JSONSerialization.jsonObject(with: out) as? [String: Any])
        let mismatches = try #require(got["mismatches"] as? [[String: Any]])
        #expect(mismatches.compactMap { $0["message"] as? String }.sorted() == expected.map(\.message).sorted())
        #expect(status == (expected.isEmpty ? 0 : 1))
    }
}
