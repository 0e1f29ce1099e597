import Testing
import RepertoireModel
import RepertoireStore
@testable import RepertoireServer

/// The charts' numbers, written by hand rather than by `String(format:)` and a Double's description.
@Suite("Server: charts")
struct ChartsTests {
    @Test(arguments: [(12.34, "12.3"), (40.0, "40"), (0.05, "0.1"), (-0.4, "-0.4"), (-12.25, "-12.3"), (130.0, "130"), (9.96, "10")])
    func coordinatesToATenth(value: Double, written: String) {
        #expect(Charts.decimal(value) == written)
    }

    /// A timeline of a few years has a bar a month; of many years, a bar a year, each the sum of its months.
    @Test func monthsOrYears() {
        let labels = Labels.all["en"]!
        func row(_ month: String, _ m: Int64, _ v: Int64) -> [Rows.Value] { [.text(month), .integer(m), .integer(v)] }
        let short = Rows(columns: ["month", "meetings", "videoconferences"], rows: [row("2020-01", 3, 0), row("2020-04", 1, 9)])
        #expect(Charts.timeline(short, labels: labels).contains("<title>2020-03 Meetings: 0</title>"))
        let long = Rows(columns: ["month", "meetings", "videoconferences"], rows: [row("2010-01", 3, 0), row("2010-07", 2, 1), row("2020-04", 1, 9)])
        let svg = Charts.timeline(long, labels: labels)
        #expect(svg.contains("<title>2010 Meetings: 5</title>") && svg.contains("<title>2015 Meetings: 0</title>") && !svg.contains("2010-07"))
        #expect(svg.components(separatedBy: #"class="meeting"><title>"#).count - 1 == 11)
    }

    /// Every month between two, across a year's end, the empty ones too; nothing for a range backwards.
    @Test func monthsAcrossAYear() {
        #expect(Charts.months(from: "2019-11", to: "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"])
        #expect(Charts.months(from: "2020-03", to: "2020-01").isEmpty)
    }

    /// A stored code in the page's words; any other text as it is, a long or Chinese one not looked up at all.
    @Test(arguments: [
        ("en", "rule37", "Rule 37"), ("zh", "rule37", "规则第 37 条"),
        ("en", "member-invited-under-rule-37", Catalogue.values["member-invited-under-rule-37"]?["en"] ?? "?"),  // the longest code
        ("en", "安理会", "安理会"), ("en", "Rule37", "Rule37"), ("en", "", ""),
        ("en", String(repeating: "rule37", count: 20), String(repeating: "rule37", count: 20)),
    ])
    func storedCodesAsWords(_ lang: String, _ text: String, _ words: String) {
        #expect(Labels.all[lang]!.value(text) == words)
    }
}
