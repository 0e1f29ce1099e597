import Foundation
import Testing
@testable import RepertoireOfficial
import RepertoireModel

@Suite struct OfficialDataTests {
    @Test func readsEveryFileOf2020() throws {
        let data = Official.data
        #expect(data.votes.count == 57)
        let zh = data.texts.values.flatMap { $0 }.filter { $0.language == "zh" && $0.kind == .resolution }
        let en = data.texts.values.flatMap { $0 }.filter { $0.language == "en" && $0.kind == .resolution }
        let statements = data.texts.values.flatMap { $0 }.filter { $0.kind == .presidentialStatement }
        #expect(zh.count == 57 && en.count == 56 && statements.count == 13)
        // The English folder's S_PRST_2020_11.xml is a General Assembly text: passed over, and said so.
        #expect(data.skipped.count == 1 && data.skipped[0].hasSuffix("S_PRST_2020_11.xml"))
    }

    @Test func chineseAndEnglishAgreeOnSymbolAndDate() throws {
        var compared = 0
        for (symbol, texts) in Official.data.texts where texts.count > 1 {
            let dates = Set(texts.compactMap(\.adoptionDate))
            #expect(dates.count == 1, "\(symbol): \(dates)")
            #expect(Set(texts.map(\.language)) == ["zh", "en"])
            compared += 1
        }
        #expect(compared == 56)
    }

    @Test func recordsAgreeWithTheTexts() throws {
        for (symbol, record) in Official.data.votes {
            let texts = Official.data.texts[symbol] ?? []
            #expect(!texts.isEmpty, "\(symbol) has no text")
            for t in texts { #expect(t.adoptionDate == record.date, "\(symbol) \(t.language)") }
        }
    }

    @Test func everyVoterAndSponsorResolves() {
        #expect(Official.data.unresolvedNames.isEmpty, "\(Official.data.unresolvedNames)")
    }

    @Test func writtenProcedureAndMeeting() throws {
        let byMail = try #require(Official.data.votes[DocumentSymbol("S/RES/2532(2020)")!])
        #expect(byMail.venue == .writtenProcedure && byMail.meeting == nil && byMail.outcomeLetter?.compact == "S/2020/632")
        let atMeeting = try #require(Official.data.votes[DocumentSymbol("S/RES/2535(2020)")!])
        #expect(atMeeting.venue == .meeting && atMeeting.meeting?.compact == "S/PV.8748" && atMeeting.unanimous)
        #expect(atMeeting.draft?.compact == "S/2020/680" && atMeeting.sponsors.count == 84)
        let split = try #require(Official.data.votes[DocumentSymbol("S/RES/2504(2020)")!])
        #expect(split.counts == Vote(for: 11, against: 0, abstaining: 4))
        #expect(split.voters[.abstaining]?.compactMap(\.code).sorted() == ["CHN", "GBR", "RUS", "USA"])
    }

    @Test func textsCarryParagraphsMeetingsAndCitations() throws {
        let texts = try #require(Official.data.texts[DocumentSymbol("S/RES/2535(2020)")!])
        let zh = try #require(texts.first { $0.language == "zh" })
        let en = try #require(texts.first { $0.language == "en" })
        #expect(zh.meeting?.compact == "S/PV.8748" && en.meeting?.compact == "S/PV.8748")
        #expect(zh.operative.count == en.operative.count && en.operative.count > 10)
        #expect(en.operative.first?.number == "1")
        #expect(en.citedSymbols.contains(DocumentSymbol("S/RES/2250(2015)")!))
        #expect(zh.citedSymbols.contains(DocumentSymbol("S/RES/2250(2015)")!))
        let statement = try #require(Official.data.texts[DocumentSymbol("S/PRST/2020/1")!]?.first)
        #expect(statement.meeting?.compact == "S/PV.8699" && !statement.chapterVII)   // mentions Chapter VIII only
    }

    @Test func computedOutcomeOfEvery2020ResolutionIsAdopted() {
        let decisions = Official.data.decisions()
        for d in decisions where d.record != nil { #expect(d.computedOutcome == .adopted, "\(d.symbol)") }
        #expect(decisions.filter { $0.record != nil }.count == 57)
    }

    @Test func disagreementsBetweenTheSourcesAreReported() throws {
        let decisions = Dictionary(uniqueKeysWithValues: Official.data.decisions().map { ($0.symbol.compact, $0) })
        #expect(decisions["S/RES/2519(2020)"]?.disagreements == ["the text acts under Chapter VII; the vote data does not say so"])
        #expect(decisions["S/RES/2546(2020)"]?.disagreements == ["adopted at S/PV.8763 but the outcome letter is S/PV.8760"])
        #expect(decisions["S/RES/2535(2020)"]?.disagreements == [])
        // The count field says 15 in favour; the names and the adoption type say 12-0-3.
        #expect(decisions["S/RES/2521(2020)"]?.record?.counts == Vote(for: 12, against: 0, abstaining: 3))
        // …and so does the Arabic text's count, held against the vote data with its own file.
        #expect(decisions["S/RES/2521(2020)"]?.disagreements == ["the vote counts 15-0-3 disagree with the 12-0-3 members named (Adopted 12-0-3; voting by mail)",
                                                                 "the text counts 15-0-3; the vote data 12-0-3"])
        #expect(decisions["S/RES/2521(2020)"]?.findings.last?.file.hasSuffix(".xml") == true)
    }
}

