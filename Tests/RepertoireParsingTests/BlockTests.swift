import Testing
@testable import RepertoireParsing
import RepertoireModel

@Suite struct BlockTests {
    /// (text, the document's next footnote numbers, the markers expected). Where none is expected,
    /// the number in the text IS the next footnote number, so only its context can reject it.
    @Test(arguments: [
        ("安理会举行两次会议是为了通过决定。905 安理会通过了四项决议", [905, 906], [905]),   // after a full stop
        ("多位发言者905 也呼吁任命", [905], [905]),                                       // glued to the word before
        ("安理会在担任该月份主席的 905 越南倡议下举行了一次会议，906 重点", [905, 906], [905, 906]),
        ("2020 年是五周年。", [2020], []),                      // a year
        ("超过 15.4 亿儿童和青年失学。", [15], []),             // a decimal
        ("执行第 2491(2019)号决议的报告", [2491], []),          // a resolution number
        ("安理会举行了 3 次会议。", [3], []),                   // a count
        ("请秘书长在 905 天内报告", [905], []),                 // a unit follows
        ("见 S/2020/905。", [905], []),                         // inside a symbol
    ])
    func footnoteMarkersAreToldFromNumbers(text: String, numbers: [Int], expected: [Int]) {
        var markers = FootnoteMarkers(numbers: numbers, profile: .chinese)
        var passage = Fixture.passage([text])
        markers.mark(&passage)
        #expect(passage.markers.map(\.number) == expected)
        for n in expected { #expect(!passage.text.contains(String(n))) }
    }

    /// A footnote's text without its number and the white space after it (spaces, a tab, an ideographic or a no-break
    /// space), its lines kept.
    @Test(arguments: [
        (" 905 见 S/PV.8699。", "见 S/PV.8699。", [3]),
        (" 905  \t\u{3000}\u{A0}见 S/PV.8699。", "见 S/PV.8699。", [3]),
        (" 905 见\nS/PV.8699。", "见S/PV.8699。", [3, 4]),             // Chinese, then Latin: no space
        (" 3 Inna\nModja。", "Inna Modja。", [3, 4]),
    ])
    func footnoteTextWithoutItsNumber(footnote: String, text: String, lines: [Int]) {
        let blocks = BlockReader(profile: .chinese).read(Fixture.layout("正文。\n__________________\n" + footnote))
        #expect(blocks.footnotes.first?.passage.text == text)
        #expect(blocks.footnotes.first?.passage.lines == lines)
    }

    /// Markers taken out of a passage of three lines: where each stood, and each line's start moved back by the
    /// marker bytes before it (a Chinese character is three bytes).
    @Test func markersTakenOutKeepTheLines() {
        var markers = FootnoteMarkers(numbers: [905, 906], profile: .chinese)
        var passage = Fixture.passage(["通过决定。905 安理会", "举行会议，906 重点", "结束。"])
        markers.mark(&passage)
        #expect(passage.text == "通过决定。 安理会举行会议， 重点结束。")
        #expect(passage.markers.map(\.offset) == [15, 40])
        #expect(passage.markers.map(\.number) == [905, 906])
        #expect(passage.lineStarts.map(\.offset) == [0, 25, 47])
        #expect(passage.lineStarts.map(\.line) == [1, 2, 3])
    }

    @Test(arguments: [
        (["在本文件所述期间，安理会在题为“维护国际和", "平与安全”的项目下"], "在本文件所述期间，安理会在题为“维护国际和平与安全”的项目下"),
        (["土地大使兼环境活动家 Inna", "Modja 女士的通报"], "土地大使兼环境活动家 Inna Modja 女士的通报"),   // Latin words join with a space
        (["(b) COVID-19", "的影响；"], "(b) COVID-19的影响；"),                                        // Latin then Chinese: no space
        (["第 2491(2019)号决", "议的报告"], "第 2491(2019)号决议的报告"),                               // a word broken across lines
    ])
    func reflowJoinsLines(lines: [String], expected: String) {
        #expect(Fixture.passage(lines).text == expected)
    }

    @Test func passageKeepsLineNumbers() {
        let p = Fixture.passage(["第一行文字", "", "第二行文字"])
        #expect(p.lines == [1, 3])
        #expect(p.line(at: p.bytes.count - 1) == 3)
    }

    /// The rest of a passage from a byte on: its text, and the input line each part came from (lines of 15 bytes:
    /// "第一行文字" is five characters).
    @Test(arguments: [
        (0, "第一行文字第二行文字第三行文字", [(0, 1), (15, 2), (30, 3)]),
        (6, "行文字第二行文字第三行文字", [(0, 1), (9, 2), (24, 3)]),         // inside the first line
        (15, "第二行文字第三行文字", [(0, 2), (15, 3)]),                      // at a line's start
        (33, "三行文字", [(0, 3)]),                                          // inside the last line
        (45, "", [(0, 3)]),                                                  // at the end
    ])
    func passageSuffix(start: Int, text: String, starts: [(Int, Int)]) {
        let p = Fixture.passage(["第一行文字", "第二行文字", "第三行文字"]).suffix(from: start)
        #expect(p.text == text)
        #expect(p.lineStarts.map(\.offset) == starts.map(\.0))
        #expect(p.lineStarts.map(\.line) == starts.map(\.1))
    }

    @Test(arguments: [
        ("35.  维护国际和平与安全 ", 35, "维护国际和平与安全"),
        ("36.  联合国与区域和次区域组织在维护国际和平与安全方面的合作", 36, "联合国与区域和次区域组织在维护国际和平与安全方面的合作"),
    ])
    func headings(line: String, number: Int, title: String) throws {
        let layout = Fixture.layout(line)
        let heading = try #require(BlockReader(profile: .chinese).heading(layout.body[0].line, in: layout.text))
        #expect(heading.number == number && heading.title == title)
    }

    /// A heading's lines → the item's title (and how many lines it took): a title goes on to the next line only
    /// when its line does not end in white space and the next is a short line that does, with no sentence end.
    @Test(arguments: [
        ("17.  某个很长的项目名称的前半部分和\n国际刑事法庭余留机制 \n 在本文件所述期间，安理会举行了会议。", "某个很长的项目名称的前半部分和国际刑事法庭余留机制", 2),
        ("17.  某个很长的项目名称的前半部分和\n     国际刑事法庭余留机制 \n", "某个很长的项目名称的前半部分和国际刑事法庭余留机制", 2),  // hanging indent
        ("35.  维护国际和平与安全 \n国际和平 \n", "维护国际和平与安全", 1),                            // the heading's line ended in white space
        ("35.  维护国际和平与安全\n 在本文件所述期间，安理会在题为“维护国际和\n平与安全”的项目下举行了会议。", "维护国际和平与安全", 1),  // a paragraph follows
        ("35.  维护国际和平与安全\n安理会举行了 3 次会议。 \n", "维护国际和平与安全", 1),             // a sentence, not a title
        ("35.  维护国际和平与安全\n表 1 \n", "维护国际和平与安全", 1),
        ("35.  维护国际和平与安全\n 在本文件所述期间，安理会就该项目举行了 2 次会议，905 \n", "维护国际和平与安全", 1),  // a paragraph's first line
        ("35.  维护国际和平与安全\n安理会就该项目举行了 2 次会议，905 \n", "维护国际和平与安全", 1),   // ends in a marker
    ])
    func headingTitleOverTwoLines(text: String, title: String, lines: Int) throws {
        let blocks = BlockReader(profile: .chinese).read(Fixture.layout(text))
        guard case .heading(let heading)? = blocks.blocks.first else { Issue.record("no heading"); return }
        #expect(heading.title == title)
        #expect(heading.lines.count == lines)
    }

    @Test(arguments: ["15.4 亿儿童", "2020 年 1 月 9 日", "3. 5 次"])
    func notHeadings(line: String) {
        let layout = Fixture.layout(line)
        #expect(BlockReader(profile: .chinese).heading(layout.body[0].line, in: layout.text) == nil)
    }

    @Test(arguments: [
        ("视频会议日期 视频会议记录 标题", true),                // the profile's header, as the development document writes it
        ("决定、表决(赞成-反对-弃权)", true),
        ("决定、表决（赞成－反对－弃权）", true),                 // full-width brackets and dashes
        ("视频会议日期 视频会议的记录 标题", true),               // worded a little differently: most of it is header text
        ("会议记录及日期 分项 其他文件", false),                  // under half of it: not taken for a header
        ("2020 年 5 月 7 日 S/2020/372 秘书长关于视频会议的信", false),  // a row that names a header word
        ("分项", true),                                       // a piece of the header, short but six bytes
        ("分", false),                                         // under six bytes: too short to tell
    ])
    func tableHeaderLines(line: String, expected: Bool) {
        #expect(BlockReader(profile: .chinese).isHeader(Array(line.utf8)[...]) == expected)
    }

    /// A table's header repeated after a page break, worded differently from the profile's: its lines are not
    /// taken into the row before the break.
    @Test func headerRepeatedInOtherWordsAfterAPageBreak() throws {
        let text = """
        表 2
        视频会议日期 视频会议记录 标题
        决定、表决(赞成-反对-弃权)
        和书面程序记录
        2020 年 5 月 7 日 S/2020/372 秘书长的信 第 2525(2020)号决议 
        https://undocs.org/ch/S/2020/372
         视频会议日期 视频会议的记录 标题
        决定、表决（赞成－反对－弃权）
        和书面程序记录
        2020 年 6 月 7 日 S/2020/500 秘书长的信 
        """
        let blocks = BlockReader(profile: .chinese).read(Fixture.layout(text))
        guard case .table(let table)? = blocks.blocks.first else { Issue.record("no table"); return }
        #expect(table.kind == .videoconferences)
        #expect(table.rowLines.filter { !$0.spacesOnly }.map(\.number) == [5, 10])
    }
}

@Suite struct ScannerTests {
    let scanner = SymbolScanner(profile: .chinese)

