import RepertoireModel
import RepertoireParsing

/// The rows of one Repertoire document's facts, paragraphs, citations and findings, under its `document` row; or of
/// one part of a long text (`PartReader`), its lists' positions following the parts before.
struct FactsRows {
    let result: Extractor.Result
    let scanner: SymbolScanner
    let document = SQLValue.document
    /// A part's own lines: its window's source lines, paragraphs and links outside them are other parts' (its facts
    /// are its own already). Nil for a whole text.
    let owned: Range<Int>?
    /// Where the part's lists begin (the rows the parts before it wrote).
    let start: Positions

    /// How many rows of each list the document has so far: the positions of the next part's rows.
    struct Positions: Sendable {
        var items = 0, meetings = 0, videoconferences = 0, decisions = 0, events = 0

        mutating func add(_ facts: Facts) {
            items += facts.agendaItems.count; meetings += facts.meetings.count
            videoconferences += facts.videoconferences.count; decisions += facts.decisions.count; events += facts.events.count
        }
    }

    var facts: Facts { result.facts }
    var language: String { facts.language }

    init(result: Extractor.Result, owned: Range<Int>? = nil, start: Positions = Positions()) {
        self.result = result
        self.owned = owned
        self.start = start
        scanner = SymbolScanner(profile: .profile(for: result.facts.language))
    }

    static func batch(_ result: Extractor.Result) -> RowBatch {
        var batch = RowBatch(language: result.facts.language)
        FactsRows(result: result).record(&batch)
        return batch
    }

    /// The rows of a part of a long text, its findings left to the end (they are the whole text's).
    static func batch(part result: Extractor.Result, lines: Range<Int>, start: Positions) -> RowBatch {
        var batch = RowBatch(language: result.facts.language)
        FactsRows(result: result, owned: lines, start: start).record(&batch, findings: false)
        return batch
    }

    /// The findings' rows, from position `start` on.
    static func batch(findings: [Finding], language: String, start: Int = 0) -> RowBatch {
        var batch = RowBatch(language: language)
        writeFindings(findings, from: start, &batch)
        return batch
    }

    func isOwned(_ line: Int?) -> Bool { owned.map { range in line.map(range.contains) ?? false } ?? true }

    private func record(_ db: inout RowBatch, findings: Bool = true) {
        var text: [UInt8] = []
        let lines = result.layout.lines.filter { isOwned($0.number) }
        for line in lines { text.append(contentsOf: result.layout.text[line.range]); text.append(0x0A) }
        // Kept once, compressed (zlib) in blocks of lines: the passages hold the text as read, this the lines as they were.
        for block in SourceBlocks.split(text, firstLine: lines.first?.number ?? 1) {
            db.insert("source_block", ["document_id": document, "first_line": block.firstLine, "line_count": block.lines,
                                       "bytes": block.range.count, "zlib": SQLValue.blob(SourceBlocks.compress(text[block.range]) ?? [])])
        }
        for symbol in allSymbols() { db.register(symbol) }
        for (k, item) in facts.agendaItems.enumerated() { writeItem(item, position: start.items + k, &db) }
        for (k, meeting) in facts.meetings.enumerated() { writeMeeting(meeting, position: start.meetings + k, &db) }
        for (k, vc) in facts.videoconferences.enumerated() { writeVideoconference(vc, position: start.videoconferences + k, &db) }
        for (k, d) in facts.decisions.enumerated() {
            db.insert("decision", [
                "document_id": document, "position": start.decisions + k, "symbol": d.symbol.compact, "kind": d.kind.rawValue,
                "date": d.date?.iso, "votes_for": d.vote?.for, "votes_against": d.vote?.against,
                "votes_abstaining": d.vote?.abstaining, "unanimous": d.unanimous, "chapter_vii": d.chapterVII,
                "venue": d.venue?.rawValue, "record": d.record?.compact, "agenda_item": d.agendaItem,
                "line": d.locations.first ?? 0, "lines": d.locations.json,
            ])
        }
        for (k, e) in facts.events.enumerated() { writeEvent(e, position: start.events + k, &db) }
        for f in facts.footnotes { writeFootnote(f, &db) }
        for note in facts.tableNotes {
            db.insert("table_note", [
                "document_id": document, "agenda_item": note.agendaItem, "table_number": note.table,
                "letter": note.letter, "text": note.text, "line": note.locations.first ?? 0, "lines": note.locations.json,
            ])
            passage(source: "table_note", item: note.agendaItem, text: note.text, lines: note.locations.lines, &db)
        }
        writeParagraphs(&db)
        for link in result.layout.links where isOwned(link.line) {
            guard let symbol = link.symbol else { continue }
            cite(symbol, line: link.line, context: "link", &db)
        }
        if findings { Self.writeFindings(facts.findings, from: 0, &db) }
    }

