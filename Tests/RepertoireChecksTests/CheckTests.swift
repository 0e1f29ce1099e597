import Foundation
import Testing
@testable import RepertoireChecks
import RepertoireModel
import RepertoireParsing

/// A small, consistent Repertoire item: it raises no finding. Each test case changes it in one place and
/// expects the finding an editor would want, and only that one.
enum Base {
    static let text = """
    12.  某个项目 

     在本文件所述期间，安理会在题为“某个项目”的项目下举行了 2 次会议。901 安理会通过了两项决议，并发表了一项主席声明。此外，安理会成员就该项目举行了 1 次视频会议。
     专题分项目是：(a) 环境与和平与安全；(b) 乙主题。
     3 月 5 日，根据当月轮值主席法国的倡议，902 安理会在题为“环境与和平与安全”的分项目下举行了一次会议，903 会上听取了秘书长和非洲联盟委员会主席的通报。非洲联盟委员会主席表示关切。安理会一致通过第 2600(2021)号决议。
     4 月 6 日，在中国的倡议下，安理会成员举行了一次视频会议，904 其间听取了主管政治和建设和平事务副秘书长的通报。
     2021 年，安理会就题为“某个项目”的项目通过了 2 项决议。
     4 月 6 日，安理会以 13 票赞成、0 票反对、2 票弃权通过第 2601(2021)号决议。在 3 月 9 日发表的主席声明中，905 安理会重申。
    __________________
     901 关于会议形式的更多信息见第二部分。
     902 安理会面前有 2021 年 2 月 25 日的信(S/2021/200)所附概念说明。
     903 见 S/PV.9001。
     904 见 S/2021/300。
     905 S/PRST/2021/3。
    https://undocs.org/ch/S/2021/200
    https://undocs.org/ch/S/PV.9001
    https://undocs.org/ch/S/2021/300
    https://undocs.org/ch/S/PRST/2021/3
    https://undocs.org/ch/S/RES/2600(2021)
    https://undocs.org/ch/S/RES/2601(2021)
    表 1 
    会议：某个项目 
    会议记录和日期 分项 其他文件 
           
    S/PV.9001 
    2021 年 3 月 5 日 
    环境与和平与安全 
     3 个会员国 a  
    提出的决议草案
    (S/2021/210) 
    2 个会员国 b 秘书长、非洲联
    盟委员会主席 
    所有受邀请者 
    第 2600(2021) 
    号决议 
    15-0-0 
    S/PV.9002 
    2021 年 3 月 9 日 
    乙主题 
    4 个会员国 c   S/PRST/2021/3 
     a 德国、法国和特立尼达和多巴哥。
     b 阿尔巴尼亚和波斯尼亚和黑塞哥维那。
     c 越南、也门、委内瑞拉玻利瓦尔共和国和圣文森特和格林纳丁斯。
    https://undocs.org/ch/S/PV.9001
    https://undocs.org/ch/S/2021/210
    https://undocs.org/ch/S/RES/2600(2021)
    https://undocs.org/ch/S/PV.9002
    https://undocs.org/ch/S/PRST/2021/3
    表 2 
    视频会议：某个项目 
    视频会议日期 视频会议记录 标题 
    决定、表决(赞成-反对-弃权)
    和书面程序记录 
        
    2021 年 4 月 6 日 S/2021/300 2021 年 4 月 8 日安全理事会主席给秘书长和安全理事会成员常驻
    代表的信 
    第 2601(2021)号决议 
    13-0-2 
    S/2021/310 
    https://undocs.org/ch/S/2021/300
    https://undocs.org/ch/S/RES/2601(2021)
    https://undocs.org/ch/S/2021/310
    """

    static func findings(_ text: String) throws -> [Finding] {
        let result = try Extractor().extract(Array(text.utf8), file: "test.txt")
        return DocumentChecks(result).findings()
    }
}

@Suite struct CheckTests {
    @Test func theBaseDocumentRaisesNothing() throws {
        let findings = try Base.findings(Base.text)
        #expect(findings.isEmpty, "\(findings.map { "\($0.kind) \($0.subjects): \($0.message)" })")
    }

