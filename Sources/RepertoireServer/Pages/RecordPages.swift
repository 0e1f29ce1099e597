import Foundation
import Hummingbird
import RepertoireModel
import RepertoireStore

/// A meeting, a decision and a state.
extension PagesController {
    func meeting(_ record: DocumentSymbol, _ request: Request, json: Bool) throws -> Response {
        // The page shows at most `itemRows` rows a section, and links its JSON twin, which has all.
        guard let sections = try store.meeting(record, language: Labels.of(request).lang, limit: json ? nil : Self.itemRows) else {
            throw APIError.notFound("no meeting \(record.compact)")
        }
        if json { return Envelope.sections(sections, request: request) }
        // A meeting's participants are all shown (a hundred states invited under rule 37 are one meeting's).
        let full = Sections.unlocalised(sections, request), s = full.cut(to: Self.itemRows, except: ["participants"]), labels = s.labels, lang = labels.lang
        let m = s["meeting"]
        var page = Page(title: record.compact, subtitle: [m.column("date").first, m.column("sub_item").first].compactMap { $0?.description }.filter { !$0.isEmpty }.joined(separator: " · "))
        // What the checks found about this meeting comes first, where a reader of its decisions sees it.
        page.add(heading: labels["findings"], rows: s["findings"], columns: Page.findingColumns(lang),
                 labels: labels, skipsWhenEmpty: true)
        Self.more(full, "findings", &page, request)
        page.add(heading: labels["placed"], rows: s["placed"], columns: [
            .init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("source", html: { v in Page.escape(labels["source_" + (v("source").string ?? "")]) }),
            .init("vote"),
        ], labels: labels)
        Self.more(full, "placed", &page, request)
        page.add(heading: labels["item"], rows: m, columns: [.init("item", link: { Links.item($0("item"), lang) }), .init("date"), .init("rule37_count"), .init("rule37_note")], labels: labels)
        page.add(heading: labels["continuations"], rows: s["continuations"], columns: [.init("record"), .init("date")], labels: labels)
        page.add(heading: labels["decisions"], rows: s["decisions"], columns: [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("vote")], labels: labels)
        page.add(heading: labels["drafts"], rows: s["drafts"], columns: [.init("symbol"), .init("sponsors_count", "#"), .init("sponsors")], labels: labels)
        page.add(heading: labels["participants"], rows: s["participants"], columns: [
            .init("role"), .state("name", lang: lang), .init("iso3"),
        ], labels: labels)
        try addSource(&page, rows: m, labels: labels)
        return page.render(request, labels: labels)
    }

