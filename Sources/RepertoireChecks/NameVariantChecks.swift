import Foundation
import RepertoireModel
import RepertoireParsing

extension DocumentChecks {
    /// One sub-item or briefer named two ways: the overview's sub-item against the narrative's
    /// `题为“…”的分项` and the table's sub-item column; a briefer against later mentions in its account.
    func nameVariants() -> [Finding] {
        var result: [Finding] = []
        // Pairs reported, either way round, by their bytes without white space (0xFF, never in UTF-8, between).
        var reported = Set<ByteKey>()
        func add(_ a: String, _ b: String, _ what: String, _ lines: [Int]) {
            let x = squeezed(a), y = squeezed(b)
            guard x != y, reported.insert(ByteKey(x.lexicographicallyPrecedes(y) ? x + [0xFF] + y : y + [0xFF] + x)).inserted else { return }
            result.append(Finding("name-variant", [a, b], .note, FindingMessage("named-two-ways", [.word(what), .text(a), .text(b)]), lines: lines))
        }
        let headingLines = facts.agendaItems.compactMap { $0.locations.first }.sorted()
        // Each item's meetings' first lines. Rows come in document order, so these are sorted and a section's rows are
        // found by binary search; where they are not, every row is tried.
        let meetingLines = index.meetingsByItem.mapValues { rows in rows.map { $0.locations.first ?? 0 } }
        let inOrder = meetingLines.mapValues { lines in zip(lines, lines.dropFirst()).allSatisfy { $0 <= $1 } }
        for (item, overview, spans) in sections() {
            // This section's lines: from its heading to the next one.
            let start = overview.first?.firstLine ?? spans.first?.first?.firstLine ?? 0
            // The headings around it (sorted: found by binary search).
            let next = headingLines.firstIndex(after: { $0 > start })
            let from = next > 0 ? headingLines[next - 1] : 0
            let to = next < headingLines.count ? headingLines[next] : Int.max
            // Sub-items: the overview's names against the narrative's and the table's.
            let subItems = facts.agendaItems.first { $0.number == item }?.subItems ?? []
            var named: [(String, [Int])] = []
            for p in spans.flatMap({ $0 }) { named += quotedSubItems(p) }
            let rows = index.meetingsByItem[item] ?? [], lines = meetingLines[item] ?? []
            let first = lines.firstIndex(after: { $0 > from })
            let window = inOrder[item] == true ? first..<max(first, lines.firstIndex(after: { $0 >= to })) : lines.indices
            for k in window where lines[k] > from && lines[k] < to {
                if let s = rows[k].subItem { named.append((withoutTrailingSymbol(s), rows[k].locations.lines)) }
            }
            var compared = Set<ByteKey>()
            let known = subItems.map { (item: $0, name: VariantName($0.title, self)) }
            for (name, lines) in named where compared.insert(ByteKey(squeezed(name))).inserted {
                let candidate = VariantName(name, self)
                guard !known.contains(where: { $0.name.scalars == candidate.scalars }) else { continue }
                if let s = known.first(where: { isVariant($0.name, candidate) }) {
                    add(s.item.title, name, "sub-item", s.item.locations.lines + lines)
                }
            }
            // Briefers: later mentions in the same account.
            for span in spans {
                guard let first = span.first?.firstLine, let event = index.eventsByLine[first] else { continue }
                guard !event.briefers.isEmpty else { continue }
                let scalars = m.profile.titlesLead ? [] : scalarsWithoutSpace(of: span)
                let otherNames = m.profile.titlesLead ? [] : event.briefers.map(scalarsWithoutSpace)
                let words = m.profile.titlesLead ? MentionWords(span) : MentionWords([])
                let others = m.profile.titlesLead ? Set(event.briefers.map { $0.split(separator: " ").joined(separator: " ") }) : []
                for briefer in event.briefers {
                    let found = m.profile.titlesLead ? words.variant(of: briefer, others: others, functionWords: m.functionWords)
                        : variantMention(of: briefer, in: scalars, others: otherNames)
                    if let mention = found {
                        let needle = Array(mention.utf8)
                        let mentionLine = span.lazy.compactMap { p in ByteSearch.find(needle, in: p.bytes).map { p.line(at: $0) } }.first
                        add(briefer, mention, "a_briefer", Array(event.locations.lines.prefix(1)) + [mentionLine].compactMap { $0 })
                    }
                }
            }
        }
        return result
    }

    /// For each item: its number, its opening paragraphs, and each event's account (the event paragraph and
    /// those after it up to the next event, table or summary).
    func sections() -> [(Int, [Passage], [[Passage]])] {
        var result: [(Int, [Passage], [[Passage]])] = []
        var item: Int? = nil, opening: [Passage] = [], spans: [[Passage]] = [], inSummary = false
        let eventLines = Set(facts.events.compactMap { $0.locations.first })
        func flush() { if let item { result.append((item, opening, spans)) } }
        for block in blocks.blocks {
            switch block {
            case .heading(let h):
                flush(); item = h.number; opening = []; spans = []; inSummary = false
            case .paragraph(let p):
                if isSummary(p) { inSummary = true }
                if inSummary { continue }
                if let first = p.firstLine, eventLines.contains(first) { spans.append([p]) }
                else if spans.isEmpty { opening.append(p) } else { spans[spans.count - 1].append(p) }
            case .table: inSummary = true
            }
        }
        flush()
        return result
    }

