import RepertoireOfficial

/// Any bytes as a data_extract file (one JSON object a line): vote records, or an `OfficialError` naming the line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataExtract(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = DataExtractReader.read(Array(UnsafeBufferPointer(start: data, count: count)), file: "fuzz.json")
    return 0
}
