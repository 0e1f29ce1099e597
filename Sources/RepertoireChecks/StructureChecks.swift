import Foundation
import RepertoireModel
import RepertoireParsing

extension DocumentChecks {
    /// A footnote number missing, repeated or out of order. One footnote out of step with both neighbours
    /// (929, 929, 931 or 929, 932, 931) is reported once, by the number it carries; a gap whose numbering
    /// goes on from there is reported by the numbers missing.
    func footnoteSequence() -> [Finding] {
        Self.footnoteSequence(blocks.footnotes.map { ($0.number, $0.passage.lineStarts.first?.line ?? 0) })
    }

    /// The same over footnotes given by number and first line (those of a document read in parts, put together).
    public static func footnoteSequence(_ notes: [(number: Int, line: Int)]) -> [Finding] {
        var result: [Finding] = []
        guard notes.count > 1 else { return result }
        var expected = notes[0].number + 1
        var swapped = false
        for i in 1..<notes.count {
            let n = notes[i].number
            let line = notes[i].line
            defer { expected += 1 }
            if swapped { swapped = false; continue }
            if n == expected { continue }
            let next = i + 1 < notes.count ? notes[i + 1].number : nil
            // Two neighbours in each other's place (912, 914, 913, 915): both out of order, and nothing missing.
            if n == expected + 1, next == expected {
                let nextLine = notes[i + 1].line == 0 ? line : notes[i + 1].line
                for (number, at) in [(n, line), (expected, nextLine)] {
                    result.append(Finding("footnote-sequence", [String(number)], .warning,
                                          FindingMessage("footnotes-swapped", [.text(String(n)), .text(String(expected))]), lines: [at]))
                }
                swapped = true
                continue
            }
            if next == expected + 1 || (next == nil && n < expected) {
                let how = n < expected ? (n == expected - 1 ? "repeated" : "out_of_order") : "out_of_order"
                result.append(Finding("footnote-sequence", [String(n)], .warning,
                                      FindingMessage("footnote-unexpected", [.text(String(n)), .word(how), .text(String(expected))]), lines: [line]))
                continue
            }
            if n > expected {
                for missing in expected..<n {
                    result.append(Finding("footnote-sequence", [String(missing)], .warning,
                                          FindingMessage("footnote-missing", [.text(String(missing)), .text(String(expected - 1)), .text(String(n))]), lines: [line]))
                }
            } else {
                result.append(Finding("footnote-sequence", [String(n)], .warning,
                                      FindingMessage("footnote-unexpected", [.text(String(n)), .word(n == expected - 1 ? "repeated" : "out_of_order"), .text(String(expected))]),
                                      lines: [line]))
            }
            expected = n
        }
        return result
    }

    /// A symbol cited with no undocs.org link on its page, or a link whose symbol its page does not cite. A page's
    /// links follow its text as one run of link lines, so the text between two runs is checked against the second.
    /// Text after the last run, and a last run the document was cut inside, lost their links with the
    /// truncation: they are not reported.
    func links() -> [Finding] {
        let runs = linkRuns()
        let boundary = linkBoundary
        var cited = [Set<DocumentSymbol>](repeating: Set(minimumCapacity: 16), count: runs.count)
        var unlinked: [DocumentSymbol: [Int]] = [:]
        for (symbol, line) in symbolOccurrences() + headingSymbols() {
            // The page of a line: the first run after it (runs are in line order: found by binary search).
            let k = runs.firstIndex(after: { $0.lines.lowerBound > line })
            guard k < runs.count, runs[k].lines.upperBound <= boundary + 1 else { continue }
            cited[k].insert(symbol)
            if !runs[k].symbols.contains(symbol) { unlinked[symbol, default: []].append(line) }
        }
        var result: [Finding] = []
        for (symbol, lines) in unlinked.sorted(by: { $0.key < $1.key }) {
            result.append(Finding("symbol-without-link", [symbol.compact], .note,
                                  FindingMessage("symbol-unlinked", [.text(symbol.compact)]), lines: lines))
        }
        var reported = Set<DocumentSymbol>()
        for (k, run) in runs.enumerated() where run.lines.upperBound <= boundary + 1 {
            for link in run.links {
                guard let symbol = link.symbol, !cited[k].contains(symbol), reported.insert(symbol).inserted else { continue }
                result.append(Finding("link-without-symbol", [symbol.compact], .note,
                                      FindingMessage("link-unused", [.text(symbol.compact)]), lines: [link.line]))
            }
        }
        return result
    }

