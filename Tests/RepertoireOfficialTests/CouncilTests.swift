import Foundation
import Testing
@testable import RepertoireOfficial
import RepertoireModel
import RepertoireParsing

@Suite struct CouncilTests {
    let council = Council(records: Array(Official.data.votes.values))

    @Test func members2020() {
        #expect(council.members[2020] == ["BEL", "CHN", "DOM", "EST", "FRA", "DEU", "IDN", "NER", "RUS", "VCT",
                                          "ZAF", "TUN", "GBR", "USA", "VNM"])
        #expect(council.seats(year: 2020).filter(\.permanent).map(\.code) == ["CHN", "FRA", "RUS", "GBR", "USA"])
    }

    @Test func presidenciesFollowRule18() throws {
        let p = try #require(council.presidencies(year: 2020))
        #expect(p == ["VNM", "BEL", "CHN", "DOM", "EST", "FRA", "DEU", "IDN", "NER", "RUS", "VCT", "ZAF"])
    }

    /// The development document says which state held the presidency (`根据当月轮值主席越南的倡议`):
    /// every such statement agrees with the rotation.
    @Test func presidenciesAgreeWithTheDevelopmentDocument() throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: Official.sample)!)
        let facts = try Extractor().extract(bytes, file: "sample").facts
        let rotation = try #require(council.presidencies(year: 2020))
        var checked: [String: String] = [:]
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n\n", with: "")
        for event in facts.events {
            guard let state = event.initiative, let month = event.date?.month,
                  text.contains("当月轮值主席\(state)") || text.contains("担任该月份主席的") else { continue }
            let code = try #require(Gazetteer.shared.resolve(state)?.code)
            #expect(rotation[month - 1] == code, "month \(month): \(state)")
            checked["\(month)"] = code
        }
        #expect(checked == ["1": "VNM", "4": "DOM", "7": "DEU", "9": "NER", "10": "RUS", "12": "ZAF"])
    }

    @Test func everyStateOfTheDocumentsTableNotesResolves() throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: Official.sample)!)
        let facts = try Extractor().extract(bytes, file: "sample").facts
        let names = facts.meetings.flatMap { $0.rule37States + $0.drafts.flatMap(\.sponsors) }
        #expect(names.count > 250)
        #expect(names.filter { Gazetteer.shared.resolve($0) == nil } == [])
    }

    @Test func noPresidencyWithoutAKnownOneBefore() {
        let unanchored = Council(records: Array(Official.data.votes.values), knownPresidencies: [])
        #expect(unanchored.presidencies(year: 2020) == nil)
    }
}

/// Charter Article 27, table-driven.
@Suite struct DecisionRulesTests {
    @Test(arguments: [
        // (for, against, abstaining, permanent members against, year, procedural, outcome)
        (15, 0, 0, 0, 2020, false, DecisionRules.Outcome.adopted),
        (13, 1, 1, 1, 2020, false, .vetoed),     // a permanent member's negative vote
        (11, 0, 4, 0, 2020, false, .adopted),    // permanent members abstaining: no veto
        (8, 0, 7, 0, 2020, false, .failed),      // 8 affirmative votes
        (8, 2, 5, 1, 2020, false, .failed),      // too few votes anyway: failed, not vetoed
        (9, 6, 0, 2, 2020, true, .adopted),      // procedural: a permanent member against is no veto
        (7, 0, 4, 0, 1960, false, .adopted),     // a Council of 11 before 1966: 7 suffice
        (6, 0, 5, 0, 1960, false, .failed),
    ])
    func outcomes(yes: Int, no: Int, abstain: Int, permanentAgainst: Int, year: Int, procedural: Bool, outcome: DecisionRules.Outcome) {
        let ballot = DecisionRules.Ballot(inFavour: yes, against: no, abstaining: abstain, permanentAgainst: permanentAgainst)
        #expect(DecisionRules.outcome(ballot, year: year, procedural: procedural) == outcome)
    }

