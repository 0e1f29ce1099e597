import Testing
@testable import RepertoireParsing

@Suite struct LayoutTests {
    /// A page as the PDF's text has it: body, a footnote block after `____`, then the body of the
    /// next page resuming mid-sentence, a second footnote block and the page's link list.
    static let page = """
     1 月 9 日，根据当月轮值主席越南的倡议，908 安
    会议于 1 月 9
    __________________

     908 安理会面前有 2019年 12月 31日的信(S/2020/1)所附概念
    说明。

     909 见 S/PV.8699。

    日、10 日和 13 日举行了两次续会。
    __________________
     910 见 S/PV.8699。
    https://undocs.org/ch/S/2020/1
    https://undocs.org/ch/S/PV.8699
     的工具，包括区域组织。
      通报会后，安理会成员讨论。
    """

    @Test func separatesBodyFootnotesAndLinks() {
        let layout = Fixture.layout(Self.page)
        #expect(layout.footnotes.map(\.number) == [908, 909, 910])
        // A footnote's text goes on until a full stop: `说明。` belongs to 908.
        #expect(layout.footnotes[0].lines.map(\.number) == [5, 6])
        #expect(layout.links.map(\.symbol?.compact) == ["S/2020/1", "S/PV.8699"])
        #expect(layout.body.map(\.line.number) == [1, 2, 10, 15, 16])
        #expect(layout.pageCount == 3)
    }

    @Test func pageStartsAfterALinkListCarryOneExtraSpace() {
        let body = Fixture.layout(Self.page).body
        // ` 的工具` continues the paragraph; `  通报会后` opens a new one.
        #expect(body[3].afterLinks && body[3].paragraphIndent == 0)
        #expect(body[4].paragraphIndent > 0)
        // Two spaces right after a link list: the page's space and a paragraph's indent.
        let next = Fixture.layout("正文。\nhttps://undocs.org/ch/S/2020/1\n  通报会后，安理会成员讨论。").body
        #expect(next[1].afterLinks && next[1].paragraphIndent == 1)
        // After a footnote block (no links) the body resumes with its own indent.
        #expect(body[2].pageStart && !body[2].afterLinks && body[2].paragraphIndent == 0)
    }

    @Test(arguments: [
        (" 905 关于会议形式的更多信息。", nil as Int?, 905 as Int?),
        (" 2020 年 3 月 23 日呼吁", 905, nil),       // a date resuming the body, not footnote 2020
        (" 12 个月。", 951, nil),                    // a quantity
        (" 952 第 2546(2020)号决议。", 951, 952),
        (" 9999 见 S/PV.1。", 951, nil),             // too far from the last footnote
        (" 123456 见 S/PV.1。", nil, nil),           // six digits: no footnote number is that long
        (" 905", nil, nil),                          // a number alone on its line
        (" 905　关于会议。", nil, nil),               // an ideographic space right after the digits: not a footnote's
        (" 905 　关于会议。", nil, 905),              // a space, then an ideographic one: both skipped
        (" 3 次会议。", nil, nil),                    // a unit after the number
    ])
    func footnoteOpenings(line: String, last: Int?, expected: Int?) {
        let units = LanguageProfile.chinese.numberUnits.map { Array($0.utf8) }
        let content = Array(line.utf8).drop { $0 == 0x20 }
        #expect(PageLayout.footnoteNumber(content, after: last, units: units) == expected)
    }

    /// A line after a complete footnote: footnote text when the page's links or the next footnote follow within a few
    /// lines, else the next page's body. (footnote block → the numbers read, and the body lines)
    @Test(arguments: [
        // A footnote broken right after one of its sentences: the rest is still its text, 910 follows.
        (" 909 见 S/PV.8699。\n另见 S/2020/1。\n 910 见 S/PV.8700。\n正文继续。", [909, 910], [4]),
        // A footnote that lost its number: its text joins the one before, the next keeps its number.
        (" 909 见 S/PV.8699。\n关于新的分项目的更多信息。\n 911 见 S/PV.8700。\n正文继续。", [909, 911], [4]),
        // The page's link list follows: the line is the last footnote's.
        (" 909 见 S/PV.8699。\n另见 S/2020/1。\nhttps://undocs.org/ch/S/PV.8699\n正文继续。", [909], [4]),
        // The body resumes: no footnote and no link within the next lines.
        (" 909 见 S/PV.8699。\n日、10 日和 13 日举行了两次续会。\n会议期间还讨论了。\n许多发言者强调指出。", [909], [2, 3, 4]),
        // A footnote much further on is the next page's: the body resumes before it.
        (" 909 见 S/PV.8699。\n日、10 日和 13 日举行了两次续会。\n__________________\n 915 见 S/PV.8700。", [909, 915], [2]),
    ])
    func footnotesGoOnAfterAFullStop(block: String, numbers: [Int], body: [Int]) {
        let layout = Fixture.layout("正文。\n__________________\n" + block)
        #expect(layout.footnotes.map(\.number) == numbers)
        #expect(layout.body.map(\.line.number).filter { $0 > 2 } == body.map { $0 + 2 })
    }

    /// Where a document's footnotes open indented, a line at the margin opening with a number of the same width is
    /// the next page's body beginning with a footnote marker; a wider number may be set flush right. (block → numbers)
    @Test(arguments: [
        // The next page's body opens with marker 910: not footnote 910.
        (" 909 见 S/PV.8699。\n910 在会议上，安理会听取了通报。", [909]),
        // Footnote numbers set flush right: 1000 at the margin is still a footnote.
        (" 999 见 S/PV.8699。\n1000 见 S/PV.8700。", [999, 1000]),
        // A document whose footnotes open at the margin.
        ("909 见 S/PV.8699。\n910 见 S/PV.8700。", [909, 910]),
    ])
    func footnotesOpenAsTheDocumentIndentsThem(block: String, numbers: [Int]) {
        let layout = Fixture.layout("正文。\n__________________\n" + block)
        #expect(layout.footnotes.map(\.number) == numbers)
    }
}

