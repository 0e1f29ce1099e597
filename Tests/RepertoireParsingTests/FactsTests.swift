import Testing
@testable import RepertoireParsing
import RepertoireModel

/// Snippets of a Repertoire item → the facts read from them.
@Suite struct FactsTests {
    static let item = """
    12.  某个项目 

     在本文件所述期间，安理会在题为“某个项目”的项目下举行了 2 次会议。901 安理会通过了两项决议，并发表了一项主席声明。此外，安理会成员就该项目举行了 1 次视频会议。
     专题分项目是：(a) 甲主题；(b) COVID-19
    的影响。针对具体区域的分项目是：(a) 乙区域的局势。
     3 月 5 日，根据当月轮值主席法国的倡议，902 安理会举行了一次会议，903 会上听取了秘书长和非洲联盟委员会主席的通报。安理会一致通过第 2600(2021)号决议。
     4 月 6 日，在中国的倡议下，安理会成员举行了一次视频会议，904 其间听取了主管政治和建设和平事务副秘书长关于局势的通报。
     2021 年，安理会就题为“某个项目”的项目通过了 2 项决议。
     4 月 6 日，安理会以 13 票赞成、0 票反对、2 票弃权通过第 2601(2021)号决议。在 3 月 5 日发表的主席声明中，905 安理会重申。
    __________________
     901 关于会议形式的更多信息见第二部分。
     902 安理会面前有 2021 年 2 月 25 日的信(S/2021/200)所附概念说明。
     903 见 S/PV.9001。
     904 见 S/2021/300。
     905 S/PRST/2021/3。
    https://undocs.org/ch/S/2021/200
    表 1 
    会议：某个项目 
    会议记录和日期 分项 其他文件 
    根据规则第 
    37 条发出 
    的邀请 
    根据规则第 39 条 
    发出的邀请及 
    其他邀请 发言者 
    决定和表决 
    (赞成-反对-弃权) 
           
    S/PV.9001 
    2021 年 3 月 5 日 
    甲主题 
     3 个会员国 a  
    提出的决议草案
    (S/2021/210) 
    2 个会员国 b 秘书长、非洲联
    盟委员会主席 
    所有受邀请者 
    第 2600(2021) 
    号决议 
    15-0-0 
    (根据第七章通过) 
    S/PV.9002 
    2021 年 3 月 9 日 
    乙区域的局势 
    4 个会员国 c   S/PRST/2021/3 
     a 德国、法国和特立尼达和多巴哥。
     b 阿尔巴尼亚和波斯尼亚和黑塞哥维那。
     c 越南、也门、委内瑞拉玻利瓦尔共和国和圣文森特和格林纳丁斯。
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
    """

    var facts: Facts { try! Fixture.facts(Self.item) }

    @Test func agendaItemWithStatedCountsAndSubItems() throws {
        let item = try #require(facts.agendaItems.first)
        #expect(item.number == 12 && item.title == "某个项目")
        #expect(item.statedCounts == StatedCounts(meetings: 2, videoconferences: 1, resolutions: 2, presidentialStatements: 1))
        #expect(item.subItems.map(\.title) == ["甲主题", "COVID-19的影响", "乙区域的局势"])
        #expect(item.subItems.map(\.kind) == [.thematic, .thematic, .regional])
    }

