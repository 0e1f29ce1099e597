import Testing
@testable import RepertoireModel

/// The gazetteer's byte test for white space at a name's ends never rules out a character that is white space.
@Suite struct GazetteerWhiteSpaceTests {
    /// Every white space character, Chinese and Latin letters, marks joined to a letter or to a space.
    static let samples: [String] = {
        var s = ["俄罗斯联邦", "Viet Nam", "美国 ", " 美国", "国\u{301}", " \u{301}", "\u{3000}越南", "越南\u{3000}", "a", "", "é", "😀"]
        for v in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] {
            let c = String(Character(Unicode.Scalar(v)!))
            s += [c, c + "名", "名" + c]
        }
        return s
    }()

    @Test(arguments: samples)
    func neverRulesOutWhiteSpace(name: String) {
        if let first = name.first, first.isWhitespace { #expect(Gazetteer.mayBeWhiteSpace(first: name)) }
        if let last = name.last, last.isWhitespace { #expect(Gazetteer.mayBeWhiteSpace(last: name)) }
    }

    @Test func rulesOutChineseAndLatinLetters() {
        #expect(!Gazetteer.mayBeWhiteSpace(first: "俄罗斯联邦") && !Gazetteer.mayBeWhiteSpace(last: "俄罗斯联邦"))
        #expect(!Gazetteer.mayBeWhiteSpace(first: "Viet Nam") && !Gazetteer.mayBeWhiteSpace(last: "Viet Nam"))
        #expect(Gazetteer.mayBeWhiteSpace(last: "国\u{301}"), "a mark is not ruled out")
    }
}