    @Test(arguments: [
        ("一致通过第 2535(2020)号决议。", ["S/RES/2535(2020)"]),
        ("第 2546(2020) 号决议", ["S/RES/2546(2020)"]),                                   // a space before 号 (table cell)
        ("第 2250(2015)和 2419(2018)号决议", ["S/RES/2250(2015)", "S/RES/2419(2018)"]),     // two numbers, one suffix
        ("第 2250(2015)号和第 2419(2018)号决议", ["S/RES/2250(2015)", "S/RES/2419(2018)"]),
        ("第 2240(2015)号决议第 7、8、9 和 10 段", ["S/RES/2240(2015)"]),
        ("计划(2021-2025 年)", []),
        ("安理会面前有 2019年 12月 31日的信(S/2020/1)所附概念说明。", ["S/2020/1"]),
        ("见 A/75/2，第二部分，第 35 章。", ["A/75/2"]),
        ("S/PV.8699 (Resumption 1)", ["S/PV.8699(Resumption1)"]),
        ("和 S/PV.8699 (Resumption 2) ", ["S/PV.8699(Resumption2)"]),
        ("see S/RES/2532 (2020) and S/PRST/2020/1.", ["S/RES/2532(2020)", "S/PRST/2020/1"]),
        ("https 的 COVID-19 和/或", []),
        ("回顾大会第 74/270 号决议", ["A/RES/74/270"]),                                        // a General Assembly resolution
        ("大会第 75/1 和 75/2 号决议", ["A/RES/75/1", "A/RES/75/2"]),
        ("第 74/270 号文件", []),                                                             // no 大会, no resolution
        ("A/RES/74/274 和 S/AC.29/2020/1", ["A/RES/74/274", "S/AC.29/2020/1"]),
        ("第 2532（2020）号决议", ["S/RES/2532(2020)"]),                                        // full-width brackets
        ("第 2532　(2020)号决议", ["S/RES/2532(2020)"]),                                      // an ideographic space before the year
        ("第 2532 号决议", []),                                                                // no year: not read as a resolution
        ("第 123456(2020)号决议", []),                                                         // six digits: no resolution number
    ])
    func symbolsInEverySurfaceForm(text: String, expected: [String]) {
        #expect(scanner.symbols(in: text).map(\.compact) == expected)
    }