    @Test func meetingRowsWithDraftsNotesAndDecisions() throws {
        let meetings = facts.meetings
        try #require(meetings.count == 2)
        let first = meetings[0]
        #expect(first.record.compact == "S/PV.9001" && first.date?.iso == "2021-03-05")
        #expect(first.subItem == "甲主题")
        #expect(first.otherDocuments.map(\.compact) == ["S/2021/210"])
        #expect(first.drafts == [Draft(symbol: DocumentSymbol("S/2021/210")!, sponsorsCount: 3, sponsorsNote: "a",
                                       sponsors: ["德国", "法国", "特立尼达和多巴哥"])])
        #expect(first.rule37Count == 2 && first.rule37Note == "b")
        #expect(first.rule37States == ["阿尔巴尼亚", "波斯尼亚和黑塞哥维那"])
        #expect(first.rule39AndOther == ["秘书长", "非洲联盟委员会主席"])
        #expect(first.speakers == ["所有受邀请者"])
        #expect(first.decisions.map(\.symbol.compact) == ["S/RES/2600(2021)"])
        #expect(first.decisions.first?.vote == Vote(for: 15, against: 0, abstaining: 0) && first.decisions.first?.chapterVII == true)
        #expect(first.locations.lines.first == 29)
        // Three spaces after the note letter: the rule 39 and speakers cells are empty.
        let second = meetings[1]
        #expect(second.rule37States == ["越南", "也门", "委内瑞拉玻利瓦尔共和国", "圣文森特和格林纳丁斯"])
        #expect(second.rule39AndOther.isEmpty && second.speakers.isEmpty)
        #expect(second.decisions.map(\.symbol.compact) == ["S/PRST/2021/3"])
    }

    @Test func videoconferenceRowWithWrittenProcedure() throws {
        let vc = try #require(facts.videoconferences.first)
        #expect(vc.agendaItem == 12 && vc.date?.iso == "2021-04-06" && vc.record?.compact == "S/2021/300")
        #expect(vc.title == "2021 年 4 月 8 日安全理事会主席给秘书长和安全理事会成员常驻代表的信")
        #expect(vc.decisions.first?.vote == Vote(for: 13, against: 0, abstaining: 2))
        #expect(vc.writtenProcedureRecord?.compact == "S/2021/310")
    }

    @Test func eventsWithInitiativeRecordConceptNoteAndBriefers() throws {
        let events = facts.events
        try #require(events.count == 2)    // the closing summary's paragraphs hold none
        #expect(events[0].kind == .meeting && events[0].date?.iso == "2021-03-05")
        #expect(events[0].initiative == "法国")
        #expect(events[0].record?.compact == "S/PV.9001" && events[0].conceptNote?.compact == "S/2021/200")
        #expect(events[0].briefers == ["秘书长", "非洲联盟委员会主席"])
        #expect(events[1].kind == .videoconference && events[1].initiative == "中国")
        #expect(events[1].record?.compact == "S/2021/300" && events[1].conceptNote == nil)
        #expect(events[1].briefers == ["主管政治和建设和平事务副秘书长"])
    }

    @Test func decisionsAsTheNarrativeReportsThem() throws {
        let bySymbol = Dictionary(uniqueKeysWithValues: facts.decisions.map { ($0.symbol.compact, $0) })
        let adopted = try #require(bySymbol["S/RES/2600(2021)"])
        #expect(adopted.unanimous == true && adopted.venue == .meeting && adopted.record?.compact == "S/PV.9001")
        #expect(adopted.vote == Vote(for: 15, against: 0, abstaining: 0) && adopted.chapterVII)
        let written = try #require(bySymbol["S/RES/2601(2021)"])
        #expect(written.unanimous == nil && written.venue == .videoconference && written.record?.compact == "S/2021/300")
        let statement = try #require(bySymbol["S/PRST/2021/3"])
        #expect(statement.kind == .presidentialStatement && statement.date?.iso == "2021-03-05" && statement.record?.compact == "S/PV.9001")
    }

    @Test func footnotesTableNotesAndSymbols() {
        let f = facts
        #expect(f.footnotes.map(\.number) == [901, 902, 903, 904, 905])
        #expect(f.footnotes[2].text == "见 S/PV.9001。" && f.footnotes[2].symbols.map(\.compact) == ["S/PV.9001"])
        #expect(f.tableNotes.map { "\($0.table)\($0.letter)" } == ["1a", "1b", "1c"])
        #expect(f.urlSymbols.map(\.compact) == ["S/2021/200"])
        #expect(Set(f.symbols.map(\.compact)).isSuperset(of: ["S/PV.9002", "S/RES/2601(2021)", "S/2021/310", "S/PRST/2021/3"]))
    }
}

