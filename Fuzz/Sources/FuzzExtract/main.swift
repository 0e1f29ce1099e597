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

/// Everything made once (the profile's matchers, the gazetteer, the database) is made before the first input, so
/// that no input's time includes it.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let warmUp = Array("\0 35.  维护国际和平与安全\n\n S/PV.8699 联合王国、美国 15-0-0\n".utf8)
    _ = warmUp.withUnsafeBufferPointer { fuzzExtract($0.baseAddress!, $0.count) }
    return 0
}
