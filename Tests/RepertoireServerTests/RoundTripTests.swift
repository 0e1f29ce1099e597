import Foundation
import Testing
import RepertoireModel
import RepertoireParsing
import RepertoireStore
@testable import RepertoireServer

/// `render --format text` writes an item's tables in the layout of the Repertoire's PDF text, and `extract` reads
/// that layout: reading what was rendered gives back every table fact. Render and extract keep each other honest.
@Suite("Render and extract: the round trip")
struct RoundTripTests {
    /// A table row's facts as one comparable text (the lines they were read from left out).
    static func key(_ m: Meeting) -> String {
        [m.record.compact, m.date?.iso ?? "-",
         m.continuations.map { "\($0.record.compact) \($0.date?.iso ?? "-")" }.joined(separator: ", "),
         m.subItem ?? "-", m.otherDocuments.map(\.compact).joined(separator: ", "),
         m.drafts.map { "\($0.symbol.compact) \($0.sponsorsCount.map(String.init) ?? "-") \($0.sponsorsNote ?? "-") \($0.sponsors.joined(separator: "|"))" }
            .joined(separator: "; "),
         "\(m.rule37Count.map(String.init) ?? "-") \(m.rule37Note ?? "-") \(m.rule37States.joined(separator: "|"))",
         m.rule39AndOther.joined(separator: "|"), m.speakers.joined(separator: "|"), m.speakerNotes.joined(separator: ","),
         m.decisions.map(key).joined(separator: "; ")].joined(separator: "\n")
    }

    static func key(_ v: Videoconference) -> String {
        [v.date?.iso ?? "-", v.record?.compact ?? "-", v.title, v.decisions.map(key).joined(separator: "; "),
         v.writtenProcedureRecord?.compact ?? "-"].joined(separator: "\n")
    }

    static func key(_ d: DecisionReference) -> String {
        "\(d.symbol.compact) \(d.vote.map { "\($0.for)-\($0.against)-\($0.abstaining)" } ?? "-") \(d.chapterVII)"
    }

    /// Text through the extractor: its item's meetings and videoconferences.
    static func tables(_ text: String, item: Int) throws -> (meetings: [String], videoconferences: [String]) {
        let facts = try Extractor().extract(Array(text.utf8), file: "rendered.txt").facts
        return (facts.meetings.filter { $0.agendaItem == item }.map(key), facts.videoconferences.filter { $0.agendaItem == item }.map(key))
    }

    /// The development document in both languages: extracted, stored, each item's tables rendered from the database
    /// and extracted again give the facts first read, row for row.
    @Test(arguments: ["zh", "en"])
    func theDevelopmentDocument(lang: String) throws {
        let path = ServerFixture.root.appendingPathComponent("Samples/\(lang)-2020-part1-items35-36.txt").path
        let original = try Extractor().extract([UInt8](FileManager.default.contents(atPath: path)!), file: path).facts
        let store = try SQLiteStore()
        _ = Ingestor(store: store).ingest([path])
        var compared = 0
        for item in Set(original.meetings.compactMap(\.agendaItem) + original.videoconferences.compactMap(\.agendaItem)).sorted() {
            let text = TableOne.text(try store.tableOne(item: item, language: lang), try store.tableTwo(item: item, language: lang),
                                     item: item, title: try store.itemTitle(item, language: lang) ?? "", lang: lang)
            let read = try Self.tables(text, item: item)
            #expect(read.meetings == original.meetings.filter { $0.agendaItem == item }.map(Self.key), "\(lang) item \(item)")
            #expect(read.videoconferences == original.videoconferences.filter { $0.agendaItem == item }.map(Self.key), "\(lang) item \(item)")
            compared += read.meetings.count + read.videoconferences.count
        }
        #expect(compared == 12, "every row of items 35 and 36 (3 meetings and 9 videoconferences)")
    }

