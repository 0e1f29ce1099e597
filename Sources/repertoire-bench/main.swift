import Foundation
import RepertoireModel
import RepertoireParsing
import RepertoireChecks

/// `repertoire-bench generate SAMPLE DIR [MB]`: writes Repertoire-like documents made from the sample,
/// each with other footnote numbers, meeting records, item numbers and years, until DIR holds MB megabytes.
/// `repertoire-bench extract DIR`: reads every file of DIR in this process and prints MB/s per stage.
/// `repertoire-bench store DB PATH...`: ingests PATHs into a new database DB, then times searches and queries.
/// `repertoire-bench ingest DB PATH...`: ingests only (for a profiler).
/// `repertoire-bench profile DIR [--findings]`: extracts every file of DIR (and checks it) and writes its JSON, once (for a profiler).
let args = CommandLine.arguments
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("repertoire-bench: \(message)\n".utf8)); exit(64)
}

switch args.dropFirst().first {
case "generate":
    guard args.count >= 4 else { fail("usage: repertoire-bench generate SAMPLE DIR [MB]") }
    let sample = (try? String(contentsOfFile: args[2], encoding: .utf8)) ?? { fail("cannot read \(args[2])") }()
    let target = (args.count > 4 ? Int(args[4]) : nil) ?? 50
    try? FileManager.default.createDirectory(atPath: args[3], withIntermediateDirectories: true)
    var written = 0, n = 0
    while written < target * 1_000_000 {
        let doc = Variant(index: n).apply(to: sample)
        let data = Data(doc.utf8)
        try! data.write(to: URL(fileURLWithPath: args[3]).appendingPathComponent(String(format: "doc-%05d.txt", n)))
        written += data.count; n += 1
    }
    print("\(n) documents, \(written) bytes in \(args[3])")
case "extract":
    guard args.count >= 3 else { fail("usage: repertoire-bench extract DIR") }
    let files = try! FileManager.default.contentsOfDirectory(atPath: args[2]).filter { $0.hasSuffix(".txt") }.sorted().map { args[2] + "/" + $0 }
    let inputs = files.map { [UInt8](FileManager.default.contents(atPath: $0)!) }
    let bytes = inputs.reduce(0) { $0 + $1.count }
    let clock = ContinuousClock()
    var out = 0
    let extractor = Extractor()
    let elapsed = clock.measure {
        for (i, input) in inputs.enumerated() {
            let facts = try! extractor.extract(input, file: files[i], citations: false).facts
            var writer = JSONWriter(capacity: 64 << 10)
            facts.write(to: &writer)
            out += writer.bytes.count
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // Stage by stage, one thread.
    var stages = [Double](repeating: 0, count: 5)
    func time(_ k: Int, _ body: () -> Void) { let t = clock.measure(body); stages[k] += Double(t.components.attoseconds) / 1e18 + Double(t.components.seconds) }
    for (i, input) in inputs.enumerated() {
        var decoded: DecodedText? = nil, layout: PageLayout? = nil, blocks: Blocks? = nil, facts: Facts? = nil
        time(0) { decoded = try! TextDecoder.decode(input) }
        let profile = LanguageDetection.profile(of: decoded!.bytes) ?? .chinese
        time(1) { layout = PageLayout(decoded!, profile: profile) }
        time(2) { blocks = BlockReader(profile: profile).read(layout!) }
        time(3) { facts = try! extractor.extract(input, file: files[i], citations: false).facts }
        time(4) { var w = JSONWriter(capacity: 64 << 10); facts!.write(to: &w) }
        _ = blocks
    }
    let mb = Double(bytes) / 1e6
    print(String(format: "stages (MB/s): decode %.0f, layout %.0f, blocks %.0f, whole extract %.0f, JSON %.0f",
                 mb / stages[0], mb / stages[1], mb / stages[2], mb / stages[3], mb / stages[4]))
    print(String(format: "in-process, one thread: %d documents, %.1f MB in %.3f s: %.1f MB/s (%.1f MB of JSON)",
                 inputs.count, Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, Double(out) / 1e6))
case "profile":
    // Extraction and JSON writing once per file of DIR, nothing else: for a profiler. With --findings, the checks too.
    guard args.count >= 3 else { fail("usage: repertoire-bench profile DIR [--findings]") }
    let findings = args.count > 3 && args[3] == "--findings"
    let files = try! FileManager.default.contentsOfDirectory(atPath: args[2]).filter { $0.hasSuffix(".txt") }.sorted().map { args[2] + "/" + $0 }
    var out = 0
    let extractor = Extractor()
    for file in files {
        let input = [UInt8](FileManager.default.contents(atPath: file)!)
        var result = try! extractor.extract(input, file: file, citations: findings)
        if findings { result.facts.findings = DocumentChecks(result, members: [:]).findings() }
        let facts = result.facts
        var writer = JSONWriter(capacity: 64 << 10)
        facts.write(to: &writer)
        out += writer.bytes.count
    }
    print("\(files.count) documents, \(out) bytes of JSON")
case "store", "ingest":
    guard args.count >= 4 else { fail("usage: repertoire-bench store|ingest DB PATH...") }
    StoreBench.run(db: args[2], paths: Array(args[3...]), searches: args[1] == "store")
default:
    fail("usage: repertoire-bench generate SAMPLE DIR [MB] | extract DIR | profile DIR | store|ingest DB PATH...")
}

/// A document made from the sample with its numbers moved, so that no two are alike.
struct Variant {
    let index: Int

    func apply(to text: String) -> String {
        var t = text
        // Footnote numbers (905–960 in the sample) move by a multiple of 100 — whole, standalone numbers only.
        let shift = (index % 40) * 100
        t = replaceNumbers(in: t, range: 905...960, by: shift)
        t = t.replacingOccurrences(of: "S/PV.8", with: "S/PV.\(8 + index % 2)")
        t = t.replacingOccurrences(of: "\n35.  ", with: "\n\(35 + index % 50).  ")
        t = t.replacingOccurrences(of: "2020", with: String(2010 + index % 15))
        return t
    }

    func replaceNumbers(in text: String, range: ClosedRange<Int>, by shift: Int) -> String {
        guard shift != 0 else { return text }
        var out = "", digits = ""
        var previous: Character = " ", beforePrevious: Character = " "
        func flush(next: Character?) {
            // A marker glued after a full stop (`decisions.905`, `COVID-19.946`, English) moves too; a symbol's (`PV.905`) does not.
            let glued = previous == "." && !beforePrevious.isUppercase
            if let n = Int(digits), range.contains(n), glued || !"/.(".contains(previous), next.map({ !"/)(年月日".contains($0) }) ?? true {
                out += String(n + shift)
            } else { out += digits }
            digits = ""
        }
        for ch in text {
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            if !digits.isEmpty { flush(next: ch) }
            out.append(ch); beforePrevious = previous; previous = ch
        }
        if !digits.isEmpty { flush(next: nil) }
        return out
    }
}
