import Foundation
import RepertoireModel
import RepertoireParsing

extension DocumentChecks {
    /// One sub-item or briefer named two ways: the overview's sub-item against the narrative's
    /// `题为“…”的分项` and the table's sub-item column; a briefer against later mentions in its account.
    func nameVariants() -> [Finding] {
        var result: [Finding] = []
        var reported = Set<Set<String>>()
        func add(_ a: String, _ b: String, _ what: String, _ lines: [Int]) {
            let pair: Set<String> = [squeezed(a), squeezed(b)]
            guard pair.count == 2, reported.insert(pair).inserted else { return }
            result.append(Finding("name-variant", [a, b], .note, "\(what) is named two ways: '\(a)' and '\(b)'", lines: lines))
        }
        for (item, overview, spans) in sections() {
            // Sub-items: the overview's names against the narrative's and the table's.
            let subItems = facts.agendaItems.first { $0.number == item }?.subItems ?? []
            var named: [(String, [Int])] = []
            for p in spans.flatMap({ $0 }) { named += quotedSubItems(p) }
            for meeting in facts.meetings where meeting.agendaItem == item {
                if let s = meeting.subItem { named.append((withoutTrailingSymbol(s), meeting.locations.lines)) }
            }
            for (name, lines) in named {
                guard !subItems.contains(where: { squeezed($0.title) == squeezed(name) }) else { continue }
                if let s = subItems.first(where: { isVariant($0.title, name) }) {
                    add(s.title, name, "sub-item", s.locations.lines + lines)
                }
            }
            _ = overview
            // Briefers: later mentions in the same account.
            for span in spans {
                guard let first = span.first, let event = facts.events.first(where: { $0.locations.first == first.lines.first }) else { continue }
                let text = span.map(\.text).joined()
                for briefer in event.briefers {
                    if let mention = variantMention(of: briefer, in: text, others: event.briefers) {
                        let mentionLine = span.first { $0.text.contains(mention) }.map { p in
                            p.line(at: p.text.utf8.count - (p.text.range(of: mention).map { p.text[$0.lowerBound...].utf8.count } ?? 0))
                        }
                        add(briefer, mention, "a briefer", Array(event.locations.lines.prefix(1)) + [mentionLine].compactMap { $0 })
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
                if let first = p.lines.first, eventLines.contains(first) { spans.append([p]) }
                else if spans.isEmpty { opening.append(p) } else { spans[spans.count - 1].append(p) }
            case .table: inSummary = true
            }
        }
        flush()
        return result
    }

    func isSummary(_ p: Passage) -> Bool {
        let t = p.text
        guard let comma = t.range(of: m.profile.summaryOpening) else { return false }
        let before = t[..<comma.lowerBound].trimmingCharacters(in: .whitespaces)
        return before.count == 4 && before.allSatisfy(\.isNumber)
    }

    /// `题为“X”的分项` in a paragraph.
    func quotedSubItems(_ p: Passage) -> [(String, [Int])] {
        guard let (open, close) = m.profile.themeQuotes.first else { return [] }
        var result: [(String, [Int])] = []
        var rest = p.text[...]
        while let o = rest.range(of: open), let c = rest[o.upperBound...].range(of: close) {
            result.append((String(rest[o.upperBound..<c.lowerBound]), p.lines))
            rest = rest[c.upperBound...]
        }
        return result
    }

    /// A later mention of `name` written another way: it starts like the name, ends in a title and differs
    /// by a few characters.
    func variantMention(of name: String, in text: String, others: [String]) -> String? {
        let b = Array(squeezed(name)), t = Array(text)
        let allowed = b.count >= 8 ? 3 : b.count >= 6 ? 2 : b.count >= 5 ? 1 : 0
        guard allowed > 0, b.count >= 2 else { return nil }
        let squeezedOthers = Set(others.map(squeezed))
        var i = 0
        while i + 2 <= t.count {
            defer { i += 1 }
            guard t[i] == b[0], t[i + 1] == b[1] else { continue }
            var best: (Int, String)? = nil
            for length in max(2, b.count - allowed)...(b.count + allowed) where i + length <= t.count {
                let candidate = String(t[i..<(i + length)])
                guard m.profile.titleEndings.contains(where: { candidate.hasSuffix($0) }) else { continue }
                if squeezed(candidate) == squeezed(name) { best = nil; break }
                // A cut-short mention (`红十字国际委员` of `红十字国际委员会主席`) is no other name.
                if squeezed(name).hasPrefix(squeezed(candidate)) { continue }
                let d = editDistance(b, Array(squeezed(candidate)))
                if d <= allowed, best == nil || d < best!.0 { best = (d, candidate) }
            }
            if let (d, candidate) = best, d > 0, !squeezedOthers.contains(squeezed(candidate)) { return candidate }
        }
        return nil
    }

    /// Names that are one sub-item written two ways: a few characters apart, or the same resolution cited
    /// and the same opening.
    func isVariant(_ a: String, _ b: String) -> Bool {
        let x = Array(squeezed(a)), y = Array(squeezed(b))
        let allowed = min(x.count, y.count) >= 8 ? 3 : min(x.count, y.count) >= 5 ? 1 : 0
        if editDistance(x, y) <= allowed { return true }
        let sx = Set(m.symbols.symbols(in: a)), sy = Set(m.symbols.symbols(in: b))
        return !sx.isEmpty && sx == sy && x.prefix(4) == y.prefix(4)
    }

    /// `秘书长关于…的报告 (S/2020/876)` → `秘书长关于…的报告`
    func withoutTrailingSymbol(_ s: String) -> String {
        guard s.hasSuffix(")"), let open = s.lastIndex(of: "("), DocumentSymbol(String(s[s.index(after: open)..<s.index(before: s.endIndex)])) != nil else { return s }
        return String(s[..<open]).trimmingCharacters(in: .whitespaces)
    }

    func squeezed(_ s: String) -> String { String(s.filter { !$0.isWhitespace }) }

    func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    enum CheckTrim { case whitespaces }
    func trimmingCharacters(in _: CheckTrim) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
extension Substring {
    func trimmingCharacters(in _: String.CheckTrim) -> String { String(self).trimmingCharacters(in: .whitespaces) }
}