@Suite struct FactsQuirkTests {
    /// A vote the narrative states, with no table to give one.
    @Test func voteStatedInTheNarrative() throws {
        let facts = try Fixture.facts("""
        5.  某个项目 
         2023 年 6 月 2 日，安理会以 12 票赞成、1 票反对、2 票弃权通过第 2700(2023)号决议。
        """)
        let d = try #require(facts.decisions.first)
        #expect(d.vote == Vote(for: 12, against: 1, abstaining: 2))
        #expect(d.unanimous == nil && d.date?.iso == "2023-06-02")
    }

    /// A vote as the account writes it → the vote read.
    @Test(arguments: [
        ("以 12 票赞成、1 票反对、2 票弃权", Vote(for: 12, against: 1, abstaining: 2)),
        ("以十三票赞成、零票反对、两票弃权", Vote(for: 13, against: 0, abstaining: 2)),          // numerals, 零 for none
    ])
    func voteWordings(words: String, vote: Vote) throws {
        let facts = try Fixture.facts("5.  某个项目 \n 2023 年 6 月 2 日，安理会" + words + "通过第 2700(2023)号决议。")
        #expect(facts.decisions.first?.vote == vote)
    }

    /// Sub-items introduced with 是 or 为 → their titles and kinds.
    @Test(arguments: ["是", "为"])
    func subItemsIntroduced(verb: String) throws {
        let facts = try Fixture.facts("5.  某个项目 \n 在本文件所述期间，专题分项目\(verb)：(a) 甲主题；(b) 乙主题。针对具体区域的分项目\(verb)：(a) 丙局势。")
        let subs = try #require(facts.agendaItems.first).subItems
        #expect(subs.map { "\($0.title) \($0.kind.rawValue)" } == ["甲主题 thematic", "乙主题 thematic", "丙局势 regional"])
    }

    /// An event's theme in each way the first sentence can give it (sentence → theme).
    @Test(arguments: [
        ("在题为“环境与和平与安全”的分项下举行了一次会议。", "环境与和平与安全"),
        ("安理会就“维护《联合国宪章》”的主题举行了会议。", "维护《联合国宪章》"),
        ("安理会成员举行了一次关于“气候与安全”主题的视频会议。", "气候与安全"),       // 关于“…”主题
        ("安理会成员举行了一次视频会议，会上听取了秘书长关于 COVID-19 疫情影响的通报。", "COVID-19 疫情影响"),  // 关于…的通报
        ("安理会举行会议，一致通过第 2700(2023)号决议。", nil as String?),                 // none given
        ("安理会成员举行了关于局势的视频会议。会上听取了秘书长的通报。", nil),            // 关于 closed only by a later sentence
    ])
    func eventTheme(sentence: String, theme: String?) throws {
        let facts = try Fixture.facts("5.  某个项目 \n 6 月 2 日，" + sentence + "另一句关于“别的”主题的话。")
        let event = try #require(facts.events.first)
        #expect(event.subItemOrTheme == theme)
    }

    /// A sentence of the account → the decisions it reports (symbol, and whether it says unanimously).
    @Test(arguments: [
        ("安理会一致通过第 2700(2023)号决议。", ["S/RES/2700(2023) true"]),
        ("安理会通过第 2700(2023)号决议。", ["S/RES/2700(2023) nil"]),
        ("安理会一致通过第 2700(2023)号和第 2701(2023)号决议。", ["S/RES/2700(2023) true", "S/RES/2701(2023) true"]),  // a chain
        ("安理会通过第 2700(2023)号决议和第 2701(2023)号决议。", ["S/RES/2700(2023) nil", "S/RES/2701(2023) nil"]),
        ("安理会一致通过第 2700(2023)号决议，回顾第 2600(2021)号决议。", ["S/RES/2700(2023) true"]),  // recalled, not adopted
        ("安理会主席代表安理会发表了一项声明 (S/PRST/2023/3)。", ["S/PRST/2023/3 nil"]),
        ("安理会发表了一项声明，其中提及 S/2023/5。", []),                                            // not a presidential statement
    ])
    func decisionSentence(sentence: String, decisions: [String]) throws {
        let facts = try Fixture.facts("5.  某个项目 \n 2023 年 6 月 2 日，安理会举行会议，" + sentence)
        #expect(facts.decisions.map { "\($0.symbol.compact) \($0.unanimous.map(String.init) ?? "nil")" } == decisions)
    }

