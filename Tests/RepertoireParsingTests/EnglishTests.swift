import Foundation
import Testing
@testable import RepertoireParsing
import RepertoireModel

/// The English profile: an item of the English edition's kind (its numbers and records not the development
/// document's), and each phrase the profile reads, snippet → record.
@Suite struct EnglishFactsTests {
    static let item = """
    12.  Some item 

     During the period under review, the Security Council held two meetings in connection with the item.901 The Council adopted two resolutions, neither of which was adopted under Chapter VII of the Charter, and issued one presidential statement. In addition, Council members held one videoconference in connection with the item. 
     The thematic sub-items were: (a) First theme; (b) Women, peace and security, and (c) Implications of COVID-
    19. The region-specific sub-item was: (a) Situation in the Sahel region. 
     On 5 March 2021, at the initiative of France, which held the presidency for the month,902 the Council held a meeting903 at which it heard briefings by the Secretary-General, the Chair of the African Union Commission, and Ms. Jane Doe, civil society representative. The Council unanimously adopted resolution 2600 (2021). 
     On 6 April, at the initiative of the Niger, Council members held a videoconference,904 at which they heard a briefing by the Under-Secretary-General for Political and Peacebuilding Affairs on the situation. 
     In 2021, the Council adopted two resolutions in connection with the item. 
     On 6 April, the Council adopted resolution 2601 (2021) by 13 votes to none, with 2 abstentions. In a presidential statement issued on 5 March,905 the Council reaffirmed its commitment. 
    __________________ 
     901 For more information on the format of meetings, see part II. 
     902 The Council had before it a concept note annexed to a letter dated 25 February 2021 (S/2021/200). 
     903 See S/PV.9001. 
     904 See S/2021/300. 
     905 S/PRST/2021/3. 
    https://undocs.org/en/S/2021/200
    Table 1 
    Meetings: some item 
    Meeting record and date Sub-item Other documents 
    Rule 37 
    invitations 
    Rule 39 and other 
    invitations Speakers 
    Decision and vote 
    (for-against-abstaining) 
           
    S/PV.9001 
    5 March 2021 
    First theme 
    Draft resolution 
    submitted by 3 
    Member States a  
    (S/2021/210) 
    2 Member States b Secretary-General, 
    Chair of the African 
    Union Commission 
    All invitees 
    Resolution 
    2600 (2021) 
    15-0-0 
    (adopted under 
    Chapter VII) 
    S/PV.9002 
    9 March 2021 
    Situation in the 
    Sahel region 
    4 Member States c   S/PRST/2021/3 
     a Germany, France, and Trinidad and Tobago. 
     b Albania and Bosnia and Herzegovina. 
     c Viet Nam, Yemen, Venezuela (Bolivarian Republic of) and Saint Vincent and the Grenadines. 
    Table 2 
    Videoconferences: some item 
    Videoconference date Videoconference record Title 
    Decision and vote (for-against-abstaining)
    and record of written procedure 
    6 April 2021 S/2021/300 Letter dated 8 April 2021 from the President of the Security Council addressed to the Secretary-General and the
    Permanent Representatives of the members of the Security Council 
    Resolution 2601 (2021) 
    13-0-2 
    S/2021/310 
    """

    static var facts: Facts { get throws { try Fixture.facts(item) } }

    @Test func readAsEnglish() throws {
        #expect(try Self.facts.language == "en")
    }

