import RepertoireModel
import RepertoireParsing

let extractor = Extractor()

/// Any bytes: read into facts and written as JSON, or refused with an `InputError`. Nothing else may happen.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    if let result = try? extractor.extract(bytes, file: "fuzz.txt") {
        _ = result.facts.jsonString
    }
    return 0
}
