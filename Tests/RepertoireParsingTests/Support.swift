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
    /// An edition's development document (`zh`, `en`) and its gold facts.
    static func sample(_ language: String) -> URL { root.appendingPathComponent("Samples/\(language)-2020-part1-items35-36.txt") }
    static func gold(_ language: String) -> URL { shared.appendingPathComponent("eval/gold/\(language)-2020-part1-items35-36.json") }

    static var sampleBytes: [UInt8] { [UInt8](FileManager.default.contents(atPath: sample.path)!) }

    static func facts(_ text: String) throws -> Facts { try Extractor().extract(Array(text.utf8), file: "snippet.txt").facts }
    static func facts(bytes: [UInt8]) throws -> Facts { try Extractor().extract(bytes, file: "zh-2020-part1-items35-36.txt").facts }

    /// A Table 2 of one videoconference row (S/2023/300 of 2 June 2023) whose decisions cell is `cell`.
    static func videoconferenceTable(decisions cell: String) -> String {
        "表 2 \n视频会议：某个项目 \n视频会议日期 视频会议记录 标题 \n决定、表决(赞成-反对-弃权)\n和书面程序记录 \n"
            + "2023 年 6 月 2 日 S/2023/300 2023 年 6 月 5 日安全理事会主席给秘书长和安全理事会成员常驻\n代表的信 \n" + cell
    }

    /// Lines as the layout stage makes them from a snippet.
    static func layout(_ text: String) -> PageLayout {
        PageLayout(try! TextDecoder.decode(Array(text.utf8)), profile: .chinese)
    }

    static func passage(_ lines: [String]) -> Passage {
        let text = lines.joined(separator: "\n")
        let decoded = try! TextDecoder.decode(Array(text.utf8))
        return Passage(lines: decoded.lines.enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element, in: decoded.bytes) }, in: decoded.bytes)
    }
}
