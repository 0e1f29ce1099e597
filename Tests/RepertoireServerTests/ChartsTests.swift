import Testing
@testable import RepertoireServer

/// The charts' numbers, written by hand rather than by `String(format:)` and a Double's description.
@Suite("Server: charts")
struct ChartsTests {
    @Test(arguments: [(12.34, "12.3"), (40.0, "40"), (0.05, "0.1"), (-0.4, "-0.4"), (-12.25, "-12.3"), (130.0, "130"), (9.96, "10")])
    func coordinatesToATenth(value: Double, written: String) {
        #expect(Charts.decimal(value) == written)
    }

    /// Every month between two, across a year's end, the empty ones too; nothing for a range backwards.
    @Test func monthsAcrossAYear() {
        #expect(Charts.months(from: "2019-11", to: "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"])
        #expect(Charts.months(from: "2020-03", to: "2020-01").isEmpty)
    }
}
