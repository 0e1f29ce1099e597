import Foundation
import RepertoireOfficial

/// Any bytes as an Akoma Ntoso file: a text, a file passed over, or an `OfficialError` naming the line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAKN(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = AKNReader.readAll(Data(bytes: data, count: count), file: "fuzz.xml")
    return 0
}