    /// `two meetings`, `two resolutions`, `one presidential statement`, `one videoconference`; sub-items joined by
    /// `, and (c)`, one of them with commas of its own, one broken at a hyphen (`COVID-` / `19.`).
    @Test func overviewCountsAndSubItems() throws {
        let item = try #require(try Self.facts.agendaItems.first)
        #expect(try Self.facts.agendaItems.map(\.number) == [12])
        #expect(item.statedCounts == StatedCounts(meetings: 2, videoconferences: 1, resolutions: 2, presidentialStatements: 1))
        #expect(item.subItems.map { "\($0.title) \($0.kind.rawValue)" } == [
            "First theme thematic", "Women, peace and security thematic", "Implications of COVID-19 thematic",
            "Situation in the Sahel region regional",
        ])
    }

    /// Cells of an English table, whose every line ends in a space: told by what opens them (`Draft resolution`,
    /// `All invitees`, `Resolution`), by a gap of two spaces, and by a title's closing symbol; a serial comma and
    /// names with `and` in the notes.
    @Test func meetingRows() throws {
        let rows = try Self.facts.meetings
        #expect(rows.map(\.record.compact) == ["S/PV.9001", "S/PV.9002"])
        let first = rows[0]
        #expect(first.date?.iso == "2021-03-05" && first.subItem == "First theme")
        #expect(first.drafts.map { "\($0.symbol.compact) \($0.sponsorsCount ?? 0) \($0.sponsorsNote ?? "")" } == ["S/2021/210 3 a"])
        #expect(first.drafts.first?.sponsors == ["Germany", "France", "Trinidad and Tobago"])
        #expect(first.rule37Count == 2 && first.rule37States == ["Albania", "Bosnia and Herzegovina"])
        #expect(first.rule39AndOther == ["Secretary-General", "Chair of the African Union Commission"])
        #expect(first.speakers == ["All invitees"])
        #expect(first.decisions.map { "\($0.symbol.compact) \($0.vote.map { "\($0.for)-\($0.against)-\($0.abstaining)" } ?? "") \($0.chapterVII)" }
                == ["S/RES/2600(2021) 15-0-0 true"])
        #expect(rows[1].rule37States == ["Viet Nam", "Yemen", "Venezuela (Bolivarian Republic of)", "Saint Vincent and the Grenadines"])
        #expect(rows[1].decisions.map(\.symbol.compact) == ["S/PRST/2021/3"])
    }

    @Test func videoconferenceRowWithWrittenProcedure() throws {
        let vc = try #require(try Self.facts.videoconferences.first)
        #expect(vc.date?.iso == "2021-04-06" && vc.record?.compact == "S/2021/300")
        #expect(vc.title.hasSuffix("Permanent Representatives of the members of the Security Council"))
        #expect(vc.decisions.map(\.symbol.compact) == ["S/RES/2601(2021)"] && vc.writtenProcedureRecord?.compact == "S/2021/310")
    }

    /// Markers glued to a word (`meeting903`) and after a comma (`month,902`); `the Niger` without its article;
    /// briefers whose titles lead, one a person named after `Ms.`.
    @Test func events() throws {
        let events = try Self.facts.events
        #expect(events.map { "\($0.date?.iso ?? "") \($0.kind.rawValue) \($0.initiative ?? "-") \($0.record?.compact ?? "-")" }
                == ["2021-03-05 meeting France S/PV.9001", "2021-04-06 videoconference Niger S/2021/300"])
        #expect(events[0].conceptNote?.compact == "S/2021/200")
        #expect(events[0].briefers == ["Secretary-General", "Chair of the African Union Commission", "Ms. Jane Doe, civil society representative"])
        #expect(events[1].briefers == ["Under-Secretary-General for Political and Peacebuilding Affairs"])
    }

    /// `unanimously adopted resolution 2600 (2021)`; `by 13 votes to none, with 2 abstentions`; a presidential
    /// statement `issued on 5 March,905` whose symbol is in the footnote and whose date follows it.
    @Test func decisions() throws {
        let ds = try Self.facts.decisions
        #expect(ds.map { "\($0.symbol.compact) \($0.date?.iso ?? "") \($0.unanimous.map(String.init) ?? "nil") \($0.record?.compact ?? "")" } == [
            "S/RES/2600(2021) 2021-03-05 true S/PV.9001",
            "S/RES/2601(2021) 2021-04-06 nil S/2021/300",
            "S/PRST/2021/3 2021-03-05 nil S/PV.9001",
        ])
        #expect(ds[1].vote == Vote(for: 13, against: 0, abstaining: 2))
    }

    @Test func everyFootnoteMarkerFound() throws {
        let result = try Extractor().extract(Array(Self.item.utf8), file: "item.txt")
        #expect(!result.warnings.contains { $0.message.contains("no marker") })
    }
}

/// English phrases, each snippet → what is read.
@Suite struct EnglishQuirkTests {
    static let dates = DateScanner(profile: .english)

    /// Dates written day first, with or without the year; days of one month joined before it give the first.
    @Test(arguments: [
        ("on 9 January 2020", "2020-01-09"),
        ("on 31 December", "--12-31"),
        ("on 9, 10 and 13 January", "--01-09"),      // a meeting and its resumptions
        ("from 20 to 22 May 2021", "2021-05-20"),    // a range
        ("the Mayor said on 3 May", "--05-03"),      // `May` as a word, not inside `Mayor`
    ])
    func englishDates(text: String, date: String) throws {
        let hit = try #require(Self.dates.scan(Array(text.utf8)).first)
        let d = hit.date
        #expect((d.year.map { String(format: "%04d", $0) } ?? "-") + "-" + String(format: "%02d-%02d", d.month, d.day) == date)
    }

    /// Numbers the English scanner must not take for dates.
    @Test(arguments: ["paragraphs 7, 8, 9 and 10", "12 months", "resolution 2546 (2020)", "Mayor 5"])
    func notDates(text: String) {
        #expect(Self.dates.scan(Array(text.utf8)).isEmpty)
    }

    /// Counts written in words before the profile's count phrases.
    @Test(arguments: [
        ("held three meetings", 3), ("held one meeting", 1), ("held twenty-three meetings", 23), ("held 14 meetings", 14),
        ("held nine open meetings", 9),
    ])
    func countsInWords(text: String, count: Int) throws {
        let facts = try Fixture.facts("5.  Some item \n During the period under review, the Security Council \(text) in connection with the item.")
        #expect(facts.agendaItems.first?.statedCounts.meetings == count)
    }