    /// A paragraph's opening → the event it reports (date and kind), or none.
    @Test(arguments: [
        ("3 月 12 日，安理会举行会议，会上听取了秘书长的通报。", "2023-03-12 meeting" as String?),
        ("在 3 月 12 日举行的会议上，安理会听取了秘书长的通报。", "2023-03-12 meeting"),       // 在 before the date
        ("在 2023 年 4 月 2 日举行的视频会议上，安理会成员听取了通报。", "2023-04-02 videoconference"),
        ("在本文件所述期间，安理会举行了 3 次会议。", nil),                                  // no date after 在
        ("3 月 12 日，秘书长发表了声明。", nil),                                              // nothing held
    ])
    func eventOpening(paragraph: String, event: String?) throws {
        // The opening paragraph gives the year and holds no event: its date does not follow 在.
        let facts = try Fixture.facts("5.  某个项目 \n 在本文件所述期间，安理会于 2023 年 1 月 5 日举行了会议。\n\n " + paragraph)
        let found = facts.events.last.map { "\($0.date?.iso ?? "-") \($0.kind.rawValue)" }
        #expect(found == event)
    }

    /// A meeting row's cells after the record → rule 37 states, rule 39 and other invitees, speakers, draft sponsors.
    @Test(arguments: [
        // The rule 37 cell's state and the rule 39 cell begun on one line, one space apart; a draft's sponsor named.
        ("报告(S/2023/121) \n联合王国提出的决议\n草案(S/2023/130) \n索马里 秘书长特别代表\n兼特派团团长 \n安理会全体成\n员、所有受邀\n请者 \n第 2700(2023) \n号决议 \n",
         ["索马里"], ["秘书长特别代表兼特派团团长"], ["安理会全体成员", "所有受邀请者"], ["联合王国"]),
        // Two states, then two spaces: the rule 39 cell between is empty, the speakers follow.
        ("报告(S/2023/121) \n伊拉克、科威特  伊拉克、科威\n特 \n第 2700(2023) \n号决议 \n",
         ["伊拉克", "科威特"], [], ["伊拉克", "科威特"], []),
        // Three cells begun on one line: rule 37 state, rule 39 invitee, speakers.
        ("报告(S/2023/121) \n  伊拉克 秘书长特别代表 安理会全体成\n员、伊拉克 \n第 2700(2023) \n号决议 \n",
         ["伊拉克"], ["秘书长特别代表"], ["安理会全体成员", "伊拉克"], []),
        // A document's title closed as a cell of its own before its symbol: still the other documents.
        ("维护国际和平与安全 \n秘书长的报告 \n(S/2023/121) \n伊拉克 \n秘书长特别代表 \n安理会全体成员 \n", ["伊拉克"], ["秘书长特别代表"], ["安理会全体成员"], []),
        // A cell with no symbol after the other documents: invitees, not a document.
        ("报告(S/2023/121) \n秘书长特别代表 \n安理会全体成员 \nS/PRST/2023/2 \n", [], ["秘书长特别代表"], ["安理会全体成员"], []),
    ] as [(String, [String], [String], [String], [String])])
    func meetingRowCells(cells: String, rule37: [String], rule39: [String], speakers: [String], sponsors: [String]) throws {
        let meeting = try Self.meeting(cells)
        #expect(meeting.rule37States == rule37)
        #expect(meeting.rule39AndOther == rule39)
        #expect(meeting.speakers == speakers)
        #expect(meeting.drafts.first?.sponsors ?? [] == sponsors)
    }

