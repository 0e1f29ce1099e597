import RepertoireModel
import RepertoireParsing

/// The findings of a document read in parts (`PartReader`): each part's checks, kept where they fall on the part's
/// own lines, and the footnotes' numbering checked across the parts.
public struct PartFindings {
    public let members: [Int: Set<String>]
    /// The Council's presidents by year, and whether the editorial checks run (as `DocumentChecks` takes them).
    public let presidencies: [Int: [String]], editorial: Bool
    public private(set) var findings: [Finding] = []

    public init(members: [Int: Set<String>] = [:], presidencies: [Int: [String]] = [:], editorial: Bool = false) {
        self.members = members; self.presidencies = presidencies; self.editorial = editorial
    }

    /// Where each finding the document reports once per subject stands in `findings`.
    private var once: [String: Int] = [:]

    /// Findings a document reports once per subject: with every line (a symbol cited without its link), or at the
    /// first (a link to nothing cited, a name written two ways).
    static let oncePerSubject: [String: Bool] = ["symbol-without-link": true, "link-without-symbol": false, "name-variant": false]

    public mutating func add(_ part: PartReader.Part) {
        for var finding in DocumentChecks(part.result, members: members, presidencies: presidencies, editorial: editorial, goesOn: !part.isLast).findings()
            where finding.kind != "footnote-sequence" {
            guard let allLines = Self.oncePerSubject[finding.kind] else {
                if part.owns(line: finding.line) { findings.append(finding) }
                continue
            }
            let key = finding.kind + "\u{0}" + finding.subjects.joined(separator: "\u{0}")
            if allLines {
                let owned = finding.locations.lines.filter { part.owns(line: $0) }
                guard !owned.isEmpty else { continue }
                if let k = once[key] {
                    findings[k].locations = Locations(findings[k].locations.lines + owned)
                    findings[k].line = findings[k].locations.first
                    continue
                }
                finding.locations = Locations(owned); finding.line = finding.locations.first
            } else if !part.owns(line: finding.line) || once[key] != nil {
                continue
            }
            once[key] = findings.count
            findings.append(finding)
        }
    }

    /// All of them, given every footnote's number and first line in order.
    public func finish(footnotes: [(number: Int, line: Int)]) -> [Finding] {
        findings + DocumentChecks.footnoteSequence(footnotes)
    }
}
