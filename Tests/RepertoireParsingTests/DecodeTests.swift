import Foundation
import Testing
@testable import RepertoireParsing

@Suite struct DecodeTests {
    static let text = "35.  维护国际和平与安全 \n\n 在本文件所述期间，S/PV.8699。\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array(Self.text.utf8))
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
        #expect(plain.bytes == bom.bytes)
        #expect(plain.encoding == "UTF-8")
        #expect(plain.lines.count == 3)
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in Self.text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.bytes == Array(Self.text.utf8))
        #expect(decoded.encoding == (littleEndian ? "UTF-16LE" : "UTF-16BE"))
    }

    @Test func gb18030() throws {
        let gb = try #require(TextDecoder.iconvConvert(Array(Self.text.utf8), to: "GB18030"))
        #expect(gb != Array(Self.text.utf8))
        let decoded = try TextDecoder.decode(gb)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.bytes == Array(Self.text.utf8))
    }

    @Test func gb18030WithCRLF() throws {
        let crlf = Self.text.replacingOccurrences(of: "\n", with: "\r\n")
        let gb = try #require(TextDecoder.iconvConvert(Array(crlf.utf8), to: "GB18030"))
        let decoded = try TextDecoder.decode(gb)
        #expect(decoded.encoding == "GB18030" && decoded.bytes == Array(Self.text.utf8))
    }

    @Test(arguments: [("a\r\nb\r\n", "a\nb\n"), ("a\rb\r", "a\nb\n"), ("a\r\n\r\nb", "a\n\nb")])
    func lineEnds(input: String, expected: String) throws {
        #expect(try TextDecoder.decode(Array(input.utf8)).bytes == Array(expected.utf8))
    }

    @Test(arguments: [
        ([UInt8](), InputError.empty),
        (Array(" \n\t\n  ".utf8), .whitespaceOnly),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], .binary(offset: 6, line: 2)),
    ])
    func refusesWhatIsNotText(input: [UInt8], error: InputError) {
        #expect(throws: error) { try TextDecoder.decode(input) }
    }

    @Test func namesTheLineOfBadBytes() {
        let bytes = Array("第一行\n第二行\n".utf8) + [0xFF, 0xFE, 0xFD, 0x80]
        #expect(throws: InputError.undecodable(encoding: "UTF-8", line: 3)) { try TextDecoder.decode(bytes) }
    }
}

extension TextDecoder {
    /// For tests: UTF-8 → another encoding.
    static func iconvConvert(_ input: [UInt8], to encoding: String) -> [UInt8]? {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        task.arguments = ["-f", "UTF-8", "-t", encoding]
        let inPipe = Pipe(), outPipe = Pipe()
        task.standardInput = inPipe; task.standardOutput = outPipe
        guard (try? task.run()) != nil else { return nil }
        inPipe.fileHandleForWriting.write(Data(input)); try? inPipe.fileHandleForWriting.close()
        let data = outPipe.fileHandleForReading.readDataToEndOfFile()
        task.waitUntilExit()
        return task.terminationStatus == 0 ? [UInt8](data) : nil
    }
}
