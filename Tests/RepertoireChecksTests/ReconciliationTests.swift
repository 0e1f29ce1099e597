import Foundation
import Testing
@testable import RepertoireChecks
import RepertoireModel
import RepertoireOfficial
import RepertoireParsing

/// The development document against the UN's own 2020 data.
@Suite struct ReconciliationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = String(decoding: FileManager.default.contents(atPath: root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt").path)!, as: UTF8.self)
    static let official = try! OfficialData.load([root.deletingLastPathComponent().appendingPathComponent("shared/corpus/unxml").path])

    func findings(_ text: String) throws -> [Finding] {
        let result = try Extractor().extract(Array(text.utf8), file: "sample.txt")
        return Reconciliation(facts: result.facts, official: Self.official).findings()
    }

    @Test func reportsTheTableErrorWithTheOfficialEvidenceAndNothingWhereTheyAgree() throws {
        let found = try findings(Self.sample)
        let keys = Set(found.map { "\($0.kind) \($0.subjects.joined(separator: " "))" })
        #expect(keys == ["decision-conflict S/PV.8748 S/RES/2532(2020)",
                         "official-record-mismatch S/RES/2553(2020) outcome_letter"])
        let conflict = try #require(found.first { $0.kind == "decision-conflict" })
        #expect(conflict.message.contains("S/RES/2532(2020) adopted by written procedure on 2020-07-01 (S/2020/632), 15-0-0"))
        #expect(conflict.message.contains("S/RES/2535(2020) adopted at S/PV.8748 on 2020-07-14, 15-0-0"))
        #expect(conflict.severity == .error && conflict.locations.lines.contains(1254))
    }

    @Test(arguments: [
        // The table's vote for 2546 against the UN's 15-0-0.
        ("15-0-0 \n\n(根据第七章通过)", "14-0-1 \n\n(根据第七章通过)", "vote-conflict S/RES/2546(2020)"),
        // Chapter VII dropped from the table.
        ("15-0-0 \n\n(根据第七章通过) ", "15-0-0 ", "official-record-mismatch S/RES/2546(2020) chapter_vii"),
        // A sponsor missing from note h.
        ("h 奥地利、比利时、", "h 奥地利、", "official-record-mismatch S/2020/957 sponsors"),
        // The narrative's date for 2546.
        ("10月 2日，安理会一致通过第 2546(2020)号决议", "10月 3日，安理会一致通过第 2546(2020)号决议", "official-record-mismatch S/RES/2546(2020) date"),
    ])
    func disagreementsQuoteBothSides(from: String, to: String, expected: String) throws {
        let text = Self.sample.replacingOccurrences(of: from, with: to)
        try #require(text != Self.sample)
        let keys = try findings(text).map { "\($0.kind) \($0.subjects.joined(separator: " "))" }
        #expect(keys.contains(expected), "\(keys)")
        #expect(keys.count == 3, "\(keys)")   // the two of the unchanged document, and this one
    }
}