    @Test func talliesMustAddUp() {
        let ballot = DecisionRules.Ballot(inFavour: 14, against: 0, abstaining: 2, permanentAgainst: 0)
        #expect(DecisionRules.tallyProblem(ballot, year: 2020) != nil)
        #expect(DecisionRules.tallyProblem(ballot, year: 2020, notParticipating: 0, namesListed: 16) != nil)
        let fine = DecisionRules.Ballot(inFavour: 14, against: 0, abstaining: 0, permanentAgainst: 0)
        #expect(DecisionRules.tallyProblem(fine, year: 2020, notParticipating: 1, namesListed: 14) == nil)
        #expect(DecisionRules.tallyProblem(fine, year: 2020, notParticipating: 1, namesListed: 13) != nil)
    }
}

@Suite struct GazetteerTests {
    @Test(arguments: [
        ("RUSSIAN FEDERATION", "RUS"), ("VIET NAM", "VNM"), ("UNITED KINGDOM", "GBR"), ("UNITED STATES ", "USA"),
        ("NETHERLANDS (KINGDOM OF THE)", "NLD"), ("TÜRKIYE", "TUR"), ("CÔTE D’IVOIRE", "CIV"),
        ("Niger (the)", "NER"), ("俄罗斯联邦", "RUS"), ("多米尼加共和国", "DOM"), ("联合王国", "GBR"), ("美国", "USA"),
        ("土耳其", "TUR"), ("Fédération de Russie (la)", "RUS"), ("Российская Федерация", "RUS"), ("الاتحاد الروسي", "RUS"),
        ("Federación de Rusia (la)", "RUS"),
        // White space at either end, of any kind, is trimmed before a name is matched exactly.
        (" 俄罗斯联邦", "RUS"), ("俄罗斯联邦\u{3000}", "RUS"), ("\t越南 ", "VNM"), ("\u{00A0}美国", "USA"), ("联合王国\n", "GBR"),
    ])
    func resolvesSpellings(name: String, code: String) {
        #expect(Gazetteer.shared.resolve(name)?.code == code)
    }

    @Test(arguments: [("巴勒斯坦国", Gazetteer.Kind.observer), ("欧洲联盟", .organization), ("红十字国际委员会", .organization),
                      ("非洲联盟", .organization), ("东南亚国家联盟", .organization), ("越南", .state)])
    func entityKinds(name: String, kind: Gazetteer.Kind) {
        #expect(Gazetteer.shared.resolve(name)?.kind == kind)
    }

    @Test func unknownNamesResolveToNothing() {
        #expect(Gazetteer.shared.resolve("长者会主席") == nil)
        #expect(Member(name: "ATLANTIS").code == nil)
    }
}

@Suite struct OtherYearsTests {
    /// A 2021 vote record in the data_extract form: the 2021 Council voting unanimously.
    static let line2021 = """
    {"symbol": "S/RES/2560 (2021)", "adoption_meeting": "8800th meeting", "adoption_date": "12 January 2021", \
    "adoption_type": "Adopted unanimously, 8800th meeting", "MS_in_favour_count": "15", "MS_against_count": "0", \
    "MS_abstaining_count": "0", "MS_in_favour": ["CHINA", "ESTONIA", "FRANCE", "INDIA", "IRELAND", "KENYA", "MEXICO", \
    "NIGER", "NORWAY", "RUSSIAN FEDERATION", "SAINT VINCENT AND THE GRENADINES", "TUNISIA", "UNITED KINGDOM", \
    "UNITED STATES", "VIET NAM"], "MS_against": [], "MS_abstaining": [], "sponsors": ["NORWAY"]}
    """

    @Test func presidenciesOf2021ContinueFromDecember2020() throws {
        let records = DataExtractReader.read(Array(Self.line2021.utf8), file: "2021.json").records
        let council = Council(records: records)
        #expect(council.years == [2021])
        let p = try #require(council.presidencies(year: 2021))
        // South Africa (December 2020) has left: the rotation goes on with the first name after it.
        #expect(p == ["TUN", "GBR", "USA", "VNM", "CHN", "EST", "FRA", "IND", "IRL", "KEN", "MEX", "NER"])
        let d = OfficialDecision(symbol: records[0].symbol, texts: [], record: records[0], council: council)
        #expect(d.computedOutcome == .adopted && d.meeting?.compact == "S/PV.8800")
    }
}
