import RepertoireChecks
import RepertoireModel
import RepertoireParsing

let extractor = Extractor()

/// Any bytes that read as a Repertoire text: every check, and its diagnostics with their quoted lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecks(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let result = try? extractor.extract(bytes, file: "fuzz.txt") else { return 0 }
    let findings = DocumentChecks(result, members: [2020: ["CHN", "FRA", "GBR", "RUS", "USA", "VNM"]],
                                  presidencies: [2020: Array(repeating: "VNM", count: 12)], editorial: true).findings()
    _ = Diagnostics(path: "fuzz.txt", layout: result.layout, colour: false).render(findings)
    _ = findings.jsonString
    return 0
}
