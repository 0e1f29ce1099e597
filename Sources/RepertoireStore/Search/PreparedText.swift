import Foundation
import GRDB

/// Full-text tokens computed ahead, on the threads that parse, so that the one writer does not tokenize.
///
/// A passage's text becomes a stream: the marker `FF FE 52 54` (no UTF-8 text starts with `FF`), then per token
/// its flags (1: colocated), length, start and end offsets in the text (four little-endian bytes each) and its
/// bytes. The index is filled from the stream (`repertoire_prepared(id, column, text)` in the one statement that
/// fills it), while the passage table keeps the text: the tokenizer reads both to the same tokens, so FTS5's
/// integrity check, deletes, highlights and snippets, which tokenize the text, agree with the index.
extension SearchTokens {
    static let preparedMarker: [UInt8] = [0xFF, 0xFE, 0x52, 0x54]

    /// The token stream of a document text.
    public static func prepared(_ text: String) -> [UInt8] {
        var sink = StreamSink(capacity: text.utf8.count * 8 + 64)
        defer { sink.buffer.deallocate() }
        sink.append(preparedMarker)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            scan(p, query: false) { token, start, end, colocated in
                sink.token(token, start, end, colocated)
                return true
            }
        }
        return Array(UnsafeBufferPointer(start: sink.buffer, count: sink.count))
    }

    /// The stream being written: one buffer, grown by doubling.
    private struct StreamSink {
        var buffer: UnsafeMutablePointer<UInt8>, capacity: Int, count = 0

        init(capacity: Int) {
            self.capacity = capacity
            buffer = .allocate(capacity: capacity)
        }

        mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + n))
            grown.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            capacity = max(capacity * 2, count + n)
        }

        mutating func append(_ bytes: [UInt8]) {
            reserve(bytes.count)
            for b in bytes { buffer[count] = b; count += 1 }
        }

        mutating func token(_ token: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ colocated: Bool) {
            reserve(13 + token.count)
            buffer[count] = colocated ? 1 : 0
            let words = UnsafeMutableRawPointer(buffer + count + 1)
            words.storeBytes(of: UInt32(truncatingIfNeeded: token.count).littleEndian, as: UInt32.self)
            words.storeBytes(of: UInt32(truncatingIfNeeded: start).littleEndian, toByteOffset: 4, as: UInt32.self)
            words.storeBytes(of: UInt32(truncatingIfNeeded: end).littleEndian, toByteOffset: 8, as: UInt32.self)
            if let base = token.baseAddress { (buffer + count + 13).update(from: base, count: token.count) }
            count += 13 + token.count
        }
    }

    /// Replays a stream made by `prepared`; false when `text` is not one (then it is tokenized as text).
    static func replay(_ text: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Bool) -> Bool {
        guard text.count >= 4, text[0] == 0xFF, text[1] == 0xFE, text[2] == 0x52, text[3] == 0x54 else { return false }
        func word(_ i: Int) -> Int {
            Int(text[i]) | Int(text[i + 1]) << 8 | Int(text[i + 2]) << 16 | Int(text[i + 3]) << 24
        }
        var i = 4
        while i + 13 <= text.count {
            let length = word(i + 1), start = word(i + 5), end = word(i + 9)
            let from = i + 13
            guard from + length <= text.count else { return true }
            if !emit(UnsafeBufferPointer(rebasing: text[from..<(from + length)]), start, end, text[i] & 1 != 0) { return true }
            i = from + length
        }
        return true
    }
}

/// The prepared streams of the document being written, by passage id, for the SQL function
/// `repertoire_prepared(id, column, text)`: the stream of the passage's text (column 0) or symbols (1), or
/// `text` itself when there is none.
final class PreparedText: @unchecked Sendable {
    static let function = "repertoire_prepared"
    private let lock = NSLock()
    private var current: [Int64: (text: [UInt8], symbols: [UInt8])] = [:]

    /// Runs `body` with the streams available to the function.
    func with<T>(_ entries: [(Int64, [UInt8], [UInt8])], _ body: () throws -> T) rethrows -> T {
        var map: [Int64: (text: [UInt8], symbols: [UInt8])] = [:]
        for (id, text, symbols) in entries { map[id] = (text, symbols) }
        lock.withLock { current = map }
        defer { lock.withLock { current = [:] } }
        return try body()
    }

    var databaseFunction: DatabaseFunction {
        DatabaseFunction(Self.function, argumentCount: 3, pure: false) { [self] values in
            guard let id = Int64.fromDatabaseValue(values[0]), let column = Int.fromDatabaseValue(values[1]),
                  let entry = lock.withLock({ current[id] }) else { return values[2] }
            return Data(column == 0 ? entry.text : entry.symbols)
        }
    }
}
