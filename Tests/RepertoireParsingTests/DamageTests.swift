import Foundation
import Testing
@testable import RepertoireParsing
import RepertoireModel

/// A few damaged bytes in a long text are read through, each replaced by U+FFFD with one warning naming the lines
/// (a single flipped byte used to refuse the whole document); past one byte in a hundred the input is refused.
@Suite struct DamageTests {
    /// The development document with `damage` applied at byte offsets: (quirk, offsets and new bytes, lines named).
    @Test(arguments: [
        // One bit flipped in a Chinese character: an invalid sequence on line 22.
        ("flipped bit", [(520, nil as UInt8?)], [24]),
        // A control byte left by the PDF's extraction.
        ("control byte", [(20_000, 0x01 as UInt8?)], [623]),
        // Two places, two lines, in order, each once.
        ("two places", [(20_000, 0x00 as UInt8?), (20_001, 0x1B as UInt8?), (520, nil)], [24, 623]),
    ] as [(String, [(Int, UInt8?)], [Int])])
    func damageIsReadThrough(quirk: String, damage: [(Int, UInt8?)], lines: [Int]) throws {
        var bytes = Fixture.sampleBytes
        for (offset, value) in damage { bytes[offset] = value ?? bytes[offset] ^ 0x40 }
        let result = try Extractor().extract(bytes, file: "damaged.txt")
        let repair = try #require(result.repair, "\(quirk)")
        #expect(repair.line == lines[0])
        #expect(result.warnings.first?.message == repair.message)
        #expect(repair.message.contains("replaced by U+FFFD"))
        for line in lines { #expect(repair.message.contains(String(line))) }
        // The rest of the document reads as before.
        let clean = try Fixture.facts(bytes: Fixture.sampleBytes)
        #expect(result.facts.agendaItems.count == clean.agendaItems.count)
        #expect(result.facts.meetings.map(\.record) == clean.meetings.map(\.record))
        #expect(result.facts.footnotes.count == clean.footnotes.count)
    }

    /// Damage beyond the tolerated share is still a refusal naming the first bad line.
    @Test func tooMuchDamageIsRefused() {
        var bytes = Fixture.sampleBytes
        for k in stride(from: 1_000, to: bytes.count, by: 50) { bytes[k] = 0x02 }
        #expect(throws: InputError.self) { try TextDecoder.decode(bytes) }
    }

    @Test func theRepairCountsSequences() throws {
        let decoded = try TextDecoder.decode(Array(String(repeating: "安理会通过了决议。\n", count: 20).utf8) + [0xE5, 0xAE] + Array("\n".utf8))
        #expect(decoded.repaired == DecodedText.Repair(count: 1, lines: [21]))
        #expect(decoded.bytes.suffix(4) == [0xEF, 0xBF, 0xBD, 0x0A])
    }

    /// Blank lines between the lines of a footnote block (as some PDF-to-text tools write them) change nothing.
    @Test func footnotesWithBlankLinesBetween() throws {
        var lines: [String] = [], inNotes = false
        for line in String(decoding: Fixture.sampleBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(String(line))
            if line.hasPrefix("____") { inNotes = true; continue }
            if line.hasPrefix("https://") { inNotes = false }
            if inNotes && !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
        }
        let spaced = try Fixture.facts(lines.joined(separator: "\n"))
        let clean = try Fixture.facts(bytes: Fixture.sampleBytes)
        #expect(spaced.footnotes.map(\.number) == clean.footnotes.map(\.number))
        #expect(spaced.footnotes.map(\.text) == clean.footnotes.map(\.text))
        #expect(spaced.footnotes.map(\.symbols) == clean.footnotes.map(\.symbols))
    }
}
