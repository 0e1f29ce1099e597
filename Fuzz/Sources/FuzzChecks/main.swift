import RepertoireChecks
import RepertoireModel
import RepertoireParsing

let extractor = Extractor()

/// Any bytes that read as a Repertoire text: every check, and its diagnostics with their quoted lines; then the
/// text read in parts (`PartReader`) with its checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecks(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let result = try? extractor.extract(bytes, file: "fuzz.txt") else { return 0 }
    let findings = DocumentChecks(result, members: [2020: ["CHN", "FRA", "GBR", "RUS", "USA", "VNM"]],
                                  presidencies: [2020: Array(repeating: "VNM", count: 12)], editorial: true).findings()
    _ = Diagnostics(path: "fuzz.txt", layout: result.layout, colour: false).render(findings)
    _ = findings.jsonString
    // The same text read in parts of a few kilobytes, as a long file is: every boundary, window and merge (windows of
    // a few lines past their parts, so that the reading stays linear in the input).
    var stream = FactsStream(), checks = PartFindings()
    if let whole = try? PartReader(extractor: extractor, partBytes: 2_000, lookahead: 20, lookaheadBytes: 2_000).read(bytes, file: "fuzz.txt", { part in
        stream.add(part.result.facts)
        checks.add(part)
    }) {
        _ = stream.finish(file: "fuzz.txt", language: whole.language, symbols: whole.symbols, urlSymbols: whole.urlSymbols,
                          findings: checks.finish(footnotes: stream.footnoteNumbers), terminatedBy: 0x0A)
    }
    return 0
}

/// Everything made once (the profile's matchers, the gazetteer, the database) is made before the first input, so
/// that no input's time includes it.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let warmUp = Array("\0 35.  维护国际和平与安全\n\n S/PV.8699 联合王国、美国 15-0-0\n".utf8)
    _ = warmUp.withUnsafeBufferPointer { fuzzChecks($0.baseAddress!, $0.count) }
    return 0
}
