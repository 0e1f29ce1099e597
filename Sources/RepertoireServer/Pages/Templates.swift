import Mustache

/// The one page template: a header with search, blocks (a heading, server-made SVG, a table), a footer linking
/// the page's `.json` twin and the other language. Everything is served from here: no CDN, no script.
enum Templates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        try! library.register(page, named: "page")
        return library
    }()

    static let page = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{window_title}}</title>
    <link rel="alternate" type="application/json" href="{{json}}">
    <style>
    body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; margin: 0; color: #1b1b1b; line-height: 1.5; }
    header { background: #0b3d91; color: #fff; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: center; }
    header a { color: #fff; text-decoration: none; } header .site { font-weight: 700; }
    header form { margin-left: auto; display: flex; gap: .3rem; } header input[name=q] { padding: .3rem; min-width: 10rem; }
    main { padding: 1rem; max-width: 72rem; margin: auto; } h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
    .scroll { overflow-x: auto; } table { border-collapse: collapse; font-size: .92rem; }
    th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
    th { background: #f2f4f8; } mark { background: #ffe58a; } .empty { color: #666; }
    .totals { display: flex; flex-wrap: wrap; gap: .8rem; } .totals div { background: #f2f4f8; padding: .5rem .8rem; border-radius: 4px; }
    .totals b { display: block; font-size: 1.3rem; }
    svg.chart { width: 100%; max-width: 48rem; height: auto; } svg .meeting { fill: #0b3d91; } svg .vc { fill: #e8833a; }
    svg .veto-chn { fill: #c62828; } svg .veto-fra { fill: #1565c0; } svg .veto-rus { fill: #6a1b9a; } svg .veto-gbr { fill: #00838f; } svg .veto-usa { fill: #ef6c00; }
    td.num { text-align: right; } p.note { color: #555; font-size: 0.85rem; }
    svg .axis { font-size: 9px; fill: #555; } svg .base { stroke: #999; }
    svg.votebar { width: 18rem; max-width: 100%; height: 1.4rem; } .for { fill: #2e7d32; } .against { fill: #c62828; } .abstaining { fill: #9e9e9e; }
    .barlabel { font-size: 12px; fill: #fff; } pre.source { background: #f7f7f7; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
    .flag { font-size: .85rem; margin-top: .2rem; } .flag.error { color: #b00020; } .flag.warning { color: #8a5a00; } .flag.note { color: #555; }
    small.lang { color: #666; } a.doc { text-decoration: none; color: #0b3d91; } form.filters { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: end; }
    form.filters label { display: flex; flex-direction: column; font-size: .85rem; } nav.pages { margin: .8rem 0; display: flex; gap: 1rem; }
    footer { padding: 1rem; color: #555; font-size: .9rem; text-align: center; }
    </style>
    </head>
    <body>
    <header>
    <a class="site" href="/?lang={{lang}}">{{site}}</a>
    {{#nav}}<a href="{{nav_href}}">{{nav_label}}</a>{{/nav}}
    <a href="/stats?lang={{lang}}">{{stats_label}}</a>
    <a href="/findings?lang={{lang}}">{{findings_label}}</a>
    <form action="/search" method="get"><input name="q" value="{{query}}" aria-label="{{search_label}}"><input type="hidden" name="lang" value="{{lang}}"><button>{{search_label}}</button></form>
    </header>
    <main>
    <h1>{{title}}</h1>
    {{#subtitle}}<p>{{subtitle}}</p>{{/subtitle}}
    {{{body}}}
    </main>
    <footer><a href="{{json}}">JSON</a> · <a href="{{other_lang_url}}">{{other_lang}}</a> · <a href="/api/openapi.json">API</a> · <a href="/data/datapackage.json">{{data_label}}</a></footer>
    </body>
    </html>
    """
}

/// The page template made once for each language, with and without a subtitle, into its fixed parts and the places
/// of what each page fills in: a page then costs its parts copied. (Rendered at each request, the template engine's
/// lookups of each name in a dictionary of `Any` and its escaping by `Character` took a third of a record page's
/// time.) What is filled in is escaped as the template's `{{…}}` would, the body (`{{{body}}}`) copied as it is.
struct Frame: Sendable {
    enum Slot: String, CaseIterable, Sendable { case title, body, query, window_title, json, other_lang_url, subtitle }
    enum Part: Sendable { case text([UInt8]), slot(Slot) }
    let parts: [Part]

    /// Each slot's value rendered as a marker the template copies as it is (`U+E000 name U+E000`, a private-use
    /// character no escaping touches), the result cut at the markers.
    init(labels: Labels, subtitle: Bool) {
        let marker = "\u{E000}"
        let lang = labels.lang
        var context: [String: Any] = [
            "lang": lang, "site": labels["site"], "findings_label": labels["findings"], "stats_label": labels["stats"],
            "search_label": labels["search"], "other_lang": labels["other_lang"], "data_label": labels["data_package"],
            "nav": ["meetings", "videoconferences", "decisions", "states", "symbols", "events"].map { ["nav_href": "/\($0)?lang=\(lang)", "nav_label": labels[$0]] },
        ]
        for slot in Slot.allCases where slot != .subtitle || subtitle { context[slot.rawValue] = marker + slot.rawValue + marker }
        let text = Templates.library.render(context, withTemplate: "page") ?? ""
        parts = text.components(separatedBy: marker).enumerated().compactMap { k, piece in
            k % 2 == 0 ? (piece.isEmpty ? nil : .text(Array(piece.utf8))) : Slot(rawValue: piece).map(Part.slot)
        }
    }

    static let all: [String: [Frame]] = Labels.all.mapValues { labels in [Frame(labels: labels, subtitle: false), Frame(labels: labels, subtitle: true)] }

    static func of(_ labels: Labels, subtitle: Bool) -> Frame {
        all[labels.lang]?[subtitle ? 1 : 0] ?? Frame(labels: labels, subtitle: subtitle)
    }

    /// The page: the parts, the body as it is, each other slot filled with its value, escaped.
    func render(body: [UInt8], _ values: [Slot: String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 8192)
        for part in parts {
            switch part {
            case .text(let bytes): out += bytes
            case .slot(.body): out += body
            case .slot(let slot): Page.escape(values[slot] ?? "", into: &out)
            }
        }
        return out
    }
}