    /// `2020 年，…` opens the closing summary.
    func isSummary(_ p: Passage) -> Bool {
        let s = p.bytes
        guard s.count > 8, s[0...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var i = 4
        while i < s.count && s[i] == 0x20 { i += 1 }
        return s[i...].starts(with: m.profile.summaryOpening.utf8)
    }

    /// `题为“X”的分项` in a paragraph.
    func quotedSubItems(_ p: Passage) -> [(String, [Int])] {
        guard let (openText, closeText) = m.profile.themeQuotes.first else { return [] }
        let open = Array(openText.utf8), close = Array(closeText.utf8), s = p.bytes
        var result: [(String, [Int])] = []
        var from = 0
        while let o = ByteSearch.find(open, in: s, from: from), let c = ByteSearch.find(close, in: s, from: o + open.count) {
            result.append((String(decoding: s[(o + open.count)..<c], as: UTF8.self), p.lines))
            from = c + close.count
        }
        return result
    }

    func isSpace(_ s: Unicode.Scalar) -> Bool { s.value == 0x20 || s.value == 0x09 || s.value == 0x0A || s.value == 0x3000 || s.value == 0xA0 }

    /// A later mention of `name` written another way: it starts like the name, ends in a title and differs
    /// by a few characters.
    /// `t` is the account's text as Unicode scalars without white space.
    /// `others` are the event's briefers, prepared by `scalarsWithoutSpace` (a few: searched in turn, not hashed).
    func variantMention(of name: String, in t: [Unicode.Scalar], others otherNames: [[Unicode.Scalar]]) -> String? {
        let b = scalarsWithoutSpace(name)
        let allowed = b.count >= 8 ? 3 : b.count >= 6 ? 2 : b.count >= 5 ? 1 : 0
        // A briefer's name is a title, not a paragraph (a damaged text can make one of thousands of characters, each
        // of its mentions then weighed at full length): longer ones are not compared.
        guard allowed > 0, b.count >= 2, b.count <= Self.longestName else { return nil }
        let endings = m.titleEndings
        // The name itself, ending in a title, is no variant of it: the loop below would stop there with none.
        let nameEndsWithTitle = endings.contains { b.count >= $0.count && b.suffix($0.count).elementsEqual($0) }
        var from = 0
        while let i = DocumentChecks.pair(b[0], b[1], in: t, from: from) {
            from = i + 1
            if nameEndsWithTitle, i + b.count <= t.count, t[i..<(i + b.count)].elementsEqual(b) { continue }
            var best: (Int, ArraySlice<Unicode.Scalar>)? = nil
            for length in max(2, b.count - allowed)...(b.count + allowed) where i + length <= t.count {
                let candidate = t[i..<(i + length)]
                guard m.mayEndTitle(t[i + length - 1]),
                      endings.contains(where: { candidate.count >= $0.count && candidate.suffix($0.count).elementsEqual($0) }) else { continue }
                if candidate.elementsEqual(b) { best = nil; break }
                // A cut-short mention (`红十字国际委员` of `红十字国际委员会主席`) is no other name.
                if b.starts(with: candidate) { continue }
                guard let d = boundedDistance(b[...], candidate, limit: allowed) else { continue }
                if best == nil || d < best!.0 { best = (d, candidate) }
            }
            if let (d, candidate) = best, d > 0, !otherNames.contains(where: { $0.elementsEqual(candidate) }) {
                var utf8: [UInt8] = []
                for scalar in candidate { UTF8.encode(scalar) { utf8.append($0) } }
                return String(decoding: utf8, as: UTF8.self)
            }
        }
        return nil
    }

    /// The longest briefer's name compared with its mentions, in characters (the longest in the development document
    /// has 93).
    static let longestName = 200

    /// The first index `i` at or after `start` where `t[i] == first` and `t[i + 1] == second`: eight positions
    /// at a time (a mention's search runs through the whole account for each briefer).
    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar, in t: [Unicode.Scalar], from start: Int) -> Int? {
        let n = t.count
        return t.withUnsafeBufferPointer { scalars in
            scalars.withMemoryRebound(to: UInt32.self) { p -> Int? in
                guard let base = p.baseAddress else { return nil }
                let raw = UnsafeRawPointer(base)
                let f = SIMD8<UInt32>(repeating: first.value), s = SIMD8<UInt32>(repeating: second.value)
                var i = max(start, 0)
                while i + 9 <= n {
                    let here = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                    let next = raw.loadUnaligned(fromByteOffset: (i + 1) * 4, as: SIMD8<UInt32>.self)
                    let hit = (here .== f) .& (next .== s)
                    if any(hit) { for k in 0..<8 where hit[k] { return i + k } }
                    i += 8
                }
                while i + 1 < n {
                    if p[i] == first.value && p[i + 1] == second.value { return i }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Names that are one sub-item written two ways: a few characters apart, or the same resolution cited
    /// and the same opening.
    /// A name prepared once for comparison: its characters without white space, and the symbols it cites.
    struct VariantName {
        let scalars: [Unicode.Scalar]
        let symbols: Set<DocumentSymbol>
        init(_ name: String, _ checks: DocumentChecks) {
            scalars = checks.scalarsWithoutSpace(name)
            symbols = Set(checks.m.symbols.symbols(in: name))
        }
    }

    func isVariant(_ a: VariantName, _ b: VariantName) -> Bool {
        let x = a.scalars, y = b.scalars
        let allowed = min(x.count, y.count) >= 8 ? 3 : min(x.count, y.count) >= 5 ? 1 : 0
        // Banded: the same answer as the full edit distance within `allowed` (a test checks), in a fraction of the work.
        if boundedDistance(x[...], y[...], limit: allowed) != nil { return true }
        return !a.symbols.isEmpty && a.symbols == b.symbols && x.prefix(4) == y.prefix(4)
    }

    /// `秘书长关于…的报告 (S/2020/876)` → `秘书长关于…的报告`
    func withoutTrailingSymbol(_ s: String) -> String {
        guard s.hasSuffix(")"), let open = s.lastIndex(of: "("), DocumentSymbol(String(s[s.index(after: open)..<s.index(before: s.endIndex)])) != nil else { return s }
        return String(s[..<open]).trimmingSpaces
    }

    /// The string's UTF-8 without white space (as `isSpace`): bytes hash and compare far faster than Chinese
    /// strings, which Swift normalizes to do either.
    func squeezed(_ s: String) -> [UInt8] { ByteSearch.squeezed(Array(s.utf8)[...]) }

    /// The string's scalars without white space (a plain loop: `filter` on a scalar view is slow).
    func scalarsWithoutSpace(_ s: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars where !isSpace(scalar) { out.append(scalar) }
        return out
    }

    /// The passages' text as Unicode scalars, white space left out: their UTF-8 (valid, as the decoder left it)
    /// decoded straight into one array of the greatest size it can need (a scalar a byte). A Chinese character, three
    /// bytes, is stored as its value: of them only U+3000, the ideographic space, is white space.
    func scalarsWithoutSpace(of passages: [Passage]) -> [Unicode.Scalar] {
        let most = passages.reduce(0) { $0 + $1.bytes.count }
        return [Unicode.Scalar](unsafeUninitializedCapacity: most) { out, written in
            written = 0
            guard let base = out.baseAddress else { return }
            // A scalar is its value in memory: stored as one.
            base.withMemoryRebound(to: UInt32.self, capacity: most) { o in
                for passage in passages {
                    passage.bytes.withUnsafeBufferPointer { p in
                        let n = p.count
                        var i = 0
                        while i < n {
                            let b0 = UInt32(p[i])
                            var v: UInt32
                            if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < n {
                                v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); i += 3
                                // No white space but U+3000, and no surrogate from valid UTF-8 (tested all the same).
                                if v != 0x3000 && v & 0xF800 != 0xD800 { o[written] = v; written += 1 }
                                continue
                            } else if b0 < 0x80 { v = b0; i += 1 }
                            else if b0 < 0xE0, i + 1 < n { v = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); i += 2 }
                            else if b0 >= 0xF0, i + 3 < n { v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F); i += 4 }
                            else { break }
                            guard let scalar = Unicode.Scalar(v), !isSpace(scalar) else { continue }
                            o[written] = scalar.value; written += 1
                        }
                    }
                }
            }
        }
    }

    /// The edit distance when it is at most `limit`, computed on the band of diagonals within the limit; else nil.
    /// Its two rows live in scratch memory (on the stack when small): this runs for every candidate mention.
    func boundedDistance<E: Equatable>(_ a: ArraySlice<E>, _ b: ArraySlice<E>, limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        let n = a.count, m = b.count, big = limit + 1
        let a0 = a.startIndex - 1, b0 = b.startIndex - 1   // a[a0 + i] is the i-th element, from 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { rows -> Int? in
            // Two rows, reused: each row starts as `big` everywhere and only the band is computed.
            var previous = rows.baseAddress!, current = previous + (m + 1)
            for j in 0...m { previous[j] = j <= limit ? j : big }
            for i in stride(from: 1, through: n, by: 1) {
                let lo = max(1, i - limit), hi = min(m, i + limit)
                for j in 0...m { current[j] = big }
                if i <= limit { current[0] = i }
                var best = current[0]
                if lo <= hi {
                    for j in lo...hi {
                        let cost = a[a0 + i] == b[b0 + j] ? 0 : 1
                        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
                        best = min(best, current[j])
                    }
                }
                if best > limit { return nil }
                swap(&previous, &current)
            }
            let d = previous[m]
            return d <= limit ? d : nil
        }
    }
}