    /// Fifty generated tables a language, rows drawn at random (seeded) from what Tables 1 and 2 hold: resumptions,
    /// sub-items or none, other documents, drafts with long (lettered) or named sponsor lists or none, rule 37
    /// invitations as a count or a few names, rule 39 invitations, speakers, decisions with their votes and
    /// Chapter VII, videoconferences with decisions and records of written procedure. Rendered, then extracted:
    /// every row's facts come back.
    @Test(arguments: ["zh", "en"])
    func generatedTables(lang: String) throws {
        var generator = TableGenerator(seed: lang == "zh" ? 7 : 11, lang: lang)
        var failures: [String] = []
        for document in 0..<50 {
            let (meetings, videoconferences) = generator.tables()
            let item = 1 + document % 60
            let text = TableOne.text(meetings, videoconferences, item: item, title: generator.title(), lang: lang)
            let read = try Self.tables(text, item: item)
            let expected = generator.expected(meetings, videoconferences, item: item)
            if read.meetings != expected.meetings || read.videoconferences != expected.videoconferences {
                let wrong = zip(read.meetings + read.videoconferences, expected.meetings + expected.videoconferences).first { $0 != $1 }
                failures.append("document \(document): read \(read.meetings.count)+\(read.videoconferences.count) rows, expected "
                                + "\(expected.meetings.count)+\(expected.videoconferences.count)\n\(wrong.map { "read:\n\($0.0)\nexpected:\n\($0.1)" } ?? "")\n\(text)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of 50 documents differ; the first:\n\(failures.first ?? "")")
    }
}

/// Rows of Tables 1 and 2 drawn at random from a seeded generator, and the facts `extract` should read from them.
struct TableGenerator {
    var state: UInt64
    let lang: String
    /// Member States, as the development document's lists of them give them (in either language), with a name in
    /// both languages.
    static let codes: [String] = {
        var codes: Set<String> = []
        for lang in ["zh", "en"] {
            let path = ServerFixture.root.appendingPathComponent("Samples/\(lang)-2020-part1-items35-36.txt").path
            let facts = try! Extractor().extract([UInt8](FileManager.default.contents(atPath: path)!), file: path).facts
            for m in facts.meetings { for name in m.rule37States + m.drafts.flatMap(\.sponsors) { if let e = Gazetteer.shared.resolve(name) { codes.insert(e.code) } } }
        }
        return codes.filter { Gazetteer.shared.name(code: $0, language: "zh") != nil && Gazetteer.shared.name(code: $0, language: "en") != nil }.sorted()
    }()

    init(seed: UInt64, lang: String) { state = seed; self.lang = lang }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    var zh: Bool { lang == "zh" }

    mutating func states(_ count: Int) -> [TableOneRow.Party] {
        var codes = Self.codes, out: [TableOneRow.Party] = []
        for _ in 0..<min(count, codes.count) {
            let code = codes.remove(at: int(0...(codes.count - 1)))
            out.append(.init(name: Gazetteer.shared.name(code: code, language: lang)!, iso3: code))
        }
        return out
    }

    mutating func title() -> String {
        pick(zh ? ["维护国际和平与安全", "儿童与武装冲突", "妇女与和平与安全", "非洲和平与安全"]
                : ["Maintenance of international peace and security", "Children and armed conflict", "Women and peace and security",
                   "Peace and security in Africa"])
    }

    mutating func date(year: Int) -> String { String(format: "%04d-%02d-%02d", year, int(1...12), int(1...28)) }

    mutating func decision(year: Int) -> (symbol: String, vote: String?, chapterVII: Bool) {
        if chance(25) { return ("S/PRST/\(year)/\(int(1...30))", nil, false) }
        return ("S/RES/\(int(2000...2700))(\(year))", pick(["15-0-0", "14-0-1", "13-0-2", "12-0-3", "13-1-1"]), chance(30))
    }

    mutating func tables() -> ([TableOneRow], [TableTwoRow]) {
        let year = int(2000...2024)
        var meetings: [TableOneRow] = []
        var record = int(4000...9500)
        for _ in 0..<int(0...5) {
            record += int(1...40)
            var row = TableOneRow(record: "S/PV.\(record)", date: date(year: year))
            for k in 0..<(chance(20) ? int(1...2) : 0) {
                row.resumptions.append(("S/PV.\(record)(Resumption\(k + 1))", date(year: year)))
            }
            if chance(60) {
                row.subItem = pick(zh ? ["维护《联合国宪章》", "气候与安全", "青年与和平与安全", "安全部门改革"]
                                     : ["Upholding the United Nations Charter", "Climate and security", "Youth and peace and security",
                                        "Security sector reform"])
            }
            if row.subItem != nil, chance(40) { row.otherDocuments.append("S/\(year)/\(int(1...999))") }
            if chance(50) {
                let long = !zh || chance(50)
                let sponsors = chance(15) ? [] : states(long ? int(11...60) : int(1...4))
                row.drafts.append(("S/\(year)/\(int(1000...1300))", sponsors, sponsors.count > LetteredNotes.longList ? sponsors.count : nil, nil))
            }
            switch int(0...2) {
            case 0: break
            case 1: row.rule37 = states(int(1...4))
            default: row.rule37 = states(int(11...70)); row.rule37Count = row.rule37.count
            }
            row.speakers = chance(70) ? states(int(1...5)) : []
            // Invitees under rule 39 speak: a row with them has speakers (a list alone before the decisions, with no
            // spacing to place it, is read as the speakers).
            if !row.speakers.isEmpty, chance(40) {
                row.rule39 = (0..<int(1...2)).map { _ in
                    .init(name: pick(zh ? ["秘书长特别代表", "欧洲联盟驻联合国代表团团长", "红十字国际委员会常驻联合国观察员"]
                                        : ["Special Representative of the Secretary-General", "Head of the Delegation of the European Union to the United Nations",
                                           "Permanent Observer of the International Committee of the Red Cross to the United Nations"]), iso3: nil)
                }
                row.rule39 = row.rule39.reduce(into: []) { kept, p in if !kept.contains(where: { $0.name == p.name }) { kept.append(p) } }
            }
            row.decisions = (0..<int(0...2)).map { _ in decision(year: year) }
            meetings.append(row)
        }
        var videoconferences: [TableTwoRow] = []
        for _ in 0..<int(0...4) {
            let date = date(year: year), letter = self.date(year: year)
            var row = TableTwoRow(date: date, record: "S/\(year)/\(int(100...1200))",
                                  title: zh ? TableOne.date(letter, "zh") + "安全理事会主席给秘书长和安全理事会成员常驻代表的信"
                                            : "Letter dated \(TableOne.date(letter, "en")) from the President of the Security Council addressed to the Secretary-General")
            if chance(40) {
                row.decisions = [decision(year: year)]
                row.writtenProcedureRecord = "S/\(year)/\(int(100...1200))"
            }
            videoconferences.append(row)
        }
        if meetings.isEmpty && videoconferences.isEmpty { return tables() }
        return (meetings, videoconferences)
    }

    /// The facts the rows should be read as: the notes lettered in the order the table gives them.
    func expected(_ meetings: [TableOneRow], _ videoconferences: [TableTwoRow], item: Int) -> (meetings: [String], videoconferences: [String]) {
        var letter = 0
        func note(_ names: [TableOneRow.Party]) -> String? {
            guard names.count > LetteredNotes.longList else { return nil }
            defer { letter += 1 }
            return String(UnicodeScalar(UInt8(97 + letter)))
        }
        let rows = meetings.map { row -> String in
            let drafts = row.drafts.map { d -> String in
                let n = note(d.sponsors)
                return "\(d.symbol) \(n == nil ? "-" : String(d.sponsors.count)) \(n ?? "-") \(d.sponsors.map(\.name).joined(separator: "|"))"
            }
            let n37 = note(row.rule37)
            return [row.record, row.date ?? "-", row.resumptions.map { "\($0.record) \($0.date ?? "-")" }.joined(separator: ", "),
                    row.subItem ?? "-", (row.otherDocuments + row.drafts.map(\.symbol)).joined(separator: ", "), drafts.joined(separator: "; "),
                    "\(row.rule37Count.map(String.init) ?? "-") \(n37 ?? "-") \(row.rule37.map(\.name).joined(separator: "|"))",
                    row.rule39.map(\.name).joined(separator: "|"), row.speakers.map(\.name).joined(separator: "|"), "",
                    row.decisions.map { "\($0.symbol) \($0.vote ?? "-") \($0.chapterVII)" }.joined(separator: "; ")].joined(separator: "\n")
        }
        let vcs = videoconferences.map { v in
            [v.date ?? "-", v.record ?? "-", v.title ?? "", v.decisions.map { "\($0.symbol) \($0.vote ?? "-") \($0.chapterVII)" }.joined(separator: "; "),
             v.writtenProcedureRecord ?? "-"].joined(separator: "\n")
        }
        return (rows, vcs)
    }
}