    /// Footnote markers glued to what stands before them, and numbers that are not markers.
    @Test(arguments: [
        ("took place on 9 January.905 The Council", [905]),      // after a full stop
        ("held a meeting905 at which", [905]),                     // after a word
        ("which held the presidency for the month,905 the", [905]),// after a comma
        ("entitled “Climate and security”,905 at which", [905]),   // after a quotation and a comma
        ("the COVID-19.905 The Council", [905]),                   // after a number's full stop, a sentence following
        ("see S/PV.905 and 2.905 billion", []),                    // inside a symbol, a decimal
    ])
    func gluedMarkers(text: String, markers: [Int]) {
        var passage = Fixture.passage([text])
        var scanner = FootnoteMarkers(numbers: [905], profile: .english)
        scanner.mark(&passage)
        #expect(passage.markers.map(\.number) == markers)
    }

    /// A list of states as the English edition writes it → the states.
    @Test(arguments: [
        ("Germany, France and Trinidad and Tobago", ["Germany", "France", "Trinidad and Tobago"]),
        ("Germany, France, and Trinidad and Tobago", ["Germany", "France", "Trinidad and Tobago"]),  // serial comma
        ("Albania and Bosnia and Herzegovina", ["Albania", "Bosnia and Herzegovina"]),
        ("Tunisia, the United Kingdom and Viet Nam", ["Tunisia", "United Kingdom", "Viet Nam"]),      // an article
        ("the Niger", ["Niger"]),
        ("Saint Vincent and the Grenadines and the Dominican Republic", ["Saint Vincent and the Grenadines", "Dominican Republic"]),
    ])
    func stateLists(text: String, states: [String]) {
        #expect(NameList(profile: .english).states(text) == states)
    }

    /// Briefers whose titles lead: a list splits before an article and a title word only.
    @Test(arguments: [
        ("the Secretary-General and the Chair of The Elders", ["Secretary-General", "Chair of The Elders"]),
        ("the Assistant Secretary-General for Europe, Central Asia and the Americas, the Director of the Centre and the Director of Sustainable Pacific Consultancy in Niue",
         ["Assistant Secretary-General for Europe, Central Asia and the Americas", "Director of the Centre", "Director of Sustainable Pacific Consultancy in Niue"]),
        ("the Under-Secretary-General for Peace Operations and the Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
         ["Under-Secretary-General for Peace Operations", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator"]),
        ("the President of the International Committee of the Red Cross, and the Land Ambassador and environmental activist Ms. Inna Modja",
         ["President of the International Committee of the Red Cross", "Land Ambassador and environmental activist Ms. Inna Modja"]),
    ])
    func briefers(text: String, briefers: [String]) {
        #expect(NameList(profile: .english).briefers(text) == briefers)
    }

    /// An event's theme in the ways the English account gives it, the quotation mark opening a line included.
    @Test(arguments: [
        ("the Council held a meeting under the sub-item entitled “Upholding the Charter”.", "Upholding the Charter"),
        ("Council members held a videoconference on the theme\n“Youth, peace and security”, specifically entitled “Towards the fifth anniversary”.", "Youth, peace and security"),
        ("the Council held a meeting focused on cooperation with the African Union.", "cooperation with the African Union"),
        ("the Council held a meeting at which it adopted resolution 2600 (2021).", nil as String?),
    ])
    func eventThemes(sentence: String, theme: String?) throws {
        let facts = try Fixture.facts("5.  Some item \n On 6 April 2021, " + sentence + " The Council heard briefings.")
        #expect(try #require(facts.events.first).subItemOrTheme == theme)
    }

    /// The language of a text: its script, then its profile's phrases.
    @Test(arguments: [
        ("35.  Maintenance of international peace and security\n The Security Council held three meetings.", "en"),
        ("35.  维护国际和平与安全\n 安理会举行了 3 次会议。", "zh"),
        ("35.  Maintien de la paix et de la sécurité internationales\n Le Conseil de sécurité a tenu trois séances.", nil as String?),
    ])
    func languageDetected(text: String, code: String?) {
        #expect(LanguageDetection.profile(of: Array(text.utf8))?.code == code)
    }

    /// `--lang` forces a profile: the English sample read as Chinese finds no Chinese item.
    @Test func forcedProfile() throws {
        let english = try Extractor(profile: .english).extract(Array(EnglishFactsTests.item.utf8), file: "item.txt")
        #expect(english.facts.language == "en" && english.facts.agendaItems.count == 1)
        let asChinese = try? Extractor(profile: .chinese).extract(Array(EnglishFactsTests.item.utf8), file: "item.txt")
        #expect(asChinese?.facts.events.isEmpty ?? true)
    }
}