    /// (what changes: from → to, the finding kind, its subjects)
    @Test(arguments: [
        // The table row lists a resolution the narrative adopts at another occasion.
        // (Table 1 then lists one resolution of the two stated: the count follows, as an editor would note; and the
        // page's link still points to 2600, so the text and its link disagree both ways.)
        ("第 2600(2021) \n号决议", "第 2601(2021) \n号决议", "decision-conflict count-mismatch symbol-without-link link-without-symbol",
         ["S/PV.9001", "S/RES/2601(2021)"]),
        // The table dates the meeting that adopted a resolution on another day than the narrative does.
        ("S/PV.9001 \n2021 年 3 月 5 日", "S/PV.9001 \n2021 年 3 月 6 日", "decision-conflict", ["S/PV.9001", "S/RES/2600(2021)"]),
        // The overview states more meetings than Table 1 has rows.
        ("举行了 2 次会议", "举行了 3 次会议", "count-mismatch", ["12", "meetings"]),
        // A note's count against the names in the note.
        ("2 个会员国 b", "3 个会员国 b", "count-mismatch", ["S/PV.9001", "b"]),
        // "Unanimously" against a table's 15-0-0 → 14-0-1.
        ("15-0-0", "14-0-1", "vote-conflict", ["S/RES/2600(2021)"]),
        // The month's president (a Council member) among the rule 37 invitees.
        ("b 阿尔巴尼亚和波斯尼亚", "b 法国和波斯尼亚", "member-invited-under-rule-37", ["S/PV.9001", "法国"]),
        // A footnote number skipped.
        (" 905 S/PRST/2021/3。", " 906 S/PRST/2021/3。", "footnote-sequence", ["905"]),
        // Two footnotes in each other's place: both out of order, nothing missing.
        (" 903 见 S/PV.9001。\n 904 见 S/2021/300。", " 904 见 S/PV.9001。\n 903 见 S/2021/300。", "footnote-sequence footnote-sequence", ["904"]),
        // A footnote carrying its predecessor's number: reported once, by the number it carries.
        (" 903 见 S/PV.9001。", " 902 见 S/PV.9001。", "footnote-sequence", ["902"]),
        // A symbol without its link, and a link without its symbol.
        ("https://undocs.org/ch/S/2021/210\n", "", "symbol-without-link", ["S/2021/210"]),
        // A symbol cited on two pages whose first page lost its link: the second page's link does not stand for it.
        ("https://undocs.org/ch/S/2021/300\nhttps://undocs.org/ch/S/PRST/2021/3\n", "https://undocs.org/ch/S/PRST/2021/3\n",
         "symbol-without-link", ["S/2021/300"]),
        // A link on the wrong page: it stands for no symbol of its own page, and the page it belongs to lacks it.
        ("https://undocs.org/ch/S/PV.9002\n", "", "symbol-without-link", ["S/PV.9002"]),
        ("https://undocs.org/ch/S/2021/300\nhttps://undocs.org/ch/S/RES/2601(2021)", "https://undocs.org/ch/S/2021/300\nhttps://undocs.org/ch/S/PV.9002\nhttps://undocs.org/ch/S/RES/2601(2021)",
         "link-without-symbol", ["S/PV.9002"]),
        ("https://undocs.org/ch/S/2021/310", "https://undocs.org/ch/S/2021/310\nhttps://undocs.org/ch/S/2021/999", "link-without-symbol", ["S/2021/999"]),
        // A footnote's date without its year.
        ("2021 年 2 月 25 日的信", "2 月 25 日的信", "incomplete-date", ["902"]),
        // A stray fragment of an earlier item's table before the first heading.
        ("12.  某个项目 \n", "S/PV.8999 \n2021 年 1 月 4 日 \nhttps://undocs.org/ch/S/PV.8999\n12.  某个项目 \n", "orphan-fragment", ["S/PV.8999"]),
        // The narrative names a sub-item otherwise than the overview.
        ("题为“环境与和平与安全”的分项目", "题为“环境及和平与安全”的分项目", "name-variant", ["环境与和平与安全", "环境及和平与安全"]),
        // A briefer named two ways.
        ("非洲联盟委员会主席表示关切", "非洲联盟委员会副主席表示关切", "name-variant", ["非洲联盟委员会主席", "非洲联盟委员会副主席"]),
    ])
    func oneChangeOneFinding(from: String, to: String, kind: String, subjects: [String]) throws {
        let text = Base.text.replacingOccurrences(of: from, with: to)
        try #require(text != Base.text, "the change must apply")
        let findings = try Base.findings(text)
        #expect(findings.map(\.kind) == kind.split(separator: " ").map(String.init), "\(findings.map { "\($0.kind) \($0.subjects): \($0.message)" })")
        #expect(Set(findings.first?.subjects ?? []) == Set(subjects))
        #expect(findings.first?.locations.lines.isEmpty == false)
    }

    @Test func truncatedDocument() throws {
        let cut = Base.text.components(separatedBy: "\n表 1 ")[0] + "\n 5 月 1 日，安理会举行了"
        let findings = try Base.findings(cut)
        #expect(findings.map(\.kind).contains("truncated-document"))
        #expect(findings.first { $0.kind == "truncated-document" }?.subjects == ["12"])
        // Its counts are not checked, and the links of the page cut off are part of the truncation.
        #expect(!findings.contains { $0.kind == "count-mismatch" })
        // A document that ends with its last table is not cut off.
        #expect(try !Base.findings(Base.text).contains { $0.kind == "truncated-document" })
    }

