import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// The home page (totals, timeline, items) and an agenda item.
extension PagesController {
    func home(_ request: Request, json: Bool) throws -> Response {
        // What the page shows, and no more: six totals, the first items (and how many there are).
        let counts = try store.summarisedCounts(["document", "agenda_item", "meeting", "videoconference", "decision", "finding"])
        let timeline = try store.timeline(), items = try store.items(language: Labels.of(request).lang, limit: Self.homeItems)
        let itemCount = counts.first { $0.table == "agenda_item" }?.rows ?? items.rows.count
        if json {
            return Envelope.json { w in
                w.object { o in
                    o.field("ok", true)
                    o.field("totals", Totals(counts: counts))
                    o.field("timeline", timeline)
                    o.field("items", items)
                }
            }
        }
        let labels = Labels.of(request), lang = labels.lang
        var page = Page(title: labels["site"])
        let shown = ["document": "documents", "agenda_item": "items", "meeting": "meetings", "videoconference": "videoconferences",
                     "decision": "decisions", "finding": "findings"]
        let totals = counts.compactMap { c in shown[c.table].map { "<div><b>\(c.rows)</b>\(Page.escape(labels[$0]))</div>" } }.joined()
        page.add(heading: labels["totals"], html: #"<div class="totals">\#(totals)</div>"#)
        page.add(heading: labels["timeline"], html: Charts.timeline(timeline, labels: labels))
        // The first items; the rest through the API's pages (a corpus of a thousand Supplement parts has thousands).
        page.add(heading: labels["items"], rows: items, columns: [
            .init("item", "item", link: { Links.item($0("item"), lang) }), .init("title", "title", link: { Links.item($0("item"), lang) }),
            // What the tables hold against what the item states (`3 / 4`), and whether the text stops in the item.
            .init("meetings", text: { v in Self.foundOfStated(v("meetings_found"), v("stated_meetings")) }),
            .init("videoconferences", text: { v in Self.foundOfStated(v("videoconferences_found"), v("stated_videoconferences")) }),
            .init("decisions_found", "decisions"), .init("truncated"),
        ], labels: labels)
        if itemCount > items.rows.count {
            page.add(heading: nil, html: #"<p class="note">\#(items.rows.count) / \#(itemCount) · <a href="/api/items?_size=1000">JSON</a></p>"#)
        }
        return page.render(request, labels: labels)
    }

    func item(_ number: Int, _ request: Request, json: Bool) throws -> Response {
        // The page shows at most `itemRows` rows a section, and links the list of all of them; its JSON twin has all.
        guard let sections = try store.item(number, language: Labels.of(request).lang, limit: json ? nil : Self.itemRows) else {
            throw APIError.notFound("no agenda item \(number)")
        }
        if json { return Envelope.sections(sections, request: request) }
        let full = Sections.unlocalised(sections, request), labels = full.labels, lang = labels.lang
        let s = full.cut(to: Self.itemRows)
        let title = s["item"].column("title").first?.description ?? ""
        var page = Page(title: "\(number). \(title)")
        // What the item says it holds against what its tables and account give, then what the checks found.
        let item = s["item"], all = s["found"]
        let found = Dictionary(uniqueKeysWithValues: all.columns.enumerated().map { ($0.element, all.rows.first?[$0.offset].int ?? 0) })
        let counts = Rows(columns: ["what", "stated", "found"], rows: ["meetings", "videoconferences", "resolutions", "presidential_statements"].map { key in
            [.text(labels[key]), item.column("stated_" + key).first ?? .null, .integer(Int64(found[key] ?? 0))]
        })
        page.add(heading: labels["counts"], rows: counts, columns: [.init("what", "item"), .init("stated"), .init("found")], labels: labels)
        if (found["meetings"] ?? 0) > 0 {
            page.add(heading: nil, html: #"<p><a href="/items/\#(number)/tables?lang=\#(lang)">\#(Page.escape(labels["table_one"]))</a></p>"#)
        }
        // A long section ends with the link to all its rows, in the list of its kind.
        func more(_ section: String, _ href: String) {
            guard full[section].rows.count > Self.itemRows else { return }
            page.add(heading: nil, html: #"<p class="note">\#(Self.itemRows)+ · <a href="\#(Page.escape(href))">\#(labels["all_rows"])</a></p>"#)
        }
        page.add(heading: labels["findings"], rows: s["findings"], columns: Page.findingColumns(lang),
                 labels: labels, skipsWhenEmpty: true)
        more("findings", "/findings?lang=\(lang)")
        page.add(heading: labels["sub_items"], rows: s["sub_items"], columns: [.init("number", "#"), .init("title"), .init("kind")], labels: labels)
        page.add(heading: labels["events"], rows: s["events"], columns: [
            .init("date"), .init("kind"), .init("initiative", link: { Links.state($0("iso3"), lang) }),
            .init("theme", "sub_item"), .init("record"),
            .init("concept_note"), .init("briefers"),
        ], labels: labels)
        more("events", "/events?item=\(number)&lang=\(lang)")
        // A row or decision a finding names carries it, beside the fact.
        let flagged = Self.flags(s["findings"], lang)
        page.add(heading: labels["meetings"], rows: s["meetings"], columns: [
            .init("record", link: { Links.meeting($0("record"), lang) }), .init("date"), .init("sub_item", "sub_items"),
            .init("rule37_count"), .init("rule39_other"), .init("speakers"),
            .init("decisions", html: { v in (Self.symbolLinks(v("decisions"), lang) ?? "") + (v("record").string.flatMap { flagged[Self.flagKey(v("document"), $0)] } ?? "") }),
        ], labels: labels)
        more("meetings", "/meetings?item=\(number)&lang=\(lang)")
        page.add(heading: labels["videoconferences"], rows: s["videoconferences"], columns: [
            .init("date"), .init("record"), .init("title"), .init("decisions", html: { Self.symbolLinks($0("decisions"), lang) }),
        ], labels: labels)
        more("videoconferences", "/videoconferences?item=\(number)&lang=\(lang)")
        page.add(heading: labels["decisions"], rows: s["decisions"], columns: [
            .init("symbol", html: { v in v("symbol").string.map { s in
                #"<a href="\#(Page.escape(Links.decision(.text(s), lang) ?? ""))">\#(Page.escape(s))</a> <a class="doc" href="\#(Links.undocs(s, lang))" title="undocs.org">↗</a>"#
                    + (flagged[Self.flagKey(v("document"), s)] ?? "") } }), .init("date"), .init("kind"),
            .init("vote", html: { v in v("votes_for").int.map { Charts.voteBar(for: $0, against: v("votes_against").int ?? 0, abstaining: v("votes_abstaining").int ?? 0, labels: labels) } }),
            .init("venue"), .init("record", link: { v in v("venue").string == "meeting" ? Links.meeting(v("record"), lang) : nil }),
        ], labels: labels)
        more("decisions", "/decisions?item=\(number)&source=repertoire&lang=\(lang)")
        return page.render(request, labels: labels)
    }

    /// How many rows a section of an item's page shows.
    static let itemRows = 20

    /// How many items the home page lists.
    static let homeItems = 50

    /// `3 / 4`: found of stated; the found count alone where the item states none.
    static func foundOfStated(_ found: Rows.Value, _ stated: Rows.Value) -> String {
        stated.int.map { "\(found.int ?? 0) / \($0)" } ?? found.description
    }

    /// The findings by the document they were found in and what they name (a record, a symbol, an item), as the
    /// warnings shown beside it (`flagKey`): a row carries its own document's findings, not those of every document
    /// that names the same record.
    static func flags(_ findings: Rows, _ lang: String) -> [String: String] {
        var flags: [String: String] = [:]
        for row in findings.rows {
            let value = { (name: String) -> Rows.Value in findings.columns.firstIndex(of: name).map { row[$0] } ?? .null }
            guard let message = value("message").string else { continue }
            let severity = value("severity").string ?? "note"
            let flag = #"<div class="flag \#(severity)">⚠ \#(Page.linkingSymbols(message, lang))</div>"#
            for subject in ColumnType.elements(value("subjects").string ?? "[]").compactMap(\.string) {
                flags[flagKey(value("document"), subject), default: ""] += flag
            }
        }
        return flags
    }

    /// A finding's subject within its document.
    static func flagKey(_ document: Rows.Value, _ subject: String) -> String { document.description + "\u{0}" + subject }
}