    @Test func resolutionBrokenAcrossLines() {
        let p = Fixture.passage(["第", "2546(2020)", "号决议"])
        #expect(scanner.scan(p.bytes).map(\.symbol.compact) == ["S/RES/2546(2020)"])
    }

    @Test(arguments: [
        ("2020 年 1 月 9 日", "2020-01-09", true),
        ("2019年 12月 31日的信", "2019-12-31", true),
        ("7月 14日，安理会", "2020-07-14", false),      // no year: the document's
        ("2019 年 12 月31日", "2019-12-31", true),       // joined across a line break
    ])
    func dates(text: String, iso: String, hasYear: Bool) throws {
        let hit = try #require(DateScanner(profile: .chinese).scan(Array(text.utf8)).first)
        #expect(hit.date.resolved(defaultYear: 2020)?.iso == iso)
        #expect(hit.date.hasYear == hasYear)
    }

    @Test(arguments: ["2020 年 13 月 1 日", "15-0-0", "2020 年"])
    func notDates(text: String) {
        #expect(DateScanner(profile: .chinese).scan(Array(text.utf8)).isEmpty)
    }
}

@Suite struct NameListTests {
    let names = NameList(profile: .chinese)

    @Test(arguments: [
        ("阿拉伯联合酋长国、乌拉圭、乌兹别克斯坦、委内瑞拉玻利瓦尔共和国和也门", ["阿拉伯联合酋长国", "乌拉圭", "乌兹别克斯坦", "委内瑞拉玻利瓦尔共和国", "也门"]),
        ("东帝汶、特立尼达和多巴哥、土耳其", ["东帝汶", "特立尼达和多巴哥", "土耳其"]),
        ("突尼斯和圣文森特和格林纳丁斯", ["突尼斯", "圣文森特和格林纳丁斯"]),
        ("阿尔巴尼亚、波斯尼亚和黑塞哥维那", ["阿尔巴尼亚", "波斯尼亚和黑塞哥维那"]),
        ("斯洛文尼亚、西班牙和瑞典", ["斯洛文尼亚", "西班牙", "瑞典"]),
        ("联合王国和美国", ["联合王国", "美国"]),
        ("多米尼加共和国、g 尼日尔、俄罗斯联邦", ["多米尼加共和国", "尼日尔", "俄罗斯联邦"]),   // a note letter in the list
    ])
    func statesSplitOnTheFinalConjunctionOnlyBetweenNames(text: String, expected: [String]) {
        #expect(names.states(text) == expected)
    }