    /// A videoconference row's decisions cell → its decisions (symbol and vote) and written-procedure record.
    @Test(arguments: [
        // A resolution, its vote, then the written-procedure letter.
        ("第 2700(2023)号决议 \n15-0-0 \nS/2023/410 ", ["S/RES/2700(2023):15-0-0"], "S/2023/410" as String?),
        // A draft put to the vote and not adopted: its vote is its own, not the written-procedure record.
        ("S/2023/400 \n13-2-0 \nS/2023/410 ", ["S/2023/400:13-2-0"], "S/2023/410"),
        // A draft voted after a resolution: the resolution keeps its vote.
        ("第 2700(2023)号决议 \n12-0-3 \nS/2023/400 \n4-7-4 \nS/2023/410 ", ["S/RES/2700(2023):12-0-3", "S/2023/400:4-7-4"], "S/2023/410"),
        // A draft with no vote after it is the written-procedure record.
        ("S/PRST/2023/5 \nS/2023/410 ", ["S/PRST/2023/5:-"], "S/2023/410"),
    ])
    func videoconferenceDecisionsCell(cell: String, decisions: [String], written: String?) throws {
        let facts = try Fixture.facts("5.  某个项目 \n" + Fixture.videoconferenceTable(decisions: cell))
        let vc = try #require(facts.videoconferences.first)
        #expect(vc.decisions.map { "\($0.symbol.compact):\($0.vote?.text ?? "-")" } == decisions)
        #expect(vc.writtenProcedureRecord?.compact == written)
    }

    /// A Table 1 row's record cell → the record, its date and its resumptions.
    @Test(arguments: [
        ("S/PV.9100 \n2023 年 6 月 2 日 \n", "S/PV.9100 2023-06-02"),
        ("S/PV.9100 \n(非公开) \n2023 年 6 月 2 日 \n", "S/PV.9100 2023-06-02"),          // a note in brackets before the date
        ("S/PV.9100 \n2023 年 6 月 2 日 \nS/PV.9100 \n(Resumption 1) \n2023 年 6 月 3 日 \n", "S/PV.9100 2023-06-02 S/PV.9100(Resumption1) 2023-06-03"),
    ])
    func recordCell(lines: String, expected: String) throws {
        let facts = try Fixture.facts("5.  某个项目 \n表 1 \n会议：某个项目 \n会议记录和日期 分项 其他文件 \n" + lines + "伊拉克 \n伊拉克 \nS/PRST/2023/2 \n")
        let meeting = try #require(facts.meetings.first)
        let found = ([meeting.record.compact, meeting.date?.iso ?? "-"] + meeting.continuations.flatMap { [$0.record.compact, $0.date?.iso ?? "-"] })
        #expect(found.joined(separator: " ") == expected)
        #expect(meeting.subItem == nil && meeting.rule37States == ["伊拉克"])
    }

    /// The one meeting of a Table 1 whose row is S/PV.9100 of 2 June 2023 followed by `cells`.
    static func meeting(_ cells: String) throws -> Meeting {
        let facts = try Fixture.facts("""
        5.  某个项目 
        表 1 
        会议：某个项目 
        会议记录和日期 分项 其他文件 
        S/PV.9100 
        2023 年 6 月 2 日 
        """ + "\n" + cells)
        return try #require(facts.meetings.first)
    }

    /// Rule 37 states named in the cell (no count, no note); the speakers follow after one space.
    @Test func rule37StatesNamedInTheCell() throws {
        let meeting = try Self.meeting("伊拉克、科威特 \n伊拉克、科威特 \nS/PRST/2023/2 \n")
        #expect(meeting.rule37States == ["伊拉克", "科威特"])
        #expect(meeting.rule37Count == nil && meeting.subItem == nil)
        #expect(meeting.speakers == ["伊拉克", "科威特"] && meeting.rule39AndOther.isEmpty)
        #expect(meeting.decisions.map(\.symbol.compact) == ["S/PRST/2023/2"])
    }
}

/// A Table 1 row's cells after the record → the columns they are read into: the spacing (a line of spaces is an
/// empty cell) places a list where its words alone cannot, as `render --format text` writes it.
@Suite struct TableCellQuirkTests {
    /// `rule37 | rule39 | speakers | decisions` of the row, lists joined with `、`.
    static func columns(_ m: Meeting) -> String {
        [m.rule37Count.map { "\($0)\(m.rule37Note ?? "")" } ?? m.rule37States.joined(separator: "、"), m.rule39AndOther.joined(separator: "、"),
         m.speakers.joined(separator: "、"),
         m.decisions.map { "\($0.symbol.compact)\($0.chapterVII ? " VII" : "")" }.joined(separator: "、")].joined(separator: " | ")
    }