    /// Cut inside Table 1, inside its notes, before Table 2 and inside a link list: the item is truncated,
    /// and neither its counts nor the links lost with the cut are reported.
    @Test(arguments: ["乙主题 \n", "b 阿尔巴尼亚和波斯尼亚和黑塞哥维那。", "https://undocs.org/ch/S/2021/210", "https://undocs.org/ch/S/PV.9001"])
    func cutInsideTablesAndLinks(cutAfter: String) throws {
        let hit = try #require(Base.text.range(of: cutAfter, options: .backwards))
        let text = String(Base.text[..<hit.upperBound])
        let findings = try Base.findings(text)
        #expect(findings.map(\.kind) == ["truncated-document"], "\(findings.map { "\($0.kind) \($0.subjects)" })")
    }

    @Test func diagnosticsQuoteTheLine() throws {
        let text = Base.text.replacingOccurrences(of: "15-0-0", with: "14-0-1")
        let result = try Extractor().extract(Array(text.utf8), file: "t.txt")
        let out = Diagnostics(path: "t.txt", layout: result.layout, colour: false).render(DocumentChecks(result).findings())
        #expect(out.contains(": error: S/RES/2600(2021) is adopted unanimously in the narrative, but S/PV.9001 gives 14-0-1 [vote-conflict]"))
        #expect(out.contains("t.txt:36: error:") && out.contains("36 | 14-0-1"))
        #expect(Diagnostics.summary(DocumentChecks(result).findings()) == "1 error, 0 warnings, 0 notes")
    }
}

@Suite struct CouncilKnowledgeCheckTests {
    func findings(_ text: String, presidencies: [Int: [String]] = [:], editorial: Bool = false) throws -> [Finding] {
        let result = try Extractor().extract(Array(text.utf8), file: "test.txt")
        return DocumentChecks(result, presidencies: presidencies, editorial: editorial).findings()
    }

    /// 2021's presidents; the base text has France presiding in March, as the rotation says.
    static let rotation2021 = ["TUN", "GBR", "FRA", "VNM", "CHN", "EST", "FRA", "IND", "IRL", "KEN", "MEX", "NER"]

    @Test func presidencyAgainstTheRotation() throws {
        #expect(try findings(Base.text, presidencies: [2021: Self.rotation2021]).isEmpty)
        var wrong = Self.rotation2021
        wrong[2] = "USA"
        let found = try findings(Base.text, presidencies: [2021: wrong])
        #expect(found.map(\.kind) == ["presidency-conflict"])
        #expect(found.first?.subjects == ["法国", "2021-03-05"])
    }

    @Test func talliesThatCannotBe() throws {
        // The narrative gives no vote of its own here, so the table's is the only one.
        let silent = Base.text.replacingOccurrences(of: "安理会以 13 票赞成、0 票反对、2 票弃权通过第 2601(2021)号决议", with: "安理会通过第 2601(2021)号决议")
        try #require(silent != Base.text)
        let tooMany = try findings(silent.replacingOccurrences(of: "13-0-2", with: "13-2-2"))
        #expect(tooMany.map(\.kind) == ["vote-tally"] && tooMany.first?.subjects == ["S/RES/2601(2021)"])
        let tooFew = try findings(silent.replacingOccurrences(of: "13-0-2", with: "8-0-7"))
        #expect(tooFew.map(\.kind) == ["vote-tally"] && tooFew.first?.message.contains("too few affirmative votes") == true)
        #expect(try !findings(Base.text).contains { $0.kind == "vote-tally" })
        // Against a narrative's `一致通过`, too few votes are one vote conflict, not a second finding as well.
        let againstUnanimous = try findings(Base.text.replacingOccurrences(of: "15-0-0", with: "8-0-7"))
        #expect(againstUnanimous.map(\.kind) == ["vote-conflict"])
    }

    @Test func namesThatResolveToNothing() throws {
        let text = Base.text.replacingOccurrences(of: "b 阿尔巴尼亚和波斯尼亚和黑塞哥维那", with: "b 阿尔巴尼亚和亚特兰蒂斯")
        let found = try findings(text, editorial: true)
        #expect(found.map(\.kind) == ["unresolved-name"] && found.first?.subjects == ["亚特兰蒂斯"])
        #expect(try findings(text, editorial: false).isEmpty)     // not in extract's output
        #expect(try findings(Base.text, editorial: true).isEmpty)
    }
}
