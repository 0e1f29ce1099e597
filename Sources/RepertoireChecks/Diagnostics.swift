import RepertoireModel
import RepertoireParsing

/// Compiler-style diagnostics: `file:line: error: message [kind]`, the source line quoted under it.
public struct Diagnostics {
    public let path: String
    public let lines: [SourceLine]
    /// The document's bytes, where its lines lie.
    public let text: [UInt8]
    public let colour: Bool

    public init(path: String, layout: PageLayout, colour: Bool) {
        self.path = path; lines = layout.lines; text = layout.text; self.colour = colour
    }

    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings.sorted(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
            let line = f.line
            let (on, off) = colour ? (code(f.severity), "\u{1B}[0m") : ("", "")
            let bold = colour ? "\u{1B}[1m" : ""
            out += "\(bold)\(path)\(line.map { ":\($0)" } ?? ""): \(off)\(on)\(f.severity.rawValue):\(off) \(bold)\(f.message)\(off) [\(f.kind)]\n"
            if let line, line >= 1, line <= lines.count {
                let text = lines[line - 1].text(in: self.text)
                out += "    \(line) | \(text)\n"
            }
        }
        return out
    }

    /// `2 errors, 1 warning, 9 notes`
    public static func summary(_ findings: [Finding]) -> String {
        func count(_ s: Finding.Severity, _ word: String) -> String {
            let n = findings.filter { $0.severity == s }.count
            return "\(n) \(word)\(n == 1 ? "" : "s")"
        }
        return [count(.error, "error"), count(.warning, "warning"), count(.note, "note")].joined(separator: ", ")
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
