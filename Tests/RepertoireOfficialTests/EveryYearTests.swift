import Foundation
import Testing
@testable import RepertoireOfficial
import RepertoireModel

/// The UN's data as it drifts from year to year: each drift fed to the vote extract's reader gives a warning and the
/// right value. (Lines in the form of the UN's `data_extract/*.json`; the quirk each shows is named.)
@Suite struct DataExtractDriftTests {
    static func line(_ fields: String) -> [UInt8] {
        Array(("{\"symbol\": \"S/RES/2720 (2024)\", \"adoption_meeting\": \"9520th meeting\", "
               + "\"adoption_type\": \"Adopted 13-0-2, 9520th meeting\", " + fields + "}\n").utf8)
    }

    @Test(arguments: [
        // 2025: the counts are empty strings; the tally comes from adoption_type.
        (#""adoption_date": "22 December 2024", "MS_in_favour_count": "", "MS_against_count": "", "MS_abstaining_count": """#,
         "field 'MS_in_favour_count' is empty: 13 from adoption_type", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // Zero-padded counts (`"013"`), as in the drafts' AKN counts.
        (#""adoption_date": "22 December 2024", "MS_in_favour_count": "013", "MS_against_count": "0", "MS_abstaining_count": "02""#,
         "field 'MS_in_favour_count' is zero-padded: '013' read as 13", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // 2024: a field the reader does not know (`agenda_item`), read as the agenda item's name.
        (#""adoption_date": "22 December 2024", "agenda_item": "The situation in the Middle East", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         "unknown field 'agenda_item' (read as the agenda item's name)", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // A stray tab and a missing space in the date.
        (#""adoption_date": "\t22\tDecember 2024", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         nil, Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // A placeholder date: no date from it; the document title's date instead.
        (#""adoption_date": "0001-01-01", "document_title": "Adopted by the Security Council at its 9520th meeting, on22 December 2024", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         "adoption_date '0001-01-01' is a placeholder: no date", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // A date with a time (2021) and one with a place (2004).
        (#""adoption_date": "2024-12-22 00:00:00", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         "adoption_date '2024-12-22 00:00:00' read as 2024-12-22", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        (#""adoption_date": "22 December 2024 in Nairobi", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         "adoption_date '22 December 2024 in Nairobi' read as 2024-12-22", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
        // A count that is no number.
        (#""adoption_date": "22 December 2024", "MS_in_favour_count": "thirteen", "MS_against_count": "0", "MS_abstaining_count": "2""#,
         "field 'MS_in_favour_count' is not a number: 'thirteen': 13 from adoption_type", Vote(for: 13, against: 0, abstaining: 2), "2024-12-22"),
    ] as [(String, String?, Vote, String)])
    func driftIsAWarningAndTheValueIsRight(fields: String, warning: String?, vote: Vote, date: String) throws {
        let file = DataExtractReader.read(Self.line(fields), file: "2024.json")
        #expect(file.errors.isEmpty)
        let record = try #require(file.records.first)
        #expect(record.counts == vote)
        #expect(record.date?.iso == date)
        if let warning {
            #expect(file.warnings.contains { $0.message == warning && $0.line == 1 }, "\(file.warnings)")
        } else {
            #expect(file.warnings.isEmpty, "\(file.warnings)")
        }
    }

    /// The same drift on many lines is one warning, which says how many lines had it.
    @Test func oneWarningPerKindAndFile() {
        let one = Self.line(#""adoption_date": "22 December 2024", "MS_in_favour_count": "", "MS_against_count": "0", "MS_abstaining_count": "2""#)
        let file = DataExtractReader.read(one + one + one, file: "2025.json")
        #expect(file.records.count == 3)
        #expect(file.warnings.map(\.message) == ["field 'MS_in_favour_count' is empty: 13 from adoption_type (and 2 more lines like it)"])
    }

    /// `veto`, `Veto`: values change case; `N.A.` in chapter_VII is no Chapter VII; `non-unanimously` is no unanimity.
    @Test func valuesReadWhateverTheirCase() throws {
        let line = Self.line(#""adoption_date": "22 December 2024", "adoption_type": "ADOPTED UNANIMOUSLY, 9520th meeting", "chapter_VII": "N.A.", "MS_in_favour_count": "", "MS_against_count": "", "MS_abstaining_count": """#)
        let record = try #require(DataExtractReader.read(line, file: "x.json").records.first)
        #expect(record.counts == Vote(for: 15, against: 0, abstaining: 0) && record.unanimous && !record.chapterVII)
        #expect(DataExtractReader.tally(in: "adopted non-unanimously", councilSize: 15) == nil)
    }

    /// A broken line costs that line alone; the others are read.
    @Test func aBrokenLineLosesOnlyItself() {
        let good = Self.line(#""adoption_date": "22 December 2024", "MS_in_favour_count": "13", "MS_against_count": "0", "MS_abstaining_count": "2""#)
        let file = DataExtractReader.read(good + Array("{\"symbol\": \"S/RES/27\n".utf8) + good, file: "x.json")
        #expect(file.records.count == 2)
        #expect(file.errors.map(\.line) == [2])
    }
}

/// State names as the UN's data wrote them over the years (`Resources/state-names.tsv`).
@Suite struct StateNamesTests {
    @Test(arguments: [
        ("TÜRKİYE", "TUR"), ("TÜRKIYE", "TUR"), ("TURKEY", "TUR"),                  // dotted İ; the former name
        ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MKD"), ("LIBYAN ARAB JAMAHIRIYA", "LBY"),
        ("CÔTE D'IVOIRE", "CIV"), ("COTE D'IVOIRE", "CIV"), ("CÔTE D’IVOIRE", "CIV"),
        ("LAO PEOPLE’S DEMOCRATIC REPUBLIC", "LAO"),                               // typographic apostrophe
        ("UNITED STATES ", "USA"), ("Bolivarian Republic of Venezuela", "VEN"),
        ("YUGOSLAVIA", "YUCS"), ("SERBIA AND MONTENEGRO", "CSXX"), ("CZECHOSLOVAKIA", "CSHH"), ("USSR", "SUHH"),
        ("CHILEs", "CHL"), ("LIBYA ARAB JAMAHIRIYA", "LBY"),                         // misspellings in the data
        ("NAMIBIA", "NAM"),                                                         // not the Non-Aligned Movement
    ])
    func resolves(name: String, code: String) {
        #expect(StateNames.shared.resolve(name, year: 2010)?.code == code, "\(name)")
    }

    @Test func misspellingsNotListedAreResolvedWithANote() throws {
        let r = try #require(StateNames.shared.resolve("MOZAMBIQE", year: 2023))
        #expect(r.code == "MOZ" && r.kind == .misspelling && r.note?.contains("MOZAMBIQE") == true)
        #expect(StateNames.shared.resolve("ATLANTIS", year: 2023) == nil)
    }

    @Test func entriesThatAreNoState() {
        for name in ["BY THE SECRETARY-GENERAL", "REPORT OF THE SECRETARY-GENERAL", "COMMITTEE ON THE ADMISSION OF NEW MEMBERS",
                     "LETTER FROM THE PRESIDENT OF THE GENERAL ASSEMBLY"] {
            #expect(StateNames.shared.resolve(name, year: 2000)?.kind == .notAState, "\(name)")
        }
    }

    @Test func aNameSplitInTwoIsRejoined() {
        let reading = StateNames.shared.read(["CHINA", "CÔTE.", "D'IVOIRE", "FRANCE"], year: 2018)
        #expect(reading.members.map(\.code) == ["CHN", "CIV", "FRA"])
        #expect(reading.rejoined.map(\.code) == ["CIV"])
    }

    @Test func proseListsSplitWhereThePiecesAreNames() {
        let list = "Belarus, Trinidad and Tobago, New Zealand Nicaragua, United Kingdom of Great Britain and Northern Ireland and Bolivarian Republic of Venezuela"
        #expect(StateNames.shared.splitList(list, year: 2023).compactMap { StateNames.shared.resolve($0, year: 2023)?.code }
                == ["BLR", "TTO", "NZL", "NIC", "GBR", "VEN"])
    }
}

/// Every year of the UN's data, 2000–2023 (`../shared/corpus/unxml-2000-2023`, the UN's UNxml/SCresolutions).
@Suite(.serialized) struct EveryYearTests {
    static let tree = Official.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/unxml-2000-2023").path
    static let bundled = Official.root.appendingPathComponent("Data/un-data").path
    static let data = OfficialData.read([tree])

    /// The malformed files are exactly those an independent XML parser refuses (expat: 120 files, 119 statements
    /// of 2000–2009 and the German 2575 (2021)); every other file is read.
    @Test func everyFileButTheMalformedOnesIsRead() {
        let data = Self.data
        #expect(data.errors.count == 120)
        #expect(data.errors.allSatisfy { $0.message.hasPrefix("malformed XML") && $0.line != nil })
        #expect(data.errors.contains { $0.file.hasSuffix("S_RES_2575 (2021)-G.xml") && $0.line == 232 })
        #expect(data.votes.count == 1437)
        // The malformed statements still give their symbol and date.
        let partial = data.texts.values.joined().filter(\.partial)
        #expect(partial.count >= 110 && partial.allSatisfy { $0.adoptionDate != nil })
    }

    @Test func eachYearOfTheVoteExtractAloneHasNoError() throws {
        for year in 2000...2023 {
            let data = OfficialData.read([Self.tree + "/data_extract/\(year).json"])
            #expect(data.errors.isEmpty, "\(year): \(data.errors)")
            #expect(!data.votes.isEmpty)
        }
    }

    @Test func zeroUnresolvedNamesAndTheNonStatesReported() {
        #expect(Self.data.unresolvedNames == [])
        let nonStates = Self.data.warnings.filter { $0.message.contains("is no state") }.map(\.message)
        #expect(nonStates.count == 3, "\(nonStates)")
        #expect(Self.data.votes.values.allSatisfy { r in r.sponsors.allSatisfy { $0.code != nil } })
    }

    /// Every draft of 2023 not adopted has its date, meeting and outcome; the vetoed ones name their vetoing
    /// members, and Article 27 applied to the votes agrees with the record.
    @Test func draftsNotAdoptedOf2023() throws {
        let drafts = Self.data.decisions().filter { $0.kind == .draftResolution }
        #expect(drafts.count == 10)
        for d in drafts {
            #expect(d.date?.year == 2023 && d.meeting?.kind == .meetingRecord && d.recordedOutcome != nil, "\(d.symbol)")
            #expect(d.recordedOutcome == .notAdopted ? d.computedOutcome == .failed : d.computedOutcome == .vetoed, "\(d.symbol)")
        }
        let vetoed = Dictionary(uniqueKeysWithValues: drafts.filter { !$0.vetoedBy.isEmpty }.map { ($0.symbol.compact, $0.vetoedBy.sorted()) })
        #expect(vetoed == ["S/2023/506": ["RUS"], "S/2023/638": ["RUS"], "S/2023/773": ["USA"], "S/2023/792": ["CHN", "RUS"], "S/2023/970": ["USA"]])
    }

    /// `repertoire stats` against a count made by hand from the files, without the program's readers: lines of each
    /// year's vote extract, `unanimously` in their adoption type, the statements' index lines, and the vetoes' step
    /// text in the drafts' English files.
    @Test func statisticsAgreeWithACountByHand() throws {
        let stats = Dictionary(uniqueKeysWithValues: Statistics.years(OfficialData.read([Self.bundled])).map { ($0.year, $0) })
        for year in [2000, 2005, 2014, 2020, 2023] {
            let text = try String(contentsOfFile: Self.bundled + "/data_extract/\(year).json", encoding: .utf8)
            let lines = text.split(separator: "\n")
            let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            #expect(stats[year]?.resolutions == lines.count, "\(year)")
            // `unanim…`, misspelt or not (`unanimoulsy`, 2000), and not `non-unanimously`.
            let unanimously = objects.filter { let t = ($0["adoption_type"] as! String).lowercased(); return t.contains("unanim") && !t.contains("non-unanim") }.count
            #expect(stats[year]?.unanimous == unanimously, "\(year)")
            let chapter = objects.filter { ($0["chapter_VII"] as? String) == "Chapter VII" }.count
            #expect(stats[year]?.chapterVII == chapter, "\(year)")
            let index = try String(contentsOfFile: Self.bundled + "/presidential-statements.tsv", encoding: .utf8)
            let statements = index.split(separator: "\n").filter { $0.hasPrefix("S/PRST/\(year)/") && !$0.contains("Corr.") }.count
            #expect(stats[year]?.presidentialStatements == statements, "\(year)")
        }
        // 2023's vetoes: the `outcome="veto"` steps of the English drafts, and the members in their parentheses.
        var vetoes: [String: Int] = [:], vetoed = 0
        let folder = Self.bundled + "/Not adopted/English"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let xml = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            guard let step = xml.range(of: "outcome=\"veto\"") else { continue }
            vetoed += 1
            let by = xml[step.upperBound...].prefix { $0 != ">" }
            for (member, code) in [("China", "CHN"), ("Russian Federation", "RUS"), ("United States", "USA"), ("France", "FRA"), ("United Kingdom", "GBR")]
            where by.contains(member) { vetoes[code, default: 0] += 1 }
        }
        #expect(stats[2023]?.draftsNotAdopted == 10)
        #expect(stats[2023]?.vetoedDrafts == vetoed)
        #expect(stats[2023]?.vetoesBy == vetoes)
        #expect(vetoes == ["CHN": 1, "RUS": 3, "USA": 2])
        // A year without drafts in the data has no figure, not zero.
        #expect(stats[2010]?.draftsNotAdopted == nil && stats[2010]?.vetoesBy == nil)
    }

    /// Twelve presidencies for every year from the bundled vote extracts, each a member of that year's Council.
    @Test func twelvePresidenciesEveryYear() throws {
        let data = OfficialData.read([Self.bundled])
        let council = Council(records: Array(data.votes.values), drafts: data.drafts)
        for year in 2000...2023 {
            let p = try #require(council.presidencies(year: year), "\(year)")
            #expect(p.count == 12, "\(year)")
            #expect(council.members[year]?.count == 15, "\(year): \(council.members[year]?.sorted() ?? [])")
            #expect(p.allSatisfy { council.isMember($0, year: year) }, "\(year): \(p)")
        }
        // The development document's statements for 2020 (January, April, July, September, October, December).
        let p2020 = try #require(council.presidencies(year: 2020))
        #expect([p2020[0], p2020[3], p2020[6], p2020[8], p2020[9], p2020[11]] == ["VNM", "DOM", "DEU", "NER", "RUS", "ZAF"])
        // January 2000 followed the United Kingdom's December 1999: the United States.
        #expect(try #require(council.presidencies(year: 2000)).first == "USA")
    }
}