    private static func writeFindings(_ findings: [Finding], from start: Int, _ db: inout RowBatch) {
        for (k, f) in findings.enumerated() {
            var w = JSONWriter()
            w.array(f.subjects) { w, s in w.string(s) }
            db.insert("finding", [
                "document_id": SQLValue.document, "position": start + k, "kind": f.kind, "severity": f.severity.rawValue,
                "message": f.message, "subjects": String(decoding: w.bytes, as: UTF8.self),
                "template": f.text?.key, "arguments": f.text?.jsonString,
                "line": f.line ?? f.locations.first, "lines": f.locations.json,
            ])
        }
    }

    private func writeItem(_ item: AgendaItem, position: Int, _ db: inout RowBatch) {
        let id = db.insert("agenda_item", [
            "document_id": document, "position": position, "number": item.number, "title": item.title,
            "stated_meetings": item.statedCounts.meetings, "stated_videoconferences": item.statedCounts.videoconferences,
            "stated_resolutions": item.statedCounts.resolutions,
            "stated_presidential_statements": item.statedCounts.presidentialStatements,
            "line": item.locations.first ?? 0, "lines": item.locations.json,
        ])
        for (k, sub) in item.subItems.enumerated() {
            db.insert("sub_item", [
                "agenda_item_id": id, "position": k, "title": sub.title, "kind": sub.kind.rawValue,
                "line": sub.locations.first ?? 0, "lines": sub.locations.json,
            ])
        }
        passage(source: "heading", item: item.number, text: "\(item.number). \(item.title)", lines: item.locations.lines, &db)
    }

    private func writeMeeting(_ m: Meeting, position: Int, _ db: inout RowBatch) {
        let line = m.locations.first ?? 0
        let id = db.insert("meeting", [
            "document_id": document, "position": position, "agenda_item": m.agendaItem, "record": m.record.compact,
            "date": m.date?.iso, "sub_item": m.subItem, "rule37_count": m.rule37Count, "rule37_note": m.rule37Note,
            "speaker_notes": m.speakerNotes.isEmpty ? nil : m.speakerNotes.jsonString,
            "line": line, "lines": m.locations.json,
        ])
        cite(m.record, line: line, context: "table", &db)
        for (k, c) in m.continuations.enumerated() {
            db.insert("continuation", ["meeting_id": id, "position": k, "record": c.record.compact, "date": c.date?.iso])
            cite(c.record, line: line, context: "table", &db)
        }
        for (k, s) in m.otherDocuments.enumerated() {
            db.insert("meeting_document", ["meeting_id": id, "position": k, "symbol": s.compact])
            cite(s, line: line, context: "table", &db)
        }
        for (k, d) in m.drafts.enumerated() {
            let draft = db.insert("draft", [
                "meeting_id": id, "position": k, "symbol": d.symbol.compact,
                "sponsors_count": d.sponsorsCount, "sponsors_note": d.sponsorsNote,
            ])
            cite(d.symbol, line: line, context: "table", &db)
            for (j, name) in d.sponsors.enumerated() {
                db.insert("sponsor", ["draft_id": draft, "position": j, "name": name, "iso3": Gazetteer.shared.resolve(name)?.code])
            }
        }
        for (role, names) in [("rule37", m.rule37States), ("rule39_other", m.rule39AndOther), ("speaker", m.speakers)] {
            for (k, name) in names.enumerated() {
                let entity = Gazetteer.shared.resolve(name)
                db.insert("participation", [
                    "meeting_id": id, "role": role, "position": k, "name": name,
                    "iso3": entity?.code, "entity_kind": entity?.kind.rawValue,
                ])
            }
        }
        for (k, d) in m.decisions.enumerated() { listed(d, position: k, meeting: id, videoconference: nil, &db) }
    }

    private func writeVideoconference(_ v: Videoconference, position: Int, _ db: inout RowBatch) {
        let line = v.locations.first ?? 0
        let id = db.insert("videoconference", [
            "document_id": document, "position": position, "agenda_item": v.agendaItem, "date": v.date?.iso,
            "record": v.record?.compact, "title": v.title, "written_procedure_record": v.writtenProcedureRecord?.compact,
            "line": line, "lines": v.locations.json,
        ])
        for symbol in [v.record, v.writtenProcedureRecord].compactMap({ $0 }) { cite(symbol, line: line, context: "table", &db) }
        for (k, d) in v.decisions.enumerated() { listed(d, position: k, meeting: nil, videoconference: id, &db) }
    }

