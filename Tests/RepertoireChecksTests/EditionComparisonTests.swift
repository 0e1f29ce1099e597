import Foundation
import Testing
@testable import RepertoireChecks
import RepertoireModel
import RepertoireParsing

/// The Chinese and English development documents held against each other: they agree (errors included), and each
/// change put into the English one is reported as exactly one mismatch, with both editions' lines.
@Suite struct EditionComparisonTests {
    static let chinese = edition("zh", ReconciliationTests.sample)
    static let englishText = EnglishSampleErrorTests.sample

    static func edition(_ language: String, _ text: String) -> Edition {
        Edition(file: "\(language).txt", facts: try! Extractor().extract(Array(text.utf8), file: "\(language).txt").facts)
    }

    @Test func theEditionsAgree() {
        #expect(EditionComparison(Self.chinese, Self.edition("en", Self.englishText)).mismatches().isEmpty)
    }

    /// (the English text's change, first place only after `after`: from → to; the one mismatch's subjects)
    @Test(arguments: [
        // The known error corrected in one edition only: the row S/PV.8748 now gives 2535 (2020).
        ("Russian Federation \n\nResolution \n\n", "2532 (2020)", "2535 (2020)", ["S/PV.8748", "S/RES/2532(2020)", "S/RES/2535(2020)"]),
        // A vote in a table row.
        ("Resolution \n\n2546 (2020) \n\n", "15-0-0", "14-0-1", ["S/PV.8763", "S/RES/2546(2020)"]),
        // A row's date.
        ("S/PV.8763 \n\n", "2 October 2020", "3 October 2020", ["S/PV.8763"]),
        // A state left out of a rule 37 list (note f): the row names the state by its code.
        ("\n f Andorra, Argentina, Armenia,", " Australia,", "", ["S/PV.8748"]),
        // A footnote citing another symbol.
        (" 909 See ", "S/PV.8699", "S/PV.8698", ["909"]),
        // An item's stated count.
        ("the Security Council held ", "three", "four", ["35", "meetings"]),
        // An initiative by another state.
        ("On 2 July, at the initiative of ", "Germany", "France", ["2020-07-02"]),
    ] as [(String, String, String, [String])])
    func oneChangeOneMismatch(after: String, from: String, to: String, subjects: [String]) throws {
        let anchor = try #require(Self.englishText.range(of: after), "the anchor must be there")
        let at = try #require(Self.englishText.range(of: from, range: anchor.upperBound..<Self.englishText.endIndex))
        var text = Self.englishText
        text.replaceSubrange(at, with: to)
        let found = EditionComparison(Self.chinese, Self.edition("en", text)).mismatches()
        #expect(found.map(\.subjects) == [subjects], "\(found.map(\.message))")
        #expect(found.allSatisfy { !$0.lines.first.isEmpty && !$0.lines.second.isEmpty })
    }

    /// A fact in one edition only names the lines of the edition that has it, and none of the other.
    @Test func aFootnoteInOneEditionOnly() throws {
        let text = Self.englishText.replacingOccurrences(of: " 960 See S/PV.8711. ", with: " 960 See S/PV.8711. \n 961 See S/PV.8712. ")
        let found = EditionComparison(Self.chinese, Self.edition("en", text)).mismatches()
        let extra = try #require(found.first { $0.subjects == ["961"] })
        #expect(extra.lines.first.isEmpty && !extra.lines.second.isEmpty)
    }
}
