import Foundation
@testable import RepertoireParsing
import RepertoireModel

/// Paths and helpers shared by the parsing tests.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let gold = shared.appendingPathComponent("eval/gold/zh-2020-part1-items35-36.json")
    static let scorer = shared.appendingPathComponent("eval/score.py")

    static var sampleBytes: [UInt8] { [UInt8](FileManager.default.contents(atPath: sample.path)!) }

    static func facts(_ text: String) throws -> Facts { try Extractor().extract(Array(text.utf8), file: "snippet.txt").facts }
    static func facts(bytes: [UInt8]) throws -> Facts { try Extractor().extract(bytes, file: "zh-2020-part1-items35-36.txt").facts }

    /// Lines as the layout stage makes them from a snippet.
    static func layout(_ text: String) -> PageLayout {
        PageLayout(try! TextDecoder.decode(Array(text.utf8)), profile: .chinese)
    }

    static func passage(_ lines: [String]) -> Passage {
        let text = lines.joined(separator: "\n")
        let decoded = try! TextDecoder.decode(Array(text.utf8))
        return Passage(lines: decoded.lines.enumerated().map { SourceLine(number: $0.offset + 1, raw: decoded.bytes[$0.element]) })
    }
}