    @Test(arguments: [
        // A list after a line of spaces following the documents: no State invited under rule 37; it is the speakers.
        ("决议草案\n(S/2023/100) \n   \n   \n丹麦 \n", " |  | 丹麦 | "),
        // The same list with no empty cell before it: States named under rule 37.
        ("决议草案\n(S/2023/100) \n丹麦 \n", "丹麦 |  |  | "),
        // A list alone before the decisions, an empty speakers' cell between: the rule 39 invitations.
        ("   \n秘书长特别代表 \n   \n第 2700(2023) \n号决议 \n15-0-0 \n", " | 秘书长特别代表 |  | S/RES/2700(2023)"),
        // The same list right before the decisions: one list and no spacing to place it, the speakers.
        ("伊拉克 \n安理会全体成员 \n第 2700(2023) \n号决议 \n15-0-0 \n", "伊拉克 |  | 安理会全体成员 | S/RES/2700(2023)"),
        // Two resolutions in the cell, each adopted under Chapter VII: both marked (only the first was).
        ("伊拉克 \n伊拉克 \n第 2700(2023) \n号决议 \n15-0-0 \n(根据第七章通过) \n第 2701(2023) \n号决议 \n14-0-1 \n(根据第七章通过) \n",
         "伊拉克 |  | 伊拉克 | S/RES/2700(2023) VII、S/RES/2701(2023) VII"),
    ])
    func chinese(cells: String, expected: String) throws {
        #expect(Self.columns(try FactsQuirkTests.meeting(cells)) == expected)
    }

    /// English, where every line ends in white space and a cell closes after two spaces.
    @Test(arguments: [
        // A named list holds spaces (`Pakistan, Papua New Guinea`): not two cells at its first space.
        (" Pakistan, Albania, Papua New Guinea  \n   \nDenmark  \n", "Pakistan、Albania、Papua New Guinea |  | Denmark | "),
        // `Special Representative of the Secretary-General`: one invitee, not a title and then the speakers.
        ("   \nSpecial Representative of the Secretary-General  \nDenmark  \n", " | Special Representative of the Secretary-General | Denmark | "),
        // `Resolution 2085 (2012)` with its vote after the documents and empty cells: the decisions.
        ("Draft resolution \n(S/2012/1235)  \n   \n   \n   \nResolution \n2085 (2012) \n14-0-1 \n(adopted under Chapter VII)  \n",
         " |  |  | S/RES/2085(2012) VII"),
    ])
    func english(cells: String, expected: String) throws {
        let facts = try Extractor().extract(Array(("""
        5.  Some item 
        Table 1 
        Meetings: Some item 
        Meeting record and date Sub-item Other documents Rule 37 invitations Rule 39 and other invitations Speakers Decision and vote (for-against-abstaining) 
        S/PV.9100  
        2 June 2023 
        """ + "\n" + cells).utf8), file: "snippet.txt").facts
        #expect(Self.columns(try #require(facts.meetings.first)) == expected)
    }
}

/// How a document ends → the warning the reader gives (`file:line: warning:`), or none.
@Suite struct EndWarningTests {
    static let table = Fixture.videoconferenceTable(decisions: "第 2700(2023)号决议 \n15-0-0 \nS/2023/310 \n")

    @Test(arguments: [
        (" 安理会举行了会议。\n 安理会成员听取了秘", "stops mid-sentence" as String?),   // cut mid-sentence
        (" 安理会举行了会议。\n", nil),                                               // a full stop
        (" 安理会举行了会议。\n" + table, nil),                                       // a table's last row has none
        (" 安理会举行了会议。\n6.  下一个项目 \n", "after the heading of item 6"),        // nothing after a heading
    ])
    func endWarning(text: String, expected: String?) throws {
        let result = try Extractor().extract(Array(("5.  某个项目 \n" + text).utf8), file: "snippet.txt")
        let ends = result.warnings.map(\.message).filter { $0.contains("cut off") }
        #expect(ends.count == (expected == nil ? 0 : 1))
        if let expected { #expect(ends.first?.contains(expected) == true) }
    }
}

/// The symbols the text cites, with their lines: footnotes first, then paragraphs and tables in order.
@Suite struct CitationTests {
    static let text = """
    12.  某个项目 

     3 月 5 日，安理会举行了一次会议，901 审议了秘书长的报告(S/2021/100)。
    __________________
     901 见 S/PV.9001。
    https://undocs.org/ch/S/PV.9001
    表 1 
    会议：某个项目 
           
    S/PV.9001 
    2021 年 3 月 5 日 
    """