    func decision(_ symbol: DocumentSymbol, _ request: Request, json: Bool) throws -> Response {
        // The page shows at most `itemRows` rows a section, and links its JSON twin, which has all.
        let sections = try store.show(symbol, limit: json ? nil : Self.itemRows)
        guard !(sections.first?.rows.rows.isEmpty ?? true) else { throw APIError.notFound("\(symbol.compact) is not in the database") }
        if json { return Envelope.sections(sections, request: request) }
        let full = Sections.unlocalised(sections, request), s = full.cut(to: Self.itemRows), labels = s.labels, lang = labels.lang
        let decisions = s["decisions"], official = s["official_record"]
        let vote = (decisions.column("vote").first?.string ?? official.column("vote").first?.string).flatMap(Vote.init)
        var page = Page(title: symbol.compact, subtitle: official.column("title").first?.string)
        func more(_ section: String) { Self.more(full, section, &page, request) }
        page.add(heading: nil, html: #"<p><a class="doc" href="\#(Links.undocs(symbol.compact, lang))">undocs.org ↗</a></p>"#)
        if let vote {
            page.add(heading: labels["vote"], html: Charts.voteBar(for: vote.for, against: vote.against, abstaining: vote.abstaining, labels: labels)
                     + "<p>\(vote.text)</p>")
        }
        page.add(heading: labels["decisions"], rows: decisions, columns: [
            .init("date"), .init("item", link: { Links.item($0("item"), lang) }), .init("vote"), .init("venue"),
            .init("record", link: { v in v("venue").string == "meeting" ? Links.meeting(v("record"), lang) : nil }), .init("chapter_vii"),
        ], labels: labels)
        more("decisions")
        page.add(heading: labels["listed"], rows: s["listed"], columns: [.init("occasion"), .init("date"), .init("vote")], labels: labels)
        more("listed")
        page.add(heading: labels["official_record"], rows: official, columns: [
            .init("venue"), .init("meeting"), .init("date"), .init("adoption_type", text: { v in Self.adoption(v, labels) }), .init("vote"), .init("draft"),
        ], labels: labels)
        page.add(heading: labels["member_votes"], rows: s["member_votes"], columns: [
            .state("state", lang: lang), .init("iso3"), .init("vote"),
        ], labels: labels)
        try addSource(&page, rows: decisions, labels: labels)
        page.add(heading: labels["findings"], rows: s["findings"], columns: Page.findingColumns(lang), labels: labels)
        more("findings")
        page.add(heading: labels["official_texts"], rows: s["official_texts"], columns: [.init("language"), .init("title"), .init("adoption_date")], labels: labels)
        page.add(heading: labels["citations"], rows: s["citations"], columns: [.init("document"), .init("line"), .init("context")], labels: labels)
        more("citations")
        return page.render(request, labels: labels)
    }

    /// Where a section was cut at `itemRows`: a note linking the page's JSON twin, which has every row.
    static func more(_ full: Sections, _ section: String, _ page: inout Page, _ request: Request) {
        guard full[section].rows.count > itemRows else { return }
        page.add(heading: nil, html: #"<p class="note">\#(itemRows)+ · <a href="\#(Page.escape(Page.jsonTwin(request)))">\#(full.labels["all_rows"])</a></p>"#)
    }

    func state(_ code: String, _ request: Request, json: Bool) throws -> Response {
        guard let sections = try store.state(code, limit: json ? nil : Self.itemRows) else { throw APIError.notFound("\(code) appears nowhere in the database") }
        if json { return Envelope.sections(sections, request: request) }
        let full = Sections.unlocalised(sections, request), s = full.cut(to: Self.itemRows), labels = s.labels, lang = labels.lang
        // The state's name in the page's language, from the gazetteer; else as the data writes it.
        let name = Gazetteer.shared.name(code: code, language: lang) ?? s["summary"].column("name").first?.string ?? code
        var page = Page(title: "\(name) (\(code))")
        page.add(heading: labels["summary"], rows: s["summary"], columns: [
            .init("invited_rule37"), .init("invited_rule39_other"), .init("spoke"), .init("sponsored"), .init("voted"),
        ], labels: labels)
        page.add(heading: labels["participation"], rows: s["participation"], columns: [
            .init("record", link: { Links.meeting($0("record"), lang) }), .init("date"), .init("item", link: { Links.item($0("item"), lang) }), .init("role"),
        ], labels: labels)
        Self.more(full, "participation", &page, request)
        page.add(heading: labels["sponsored"], rows: s["sponsored"], columns: [.init("draft"), .init("record", link: { Links.meeting($0("record"), lang) }), .init("date")], labels: labels)
        Self.more(full, "sponsored", &page, request)
        page.add(heading: labels["votes_by_year"], rows: s["votes_by_year"], columns: [.init("year"), .init("for"), .init("against"), .init("abstaining")], labels: labels)
        page.add(heading: labels["vetoes_cast"], rows: s["vetoes_cast"], columns: [.init("year"), .init("vetoes", "vetoes_by")], labels: labels)
        page.add(heading: labels["votes"], rows: s["votes"], columns: [.init("symbol", link: { Links.decision($0("symbol"), lang) }), .init("date"), .init("vote")], labels: labels)
        Self.more(full, "votes", &page, request)
        return page.render(request, labels: labels)
    }

    /// How the UN's record says a decision was adopted, in the page's words (the data's `Adopted unanimously, 8748th
    /// meeting` is English).
    static func adoption(_ v: (String) -> Rows.Value, _ labels: Labels) -> String {
        let how = v("vote").string.map { v("unanimous").int == 1 || $0 == "15-0-0" ? labels["adopted_unanimously"] : labels["adopted_by_vote"] + " " + $0 } ?? ""
        return how
    }
}
