import RepertoireModel
import RepertoireParsing

/// Compiler-style diagnostics: `file:line: error: message [kind]`, the source line quoted under it.
public struct Diagnostics {
    public let path: String
    public let lines: [SourceLine]
    /// The number of the first of `lines`.
    let firstLine: Int
    /// The document's bytes, where its lines lie.
    public let text: [UInt8]
    public let colour: Bool

    /// For a text read in parts: the ranges of the lines the findings name (`SourceLine.ranges(of:in:)`).
    let chosen: [Int: Range<Int>]?

    public init(path: String, layout: PageLayout, colour: Bool) {
        self.path = path; lines = layout.lines; firstLine = layout.firstLine; text = layout.text; self.colour = colour
        chosen = nil
    }

    /// Diagnostics quoting the lines `findings` name of a whole `text` that was read in parts.
    public init(path: String, text: [UInt8], quoting findings: [Finding], colour: Bool) {
        self.path = path; lines = []; firstLine = 1; self.text = text; self.colour = colour
        chosen = SourceLine.ranges(of: Set(findings.compactMap(\.line)), in: text)
    }

    func range(ofLine line: Int) -> Range<Int>? {
        if let chosen { return chosen[line] }
        guard line >= firstLine, line - firstLine < lines.count else { return nil }
        return lines[line - firstLine].range
    }

    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings.sorted(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
            let line = f.line
            let (on, off) = colour ? (code(f.severity), "\u{1B}[0m") : ("", "")
            let bold = colour ? "\u{1B}[1m" : ""
            out += "\(bold)\(path)\(line.map { ":\($0)" } ?? ""): \(off)\(on)\(f.severity.rawValue):\(off) \(bold)\(f.message)\(off) [\(f.kind)]\n"
            if let line, let range = range(ofLine: line) {
                out += "    \(line) | \(quote(range, subjects: f.subjects))\n"
            }
        }
        return out
    }

    /// At most this many bytes of a line are quoted (about 80 Chinese characters or 240 Latin ones).
    public static let quoteWindow = 240
    /// How far into a long line a finding's subject is looked for to centre the quote on it.
    static let subjectSearch = 4096

    /// The line, or a window of it around the first of `subjects` found near its start, `…` marking what is left
    /// out: a finding on a line of a megabyte quotes no more than a short one (output once grew with the square of a
    /// line's length, every finding on it quoting all of it).
    func quote(_ range: Range<Int>, subjects: [String]) -> String {
        guard range.count > Self.quoteWindow else { return String(decoding: text[range], as: UTF8.self) }
        let searchEnd = min(range.upperBound, range.lowerBound + Self.subjectSearch)
        var centre = range.lowerBound
        for subject in subjects where !subject.isEmpty {
            if let at = ByteSearch.find(Array(subject.utf8), in: text, from: range.lowerBound, to: searchEnd) {
                centre = at + subject.utf8.count / 2; break
            }
        }
        var lo = max(range.lowerBound, centre - Self.quoteWindow / 2)
        var hi = min(range.upperBound, lo + Self.quoteWindow)
        lo = max(range.lowerBound, hi - Self.quoteWindow)
        // Cut at characters, not inside one.
        while lo > range.lowerBound, text[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < range.upperBound, text[hi] & 0xC0 == 0x80 { hi += 1 }
        return (lo > range.lowerBound ? "…" : "") + String(decoding: text[lo..<hi], as: UTF8.self) + (hi < range.upperBound ? "…" : "")
    }

    /// `2 errors, 1 warning, 9 notes`
    public static func summary(_ findings: [Finding]) -> String {
        var tally = Tally()
        tally.add(findings)
        return tally.summary
    }

    /// Findings counted by severity, for a summary that does not keep them.
    public struct Tally: Sendable {
        public var errors = 0, warnings = 0, notes = 0
        public init() {}
        public mutating func add(_ findings: [Finding]) {
            for f in findings {
                switch f.severity { case .error: errors += 1; case .warning: warnings += 1; case .note: notes += 1 }
            }
        }
        public var summary: String {
            func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            return [count(errors, "error"), count(warnings, "warning"), count(notes, "note")].joined(separator: ", ")
        }
    }

    func code(_ s: Finding.Severity) -> String {
        switch s { case .error: "\u{1B}[1;31m"; case .warning: "\u{1B}[1;33m"; case .note: "\u{1B}[1;36m" }
    }
}

/// Merges a document's findings with the reconciliation's: one finding per kind and subjects, the
/// official evidence added to the document's own message.
public func merged(_ document: [Finding], _ official: [Finding]) -> [Finding] {
    var result = document
    for f in official {
        if let i = result.firstIndex(where: { $0.kind == f.kind && Set($0.subjects) == Set(f.subjects) }) {
            result[i].message += ". Against the UN's record: " + f.message
            result[i].locations.add(f.locations.lines)
        } else {
            result.append(f)
        }
    }
    return result
}
