import Foundation
import Testing
@testable import RepertoireServer

/// The page's frame made once (`Frame`) is the template rendered at each request, byte for byte: for both languages,
/// with and without a subtitle, whatever the values hold (markup, quotes, ampersands, Chinese).
@Suite struct FrameTests {
    static let values: [Frame.Slot: String] = [
        .title: #"S/RES/2532(2020) <b>"quoted"</b> & 'single'"#, .body: "<section><p>第 2532(2020)号决议 &amp; 正文</p></section>",
        .query: #"安理会 "climate" <script>"#, .window_title: "标题 · 安全理事会惯例汇编", .json: "/decisions/S/RES/2532(2020).json?lang=zh&x=<1>",
        .other_lang_url: "/decisions/S/RES/2532(2020)?lang=en&q='a'", .subtitle: "2020-07-01 · 维持和平 <行动>",
    ]

    @Test(arguments: ["zh", "en"], [false, true])
    func theFrameIsTheTemplate(lang: String, subtitle: Bool) throws {
        let labels = try #require(Labels.all[lang])
        var context: [String: Any] = [
            "lang": lang, "site": labels["site"], "findings_label": labels["findings"], "stats_label": labels["stats"],
            "search_label": labels["search"], "other_lang": labels["other_lang"], "data_label": labels["data_package"],
            "nav": ["meetings", "videoconferences", "decisions", "states", "symbols", "events"].map { ["nav_href": "/\($0)?lang=\(lang)", "nav_label": labels[$0]] },
        ]
        for (slot, value) in Self.values where slot != .subtitle || subtitle { context[slot.rawValue] = value }
        let expected = try #require(Templates.library.render(context, withTemplate: "page"))
        var values = Self.values
        if !subtitle { values[.subtitle] = nil }
        let body = Array((values.removeValue(forKey: .body) ?? "").utf8)
        let made = String(decoding: Frame.of(labels, subtitle: subtitle).render(body: body, values), as: UTF8.self)
        #expect(made == expected)
        #expect(made.contains("&lt;script&gt;") && !made.contains("\u{E000}"))
    }
}
