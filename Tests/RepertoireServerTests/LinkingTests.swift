import Testing
@testable import RepertoireServer

/// A text's document symbols linked to their pages, the rest escaped; remembered texts give what linking gives.
@Suite("Server: symbols linked in a text")
struct LinkingTests {
    @Test(arguments: [
        // a symbol and its closing punctuation, outside the link
        ("Cited S/RES/2532(2020), twice", "en", #"Cited <a href="/decisions/S/RES/2532(2020)?lang=en">S/RES/2532(2020)</a>, twice"#),
        // a meeting's record goes to its meeting's page
        ("见 S/PV.8699。", "zh", #"见 <a href="/meetings/S/PV.8699?lang=zh">S/PV.8699</a>。"#),
        // no symbol: escaped only
        ("a < b & c/d", "en", "a &lt; b &amp; c/d"),
    ])
    func symbolsAreLinked(_ text: String, _ lang: String, _ html: String) {
        #expect(Page.linkingSymbolsNow(text, lang) == html)
        #expect(Page.linkingSymbols(text, lang) == html)   // made, then remembered
        #expect(Page.linkingSymbols(text, lang) == html)
    }

    /// The memo keeps at most its capacity: full, it is emptied.
    @Test func theMemoIsBounded() {
        let memo = TextMemo()
        for n in 0...TextMemo.capacity { _ = memo.text("S/RES/\(n)(2020)", "en") { "\(n)" } }
        #expect(memo.count == 1)
        #expect(memo.text("S/RES/\(TextMemo.capacity)(2020)", "en") { "made again" } == "\(TextMemo.capacity)")
        #expect(memo.text("S/RES/0(2020)", "en") { "made again" } == "made again")
        #expect(memo.text("S/RES/0(2020)", "zh") { "中文" } == "中文")   // by language
    }
}