    @Test(arguments: [
        ("秘书长和长者会主席", ["秘书长", "长者会主席"]),
        ("主管欧洲、中亚和美洲事务助理秘书长、尼日尔国家战略和安全研究中心主任和纽埃可持续太平洋咨询公司主任",
         ["主管欧洲、中亚和美洲事务助理秘书长", "尼日尔国家战略和安全研究中心主任", "纽埃可持续太平洋咨询公司主任"]),
        ("主管政治与建设和平事务副秘书长、主管和平行动副秘书长和主管人道主义事务副秘书长兼紧急救济协调员",
         ["主管政治与建设和平事务副秘书长", "主管和平行动副秘书长", "主管人道主义事务副秘书长兼紧急救济协调员"]),
        ("主管非洲事务助理秘书长、主管法治和安全机构事务助理秘书长以及非洲联盟和平与安全事务专员",
         ["主管非洲事务助理秘书长", "主管法治和安全机构事务助理秘书长", "非洲联盟和平与安全事务专员"]),
        ("红十字国际委员会主席、《联合国关于在发生严重干旱和/或荒漠化的国家特别是在非洲防治荒漠化的公约》执行秘书和土地大使兼环境活动家 Inna Modja 女士",
         ["红十字国际委员会主席", "《联合国关于在发生严重干旱和/或荒漠化的国家特别是在非洲防治荒漠化的公约》执行秘书", "土地大使兼环境活动家 Inna Modja 女士"]),
        ("主管政治和建设和平事务副秘书长", ["主管政治和建设和平事务副秘书长"]),
        // A personal name with a middle dot ends a briefer as a title does.
        ("特派团团长詹姆斯·斯旺和非洲联盟委员会主席特别代表", ["特派团团长詹姆斯·斯旺", "非洲联盟委员会主席特别代表"]),
        ("秘书长特别代表詹姆斯·斯旺、非洲联盟代表和民间社会代表", ["秘书长特别代表詹姆斯·斯旺", "非洲联盟代表", "民间社会代表"]),
    ])
    func briefersSplitAfterTitles(text: String, expected: [String]) {
        #expect(names.briefers(text) == expected)
    }

    @Test func noteLettersAreTakenOutOfCells() {
        let (text, letters) = NoteLetters.split("安理会全体成员、b 92 个会员国、c、d 所有其他受邀请者")
        #expect(letters == ["b", "c", "d"])
        #expect(names.separated(text) == ["安理会全体成员", "92 个会员国", "所有其他受邀请者"])
        #expect(NoteLetters.split("Inna Modja 女士").letters.isEmpty)
    }
}
