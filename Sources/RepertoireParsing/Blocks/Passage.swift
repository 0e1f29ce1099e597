import RepertoireModel

/// Reflowed text of a paragraph, footnote, note or cell: its lines joined (Chinese with no space,
/// Latin with one), footnote markers taken out, and every byte traceable to its input line.
public struct Passage: Sendable {
    /// The joined text without footnote markers.
    public private(set) var bytes: [UInt8] = []
    /// `(offset in bytes, line number)` for each joined line, in order.
    public private(set) var lineStarts: [(offset: Int, line: Int)] = []
    /// Footnote markers: the number and the offset in `bytes` where it stood.
    public internal(set) var markers: [(offset: Int, number: Int)] = []

    public init() {}

    /// `lines` of the document `text`, joined.
    public init(lines: [SourceLine], in text: [UInt8]) { self.init(lines: lines[...], in: text) }

    public init(lines: ArraySlice<SourceLine>, in text: [UInt8]) {
        self.init(pieces: lines.lazy.map { ($0.number, $0.range) }, in: text)
    }

    /// The pieces (line number, range of `text`; read twice, so a collection) joined: one buffer of the greatest
    /// size, filled through a pointer (appending piece by piece to an array tested its capacity and uniqueness at
    /// each one).
    init<Pieces: Collection>(pieces: Pieces, in text: [UInt8]) where Pieces.Element == (Int, Range<Int>) {
        var size = 0
        for (_, range) in pieces { size += range.count + 1 }
        var starts: [(offset: Int, line: Int)] = []
        starts.reserveCapacity(pieces.count)
        bytes = text.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
                var n = 0
                for (line, range) in pieces where !range.isEmpty {
                    if n > 0, Bytes.needsSpace(between: buffer[n - 1], and: source[range.lowerBound])
                        || Bytes.opensQuotation(after: buffer[n - 1], source, at: range.lowerBound, end: range.upperBound) {
                        buffer[n] = Bytes.space; n += 1
                    }
                    starts.append((n, line))
                    (buffer.baseAddress! + n).update(from: source.baseAddress! + range.lowerBound, count: range.count)
                    n += range.count
                }
                filled = n
            }
        }
        lineStarts = starts
    }

    /// Passages joined as their lines would be (each line's text trimmed; markers are not kept).
    init(joining passages: [Passage]) {
        var joined = Passage()
        for p in passages {
            for (k, start) in p.lineStarts.enumerated() {
                let end = k + 1 < p.lineStarts.count ? p.lineStarts[k + 1].offset : p.bytes.count
                let piece = Bytes.trimmed(p.bytes[start.offset..<end])
                guard let first = piece.first else { continue }
                if let last = joined.bytes.last, Bytes.needsSpace(between: last, and: first) { joined.bytes.append(Bytes.space) }
                joined.lineStarts.append((joined.bytes.count, start.line))
                joined.bytes.append(contentsOf: piece)
            }
        }
        self = joined
    }

    /// Line `line` of the document `text`, joined to the passage.
    public mutating func append(_ line: SourceLine, in text: [UInt8]) {
        guard !line.isEmpty else { return }
        lineStarts.append((bytes.count, line.number))
        Bytes.join(&bytes, text[line.range])
    }

    public var text: String { Bytes.string(bytes) }
    public var isEmpty: Bool { bytes.isEmpty }
    public var lines: [Int] { lineStarts.map(\.line) }
    /// The input line the passage begins on (without making the list of all its lines).
    public var firstLine: Int? { lineStarts.first?.line }

    /// The input line the byte at `offset` came from.
    public func line(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1, found = lineStarts.first?.line ?? 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid].offset <= offset { found = lineStarts[mid].line; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }

    /// The input lines covering `range`.
    public func lines(in range: Range<Int>) -> [Int] {
        guard !lineStarts.isEmpty else { return [] }
        let first = line(at: range.lowerBound), last = line(at: max(range.lowerBound, range.upperBound - 1))
        var result: [Int] = []
        for start in lineStarts where start.line >= first && start.line <= last { result.append(start.line) }
        return result
    }

    /// Text in `range`, trimmed.
    public func string(_ range: Range<Int>) -> String {
        Bytes.string(Bytes.trimmed(bytes[range]))
    }

    /// Removes the marker digits found by `FootnoteMarkers` and records where they stood: the bytes are moved up in
    /// place, and each line start moves back by the marker bytes removed before it.
    mutating func removeMarkers(_ found: [(range: Range<Int>, number: Int)]) {
        guard !found.isEmpty else { return }
        let inOrder = zip(found, found.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }
        let sorted = inOrder ? found : found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [(offset: Int, number: Int)] = []
        result.reserveCapacity(sorted.count)
        var write = sorted[0].range.lowerBound, read = write
        bytes.withUnsafeMutableBufferPointer { b in
            let base = b.baseAddress!
            for m in sorted {
                let n = m.range.lowerBound - read
                if n > 0 && write != read { (base + write).update(from: base + read, count: n) }
                write += n
                result.append((write, m.number))
                read = m.range.upperBound
            }
            let rest = b.count - read
            if rest > 0 && write != read { (base + write).update(from: base + read, count: rest) }
            write += rest
        }
        bytes.removeLast(bytes.count - write)
        var k = 0, removed = 0
        for i in lineStarts.indices {
            while k < sorted.count, sorted[k].range.upperBound <= lineStarts[i].offset { removed += sorted[k].range.count; k += 1 }
            lineStarts[i].offset -= removed
        }
        markers = result
    }
}

extension Passage {
    /// The passage before byte `end`, with the lines and markers in it.
    func prefix(upTo end: Int) -> Passage {
        var p = Passage()
        p.bytes = Array(bytes[..<min(end, bytes.count)])
        p.lineStarts = lineStarts.filter { $0.offset < end || $0.offset == 0 }
        p.markers = markers.filter { $0.offset < end }
        return p
    }

    /// The passage from byte `start` on, line map and markers shifted to match.
    func suffix(from start: Int) -> Passage {
        var p = Passage()
        p.bytes = Array(bytes[min(start, bytes.count)...])
        // The line `start` falls in begins the new passage; the lines after it move back by `start`.
        if !lineStarts.isEmpty {
            var k = 0
            while k + 1 < lineStarts.count, lineStarts[k + 1].offset <= start { k += 1 }
            var starts: [(offset: Int, line: Int)] = []
            starts.reserveCapacity(lineStarts.count - k)
            starts.append((lineStarts[k].offset <= start ? 0 : lineStarts[k].offset - start, lineStarts[k].line))
            for s in lineStarts[(k + 1)...] { starts.append((s.offset - start, s.line)) }
            p.lineStarts = starts
        }
        p.markers = markers.filter { $0.offset >= start }.map { ($0.offset - start, $0.number) }
        return p
    }
}
