import Foundation

/// A document's source text cut into blocks of whole lines, each compressed on its own (`source_block`), so that
/// quoting a few lines inflates a few kilobytes rather than the whole document (a resolution's page quoted five
/// documents and spent a fifth of its time in zlib).
enum SourceBlocks {
    /// About this many bytes a block, compressed at zlib's `level` 6: 45 % of a Chinese text and 37 % of an English
    /// one, under 4 KB, one database page (16 KB blocks at level 1 took two pages each, and a resolution's page
    /// spent a fifth of its time inflating them).
    static let targetBytes = 8_192
    static let level: Int32 = 6

    /// A block's bytes compressed; nil only where zlib cannot allocate its memory.
    static func compress(_ block: ArraySlice<UInt8>) -> [UInt8]? { Zlib.compress(Array(block), level: level) }

    /// The blocks of `text` (lines ending in `\n`; a last line without one counts too): the first line's number
    /// (from `firstLine`, the text's first), how many lines, and their bytes. A line longer than `targetBytes` is a
    /// block of its own.
    static func split(_ text: [UInt8], firstLine first: Int = 1) -> [(firstLine: Int, lines: Int, range: Range<Int>)] {
        var blocks: [(firstLine: Int, lines: Int, range: Range<Int>)] = []
        var start = 0, firstLine = first, lines = 0, line = first, position = 0
        text.withUnsafeBufferPointer { bytes in
            while position < bytes.count {
                let end = (bytes[position...].firstIndex(of: 0x0A) ?? (bytes.count - 1)) + 1
                if lines > 0, end - start > targetBytes {
                    blocks.append((firstLine, lines, start..<position))
                    start = position; firstLine = line; lines = 0
                }
                lines += 1; line += 1; position = end
            }
        }
        if lines > 0 { blocks.append((firstLine, lines, start..<text.count)) }
        return blocks
    }

    /// Lines `wanted` (numbers from 1) of one block whose first line is `firstLine`: `(number, text)`.
    static func lines(_ wanted: Set<Int>, of block: [UInt8], firstLine: Int) -> [(number: Int, text: String)] {
        ranges(wanted, of: block, firstLine: firstLine).map { ($0.number, String(decoding: block[$0.range], as: UTF8.self)) }
    }

    /// Where lines `wanted` lie in one block whose first line is `firstLine`, read no further than the last of them
    /// (each line's end found by `memchr`).
    static func ranges(_ wanted: Set<Int>, of block: [UInt8], firstLine: Int) -> [(number: Int, range: Range<Int>)] {
        guard let last = wanted.max() else { return [] }
        return block.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return [] }
            var ranges: [(number: Int, range: Range<Int>)] = []
            var number = firstLine, start = 0
            while start < p.count, number <= last {
                let end: Int
                if let hit = memchr(base + start, 0x0A, p.count - start) { end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) } else { end = p.count }
                if wanted.contains(number) { ranges.append((number, start..<end)) }
                number += 1
                start = end + 1
            }
            return ranges
        }
    }
}