@Suite struct BadOfficialInputTests {
    @Test(arguments: [
        ("<akomaNtoso><statement name=\"resolution\"><meta>", "broken.xml", 1),
        ("", "empty.xml", 1),
    ])
    func malformedXMLNamesFileAndLine(contents: String, name: String, line: Int) {
        let path = Official.temporary(contents, name: name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try OfficialData.load([path]) } throws: { error in
            guard let e = error as? OfficialError else { return false }
            return e.file == path && e.line == line && (e.message.contains("malformed XML") || e.message.contains("empty"))
        }
    }

    @Test func truncatedJSONLine() throws {
        let first = try String(contentsOfFile: Official.bundledVotes + "/2020.json", encoding: .utf8).split(separator: "\n")[0]
        let path = Official.temporary(first + "\n" + first.prefix(200) + "\n", name: "cut.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: OfficialError(file: path, line: 2, "not valid JSON (a truncated or broken line): the line is not read")) {
            try OfficialData.load([path])
        }
        // The first line is still read.
        #expect(OfficialData.read([path]).votes.count == 1)
    }

    @Test func unknownField() throws {
        let path = Official.temporary(#"{"symbol": "S/RES/1(1946)", "vetoed_by": "X"}"# + "\n", name: "odd.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // An unknown field is drift, not a refusal: a warning, and the record is read.
        let data = OfficialData.read([path])
        #expect(data.errors.isEmpty)
        #expect(data.warnings.first == OfficialWarning(file: path, line: 1, "unknown field 'vetoed_by'"))
        #expect(data.votes.keys.map(\.compact) == ["S/RES/1(1946)"])
    }

    @Test func missingFile() {
        #expect(throws: OfficialError(file: "/nonexistent/2020.json", "no such file or folder")) {
            try OfficialData.load(["/nonexistent/2020.json"])
        }
    }
}

@Suite struct OfficialCommandTests {
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("repertoire").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("repertoire")
    }

    func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Official.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func councilPrintsMembersAndPresidencies() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let (status, out, _) = try run(["council", "2020"])
        #expect(status == 0)
        #expect(out.contains("15 members") && out.contains("January  Viet Nam") && out.contains("December  South Africa"))
        let (missing, _, err) = try run(["council", "1999"])
        #expect(missing == 1 && err.contains("does not cover 1999"))
    }

    @Test func officialJSONAndErrors() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let (status, out, err) = try run(["official", Official.bundledVotes, "--format", "json"])
        #expect(status == 0 && !err.contains("error"))
        #expect(err.contains("2020.json:43: warning: S/RES/2546(2020): adopted at S/PV.8763 but the outcome letter is S/PV.8760"))
        #expect(out.split(separator: "\n").count == 57)
        #expect(out.contains(#""symbol": "S/RES/2532(2020)", "kind": "resolution", "date": "2020-07-01""#))
        let broken = Official.temporary(#"{"symbol": "S/RES/1(1946)""#, name: "broken.json")
        defer { try? FileManager.default.removeItem(atPath: broken) }
        let (bad, _, message) = try run(["official", broken])
        #expect(bad == 1 && message.contains("\(broken):1: error: not valid JSON"))
    }
}
