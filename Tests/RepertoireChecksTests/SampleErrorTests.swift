import Foundation
import Testing
@testable import RepertoireChecks
import RepertoireModel
import RepertoireParsing

/// The development document with one error put in, as an editor might find it in another year's text: the
/// findings gained are exactly the error's, and none of the document's own findings is lost.
@Suite struct SampleErrorTests {
    static let sample = ReconciliationTests.sample

    static func findings(_ text: String) throws -> Set<String> {
        let result = try Extractor().extract(Array(text.utf8), file: "sample.txt")
        return Set(DocumentChecks(result).findings().map { "\($0.kind) \($0.subjects.joined(separator: " "))" })
    }

    static let baseline = try! findings(sample)

    /// (what changes, first place only: from → to; the findings gained, each "kind subject subject")
    @Test(arguments: [
        // Table 1's vote for a resolution the narrative adopts unanimously.
        ("号决议 \n\n15-0-0 \n\n(根据第七章通过)", "号决议 \n\n13-0-2 \n\n(根据第七章通过)", ["vote-conflict S/RES/2546(2020)"]),
        // A rule 37 count against its note's list.
        (" 94 个会员国 a", " 95 个会员国 a", ["count-mismatch S/PV.8699 a"]),
        // The overview's count of meetings against Table 1.
        ("举行了 3 次会议。其中", "举行了 4 次会议。其中", ["count-mismatch 35 meetings"]),
        // The narrative dates a resolution a day after the videoconference that Table 2 lists it at.
        (" 12月 3日，安理会一致通过第 2553(2020)号决议", " 12月 4日，安理会一致通过第 2553(2020)号决议", ["decision-conflict S/2020/1176 S/RES/2553(2020)"]),
        // A page that lost one link: the symbol is linked on a later page, but not on its own.
        ("https://undocs.org/ch/S/2020/1\n", "", ["symbol-without-link S/2020/1"]),
        // A link its page does not cite.
        ("https://undocs.org/ch/S/2020/1\n", "https://undocs.org/ch/S/2020/1\nhttps://undocs.org/ch/S/2020/999\n", ["link-without-symbol S/2020/999"]),
        // A footnote date without its year.
        (" 909 见 S/PV.8699。", " 909 见 S/PV.8699，3 月 5 日。", ["incomplete-date 909"]),
        // Table 1 names the sub-item otherwise than the overview.
        ("维护《联合国\n\n宪章》", "维护《联合国\n\n宪章》原则", ["name-variant 维护《联合国宪章》 维护《联合国宪章》原则"]),
        // A footnote broken right after one of its sentences: still one footnote, and no finding.
        (" 951 第 2546(2020)号决议，第 2 段。关于利比亚局势的更多", " 951 第 2546(2020)号决议，第 2 段。\n\n关于利比亚局势的更多", []),
    ] as [(String, String, [String])])
    func oneErrorItsFindings(from: String, to: String, gained: [String]) throws {
        try Self.expectOnly(gained, from: from, to: to, in: Self.sample, baseline: Self.baseline)
    }

    /// `sample` with `from` (its first place) changed to `to` gains exactly `gained` over `baseline`, and loses none.
    static func expectOnly(_ gained: [String], from: String, to: String, in sample: String, baseline: Set<String>) throws {
        let at = try #require(sample.range(of: from), "the change must apply")
        var text = sample
        text.replaceSubrange(at, with: to)
        let found = try findings(text)
        #expect(found.subtracting(baseline) == Set(gained))
        #expect(baseline.subtracting(found).isEmpty, "lost: \(baseline.subtracting(found))")
    }

    @Test func twoFootnotesInEachOthersPlace() throws {
        var lines = Self.sample.components(separatedBy: "\n")
        let a = try #require(lines.firstIndex { $0.hasPrefix(" 913 ") }), b = try #require(lines.firstIndex { $0.hasPrefix(" 914 ") })
        lines[a] = " 914 " + lines[a].dropFirst(5); lines[b] = " 913 " + lines[b].dropFirst(5)
        let found = try Self.findings(lines.joined(separator: "\n"))
        #expect(found.subtracting(Self.baseline) == ["footnote-sequence 913", "footnote-sequence 914"])
    }

    /// The page after a footnote block opens with a footnote marker (`910 在`): the same footnotes, events and findings.
    @Test func aPageOpeningWithAFootnoteMarker() throws {
        let text = Self.sample
            .replacingOccurrences(of: "高级别公开辩论。909 会议于 1 月 9\n", with: "高级别公开辩论。909 会议于 1 月 9日、10 日和 13 日举行了两次续会，为期三天。\n")
            .replacingOccurrences(of: "\n日、10 日和 13 日举行了两次续会，为期三天。910 在\n", with: "\n910 在\n")
        try #require(text != Self.sample && text.count == Self.sample.count)   // moved, not lost
        let facts = try Extractor().extract(Array(text.utf8), file: "sample.txt").facts
        let original = try Extractor().extract(Array(Self.sample.utf8), file: "sample.txt").facts
        #expect(facts.footnotes.map(\.number) == original.footnotes.map(\.number))
        #expect(facts.events.map(\.record) == original.events.map(\.record) && facts.events.map(\.conceptNote) == original.events.map(\.conceptNote))
        #expect(try Self.findings(text) == Self.baseline)
    }