    /// The document's link lists: runs of link lines, each with its symbols. Blank lines between two link lines do
    /// not end a run (some PDF-to-text tools write one after every line).
    func linkRuns() -> [(lines: Range<Int>, links: [PageLayout.Link], symbols: Set<DocumentSymbol>)] {
        var runs: [(lines: Range<Int>, links: [PageLayout.Link], symbols: Set<DocumentSymbol>)] = []
        for link in layout.links {
            if let last = runs.last, link.line == last.lines.upperBound
                || (last.lines.upperBound..<link.line).allSatisfy({ layout.role(ofLine: $0) == .blank }) {
                runs[runs.count - 1].lines = last.lines.lowerBound..<(link.line + 1)
                runs[runs.count - 1].links.append(link)
                if let s = link.symbol { runs[runs.count - 1].symbols.insert(s) }
            } else {
                // A page's links are a dozen or two: a set with room for them at once (a set that grows hashes what it
                // holds again at each doubling).
                var symbols = Set<DocumentSymbol>(minimumCapacity: 16)
                if let s = link.symbol { symbols.insert(s) }
                runs.append((link.line..<(link.line + 1), [link], symbols))
            }
        }
        return runs
    }

    /// Symbols in item headings, with their lines (a heading's symbol is linked on its page too).
    func headingSymbols() -> [(DocumentSymbol, Int)] {
        var result: [(DocumentSymbol, Int)] = []
        for case .heading(let h) in blocks.blocks { for symbol in m.symbols.symbols(in: h.title) { result.append((symbol, h.line)) } }
        return result
    }

    /// Symbols cited only after this line may have lost their links to the cut: the last link line, or for
    /// a document cut inside its last link list, the end of the list before it.
    var linkBoundary: Int {
        let links = layout.links.map(\.line)
        guard let last = links.last else { return 0 }
        let endsInLinks = !layout.body.contains { !$0.line.isEmpty && $0.line.number > last }
        guard endsInLinks, truncatedAt != nil else { return last }
        var i = links.count - 1
        while i > 0 && links[i - 1] == links[i] - 1 { i -= 1 }
        return i > 0 ? links[i - 1] : 0
    }

    /// Every symbol cited in footnotes, body text and tables, with its line (as the extractor scanned them).
    func symbolOccurrences() -> [(DocumentSymbol, Int)] { citations.map { ($0.symbol, $0.line) } }

    /// The input stops mid-item, so that item's counts cannot be checked.
    func truncation() -> [Finding] {
        guard let line = truncatedAt, let item = truncatedItem else { return [] }
        return [Finding("truncated-document", [String(item)], .warning,
                        FindingMessage("truncated", [.text(String(item))]), lines: [line])]
    }

    /// Text before the first item heading: the tail of an earlier item.
    func orphanFragment() -> [Finding] {
        let firstHeading = facts.agendaItems.first?.locations.first ?? Int.max
        let orphanRows = facts.videoconferences.filter { $0.agendaItem == nil }.compactMap { vc in vc.record.map { ($0, vc.locations.lines) } }
            + facts.meetings.filter { $0.agendaItem == nil }.map { ($0.record, $0.locations.lines) }
        let bodyBefore = layout.body.filter { !$0.line.isEmpty && $0.line.number < firstHeading }.map(\.line.number)
        guard !bodyBefore.isEmpty else { return [] }
        let subject = orphanRows.first?.0 ?? symbolOccurrences().filter { $0.1 < firstHeading }.map(\.0).first
        return [Finding("orphan-fragment", subject.map { [$0.compact] } ?? [], .note,
                        FindingMessage("orphan", [.text(String(bodyBefore.first!)), .text(String(bodyBefore.last!))]),
                        lines: bodyBefore)]
    }

    /// A footnote that dates something without its year.
    func incompleteDates() -> [Finding] {
        blocks.footnotes.compactMap { note in
            guard let hit = m.dates.scan(note.passage.bytes).first(where: { !$0.date.hasYear }) else { return nil }
            let written = String(decoding: note.passage.bytes[hit.range], as: UTF8.self)
            return Finding("incomplete-date", [String(note.number)], .note,
                           FindingMessage("yearless-date", [.text(String(note.number)), .text(written)]), lines: [note.passage.line(at: hit.range.lowerBound)])
        }
    }
}