    @Test func eachCitationKeepsItsLine() throws {
        let result = try Extractor().extract(Array(Self.text.utf8), file: "snippet.txt")
        #expect(result.citations.map { "\($0.symbol) \($0.line)" } == [
            "S/PV.9001 5",   // the footnote, first
            "S/2021/100 3",  // then the paragraph
            "S/PV.9001 10",  // then the table's row
        ])
    }

    /// Every footnote's symbols are among the citations, on the footnote's own lines (the development document).
    @Test func footnoteSymbolsAreCitedOnTheirLines() throws {
        let result = try Extractor().extract(Fixture.sampleBytes, file: "sample.txt")
        for note in result.facts.footnotes {
            for symbol in note.symbols {
                #expect(result.citations.contains { $0.symbol == symbol && note.locations.lines.contains($0.line) }, "\(note.number) \(symbol)")
            }
        }
        // The document's symbols are those cited, linked or in a heading (none here).
        let linked = Set(result.layout.links.compactMap(\.symbol))
        #expect(Set(result.citations.map(\.symbol)).union(linked) == Set(result.facts.symbols))
    }
}

/// A table note's text as a list, on its bytes: the same as trimming the string's white space (Unicode's, as
/// `Character.isWhitespace` has it) and then its final full stops.
@Suite struct NoteListTextTests {
    static func reference(_ text: String) -> String {
        var t = Substring(text)
        while let f = t.first, f.isWhitespace { t.removeFirst() }
        while let l = t.last, l.isWhitespace { t.removeLast() }
        while let last = t.last, "。.;；".contains(last) { t.removeLast() }
        return String(t)
    }

    @Test(arguments: [
        "阿富汗、阿尔巴尼亚和赞比亚。", "  阿富汗、赞比亚。 ", "\u{3000}阿富汗；\u{3000}", "阿富汗、赞比亚;.", "阿富汗 。",
        "\u{A0}阿富汗\u{2003}", "\u{2028}阿富汗、赞比亚。\u{205F}", "。", "", " ", "阿富汗\u{1680}。", "a. b.", "赞比亚．",
    ])
    func asTheStringWouldBe(text: String) {
        let bytes = FactsReader.listText(Array(text.utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text))
    }
}

/// Without the citations the checks need, the facts are the same and no citation is kept.
@Suite struct CitationsTests {
    @Test func factsWithoutCitations() throws {
        let with = try Extractor().extract(Fixture.sampleBytes, file: "sample.txt")
        let without = try Extractor().extract(Fixture.sampleBytes, file: "sample.txt", citations: false)
        var a = JSONWriter(), b = JSONWriter()
        with.facts.write(to: &a)
        without.facts.write(to: &b)
        #expect(a.bytes == b.bytes)
        #expect(!with.citations.isEmpty && without.citations.isEmpty)
    }
}

/// A footnote's symbols without repeats, in the order first cited: a few compared with those kept, many through a
/// set; both give what filtering through a set gives.
@Suite struct UniqueSymbolsTests {
    @Test(arguments: [
        [] as [String],
        ["S/2020/1"],
        ["S/2020/1", "S/2020/1"],                                              // one symbol twice
        ["S/PV.8699", "S/2020/1", "S/PV.8699", "S/RES/2532(2020)", "S/2020/1"],  // repeats apart, order kept
        (1...12).map { "S/2020/\($0 % 5)" },                                   // more than eight: the set's way
    ])
    func keepsFirstOccurrences(symbols: [String]) {
        let reader = FactsReader(Extractor().kit, citations: false)
        let list = symbols.compactMap { DocumentSymbol($0) }
        var seen = Set<DocumentSymbol>()
        #expect(reader.unique(list) == list.filter { seen.insert($0).inserted })
    }
}