    @Test func aFootnoteBrokenAfterASentenceKeepsTheNextOne() throws {
        let text = Self.sample.replacingOccurrences(of: " 951 第 2546(2020)号决议，第 2 段。关于利比亚局势的更多",
                                                    with: " 951 第 2546(2020)号决议，第 2 段。\n\n关于利比亚局势的更多")
        let facts = try Extractor().extract(Array(text.utf8), file: "sample.txt").facts
        let original = try Extractor().extract(Array(Self.sample.utf8), file: "sample.txt").facts
        #expect(facts.footnotes.map(\.number) == original.footnotes.map(\.number))
        #expect(facts.footnotes.map(\.text) == original.footnotes.map(\.text))
    }
}

/// The same errors put into the English edition: the checks find them in English as they do in Chinese.
@Suite struct EnglishSampleErrorTests {
    static let sample = String(decoding: FileManager.default.contents(atPath: ReconciliationTests.root.appendingPathComponent("Samples/en-2020-part1-items35-36.txt").path)!, as: UTF8.self)
    static let baseline = try! SampleErrorTests.findings(sample)

    @Test func baselineIsTheGoldsFindings() {
        #expect(Self.baseline.contains("decision-conflict S/PV.8748 S/RES/2532(2020)"))
        #expect(Self.baseline.contains("member-invited-under-rule-37 S/PV.8699 Niger"))
        #expect(Self.baseline.contains("incomplete-date 922"))
    }

    /// (what changes, first place only: from → to; the findings gained)
    @Test(arguments: [
        ("2546 (2020) \n\n15-0-0", "2546 (2020) \n\n13-0-2", ["vote-conflict S/RES/2546(2020)"]),
        (" 94 Member States a", " 95 Member States a", ["count-mismatch S/PV.8699 a"]),
        ("Security Council held three\n", "Security Council held four\n", ["count-mismatch 35 meetings"]),
        (" On 3 December, the Council unanimously adopted resolution", " On 4 December, the Council unanimously adopted resolution",
         ["decision-conflict S/2020/1176 S/RES/2553(2020)"]),
        ("https://undocs.org/en/S/2020/1\n", "", ["symbol-without-link S/2020/1"]),
        ("https://undocs.org/en/S/2020/1\n", "https://undocs.org/en/S/2020/1\nhttps://undocs.org/en/S/2020/999\n", ["link-without-symbol S/2020/999"]),
        (" 909 See S/PV.8699.", " 909 See S/PV.8699, 5 March.", ["incomplete-date 909"]),
    ] as [(String, String, [String])])
    func oneErrorItsFindings(from: String, to: String, gained: [String]) throws {
        try SampleErrorTests.expectOnly(gained, from: from, to: to, in: Self.sample, baseline: Self.baseline)
    }
}

/// Each edition's findings scored against its gold by the project's scorer: F1 0.90 or more.
@Suite struct FindingsScoreTests {
    @Test(arguments: ["zh", "en"])
    func findingsScore(language: String) throws {
        let shared = ReconciliationTests.root.deletingLastPathComponent().appendingPathComponent("shared")
        let scorer = shared.appendingPathComponent("eval/score.py"), gold = shared.appendingPathComponent("eval/gold/\(language)-2020-part1-items35-36.json")
        try #require(FileManager.default.fileExists(atPath: scorer.path), "../shared/eval/score.py is needed")
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: ReconciliationTests.root.appendingPathComponent("Samples/\(language)-2020-part1-items35-36.txt").path)))
        let result = try Extractor().extract(bytes, file: "\(language)-2020-part1-items35-36.txt")
        var facts = result.facts
        facts.findings = DocumentChecks(result).findings()
        let predicted = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-findings-\(UUID()).json")
        try Data(facts.jsonString.utf8).write(to: predicted)
        defer { try? FileManager.default.removeItem(at: predicted) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, gold.path, predicted.path, "--only", "findings", "--min-f1", "0.90"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}

/// A damaged paragraph is no list of briefers: the fuzzers' input (a Chinese text with control bytes, its paragraph
/// ending in `.`) gives no briefer longer than a title, and its checks run.
@Suite struct BrieferListTests {
    @Test func aDamagedParagraphIsNoBriefer() throws {
        let path = ReconciliationTests.root.appendingPathComponent("Fuzz/Regressions/FuzzChecks/damaged-paragraph-read-as-one-briefer.txt").path
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let result = try Extractor().extract(bytes, file: "damaged.txt")
        #expect(result.facts.language == "zh")
        #expect(result.facts.events.allSatisfy { $0.briefers.allSatisfy { $0.count <= DocumentChecks.longestName } })
        #expect(!DocumentChecks(result).findings().isEmpty)
    }
}

/// Only the profile's presidency words make an initiative state the month's president: in English, `at the
/// initiative of Germany, which held the presidency for the month` does, `at the initiative of Germany` does not.
@Suite struct PresidencyWordsTests {
    @Test(arguments: [("zh", ReconciliationTests.sample), ("en", EnglishSampleErrorTests.sample)])
    func presidentsAsTheTextSaysThem(language: String, text: String) throws {
        let result = try Extractor().extract(Array(text.utf8), file: "\(language).txt")
        let checks = DocumentChecks(result)
        let presidents = result.facts.events.filter(checks.heldPresidency).compactMap { e in e.date.map { "\($0.iso) \(Gazetteer.shared.resolve(e.initiative ?? "")?.code ?? "-")" } }
        // 24 July (Germany) and 17 September (the Niger) name the initiative only.
        #expect(presidents == ["2020-01-09 VNM", "2020-04-27 DOM", "2020-07-02 DEU", "2020-09-09 NER", "2020-10-20 RUS", "2020-12-03 ZAF", "2020-01-30 VNM"])
    }
}