    private func listed(_ d: DecisionReference, position: Int, meeting: RowRef?, videoconference: RowRef?, _ db: inout RowBatch) {
        db.insert("listed_decision", [
            "meeting_id": meeting, "videoconference_id": videoconference, "position": position,
            "symbol": d.symbol.compact, "votes_for": d.vote?.for, "votes_against": d.vote?.against,
            "votes_abstaining": d.vote?.abstaining, "chapter_vii": d.chapterVII,
            "line": d.locations.first ?? 0, "lines": d.locations.json,
        ])
        cite(d.symbol, line: d.locations.first ?? 0, context: "table", &db)
    }

    private func writeEvent(_ e: Event, position: Int, _ db: inout RowBatch) {
        let id = db.insert("event", [
            "document_id": document, "position": position, "agenda_item": e.agendaItem, "date": e.date?.iso,
            "kind": e.kind.rawValue, "initiative": e.initiative,
            "initiative_iso3": e.initiative.flatMap { Gazetteer.shared.resolve($0)?.code },
            "sub_item_or_theme": e.subItemOrTheme, "record": e.record?.compact, "concept_note": e.conceptNote?.compact,
            "line": e.locations.first ?? 0, "lines": e.locations.json,
        ])
        for (k, name) in e.briefers.enumerated() { db.insert("briefer", ["event_id": id, "position": k, "name": name]) }
    }

    private func writeFootnote(_ f: Footnote, _ db: inout RowBatch) {
        let line = f.locations.first ?? 0
        db.insert("footnote", ["document_id": document, "number": f.number, "text": f.text, "line": line, "lines": f.locations.json])
        for symbol in f.symbols { cite(symbol, line: line, context: "footnote", &db) }
        db.passage(text: f.text, raw: raw(f.locations.lines), [
            "document_id": document, "source": "footnote", "agenda_item": SQLValue.null, "symbol": SQLValue.null, "language": language,
            "symbols": f.symbols.map(\.compact).joined(separator: " "), "line": line, "lines": f.locations.json,
        ])
    }

    /// The body paragraphs, each with the item it stands under, its symbols cited at their lines.
    private func writeParagraphs(_ db: inout RowBatch) {
        var item: Int?
        for block in result.blocks.blocks {
            switch block {
            case .heading(let h): item = h.number
            case .table: continue
            case .paragraph(let p):
                guard isOwned(p.lines.first) else { continue }
                let hits = scanner.scan(p.bytes)
                for hit in hits { cite(hit.symbol, line: p.line(at: hit.range.lowerBound), context: "text", &db) }
                db.passage(text: p.text, raw: raw(p.lines), [
                    "document_id": document, "source": "paragraph", "agenda_item": item, "symbol": SQLValue.null, "language": language,
                    "symbols": hits.map(\.symbol.compact).joined(separator: " "),
                    "line": p.lines.first, "lines": p.lines.linesJSON,
                ])
            }
        }
    }

    private func passage(source: String, item: Int?, text: String, lines: [Int], _ db: inout RowBatch) {
        let symbols = scanner.symbols(in: text)
        db.passage(text: text, raw: raw(lines), [
            "document_id": document, "source": source, "agenda_item": item, "symbol": SQLValue.null, "language": language,
            "symbols": symbols.map(\.compact).joined(separator: " "), "line": lines.first, "lines": lines.linesJSON,
        ])
    }

    /// The source lines numbered `lines`, as `source_block` keeps them, joined by `\n`: what a passage's recipe reads.
    /// Nil where one is not among them (another part's, or not in the text).
    private func raw(_ lines: [Int]) -> [UInt8]? {
        guard !lines.isEmpty else { return nil }
        var out: [UInt8] = []
        for (k, n) in lines.enumerated() {
            guard isOwned(n), let line = result.layout.line(numbered: n) else { return nil }
            if k > 0 { out.append(0x0A) }
            out.append(contentsOf: result.layout.text[line.range])
        }
        return out
    }

    private func cite(_ symbol: DocumentSymbol, line: Int, context: String, _ db: inout RowBatch) {
        db.cite(symbol, line: line, context: context)
    }

    /// Every symbol a row refers to, registered before the rows.
    private func allSymbols() -> [DocumentSymbol] {
        var all = facts.symbols + facts.urlSymbols
        for m in facts.meetings {
            all.append(m.record)
            all += m.continuations.map(\.record) + m.otherDocuments + m.drafts.map(\.symbol) + m.decisions.map(\.symbol)
        }
        for v in facts.videoconferences { all += [v.record, v.writtenProcedureRecord].compactMap { $0 } + v.decisions.map(\.symbol) }
        for d in facts.decisions { all += [d.symbol, d.record].compactMap { $0 } }
        for e in facts.events { all += [e.record, e.conceptNote].compactMap { $0 } }
        for f in facts.footnotes { all += f.symbols }
        return Array(Set(all))
    }
}
