import Testing
@testable import RepertoireModel

@Suite struct DocumentSymbolTests {
    @Test(arguments: [
        ("S/PV.8699", "S/PV.8699"),
        ("S/PV.8699 (Resumption 1)", "S/PV.8699(Resumption1)"),   // table cell: space before the resumption
        ("S/PV.8699(Resumption1)", "S/PV.8699(Resumption1)"),     // link form
        ("S/RES/2532 (2020)", "S/RES/2532(2020)"),                 // English text: space before the year
        ("S/RES/2532(2020)", "S/RES/2532(2020)"),
        ("S/PRST/2020/1", "S/PRST/2020/1"),
        ("S/2020/1", "S/2020/1"),
        ("A/75/2", "A/75/2"),
        ("S/2020/1/Add.1", "S/2020/1/Add.1"),
        ("S/2020/1/Corr.1", "S/2020/1/Corr.1"),
        ("S/2020/1/Rev.1", "S/2020/1/Rev.1"),
        ("S/PV.8699.", "S/PV.8699"),                               // an English sentence's full stop
    ])
    func normalizesSurfaceForms(surface: String, compact: String) {
        #expect(DocumentSymbol(surface)?.compact == compact)
    }

    @Test(arguments: ["COVID-19", "和/或", "/2020/1", "S/", "s/2020/1", "S/PV.abc", "SECURITYX/1"])
    func rejectsWhatIsNoSymbol(text: String) {
        #expect(DocumentSymbol(text) == nil)
    }

    @Test(arguments: [
        ("S/RES/2532(2020)", DocumentSymbol.Kind.resolution), ("S/PRST/2020/1", .presidentialStatement),
        ("S/PV.8699(Resumption2)", .meetingRecord), ("S/2020/346", .document), ("A/75/2", .other),
    ])
    func kinds(symbol: String, kind: DocumentSymbol.Kind) {
        #expect(DocumentSymbol(symbol)?.kind == kind)
    }

    @Test(arguments: [("zh", "ch"), ("ch", "ch"), ("en", "en"), ("fr", "fr"), ("es", "es"), ("ru", "ru"), ("ar", "ar")])
    func linksInTheDocumentLanguage(language: String, code: String) {
        #expect(DocumentSymbol("S/RES/2532(2020)")!.link(language: language) == "https://undocs.org/\(code)/S/RES/2532(2020)")
    }

    @Test func resumptionHasItsMeetingAsBase() {
        #expect(DocumentSymbol("S/PV.8699(Resumption1)")!.baseRecord.compact == "S/PV.8699")
        #expect(DocumentSymbol(resolution: 2546, year: 2020).compact == "S/RES/2546(2020)")
    }

    /// A resolution's symbol written digit by digit is what interpolation writes: one digit, a power of ten, the
    /// widest numbers and years, and the same symbol parsed from its text.
    @Test(arguments: [(0, 1946), (9, 1999), (10, 2000), (99, 2020), (100, 2020), (2532, 2020), (12345, 2200), (Int.max, Int.max), (-7, 2020)])
    func resolutionWrittenAsInterpolated(number: Int, year: Int) {
        let symbol = DocumentSymbol(resolution: number, year: year)
        #expect(symbol.compact == "S/RES/\(number)(\(year))")
        if number >= 0 { #expect(DocumentSymbol(symbol.compact) == symbol) }
    }
}

@Suite struct DateAndVoteTests {
    @Test(arguments: [(2020, 2, 29, true), (2019, 2, 29, false), (2020, 4, 31, false), (2020, 13, 1, false), (2020, 12, 31, true)])
    func validatesCalendarDates(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((RepertoireDate(year: year, month: month, day: day) != nil) == valid)
    }

    @Test func printsISO() {
        #expect(RepertoireDate(year: 2020, month: 1, day: 9)?.iso == "2020-01-09")
        #expect(WrittenDate(year: nil, month: 7, day: 18).resolved(defaultYear: 2020)?.iso == "2020-07-18")
        #expect(WrittenDate(year: nil, month: 7, day: 18).resolved(defaultYear: nil) == nil)
    }

    @Test(arguments: [("15-0-0", Vote(for: 15, against: 0, abstaining: 0)), ("13-0-2", Vote(for: 13, against: 0, abstaining: 2)),
                      ("12 – 2 – 1", Vote(for: 12, against: 2, abstaining: 1))])
    func parsesVotes(text: String, vote: Vote) {
        #expect(Vote(text) == vote)
    }

    @Test(arguments: ["15-0", "16-0-0", "a-b-c", "2021-2025"])
    func refusesWhatIsNoVote(text: String) {
        #expect(Vote(text) == nil)
    }

    @Test func writesJSONWithEscapes() {
        var w = JSONWriter()
        w.object { o in
            o.field("a", "引号\"\\\n")
            o.field("b", [1, 2])
            o.field("c", nil as Int?)
            o.field("d", Vote(for: 15, against: 0, abstaining: 0))
            o.field("e", Locations([3, 1, 3]))
        }
        #expect(w.string == #"{"a": "引号\"\\\n", "b": [1, 2], "c": null, "d": {"for": 15, "against": 0, "abstaining": 0}, "e": [{"line": 1}, {"line": 3}]}"#)
    }
}
