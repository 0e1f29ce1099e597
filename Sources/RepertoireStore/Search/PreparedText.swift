import Foundation
import GRDB

/// The index's input of the documents being written, made on the parsing threads (`PortableIndex.texts`), by
/// passage id, for the SQL function `repertoire_prepared(id, column, text)` in the one statement that fills the
/// index: the passage's `words` (column 0) or `pairs` (1), or `text` itself when there is none.
final class PreparedText: @unchecked Sendable {
    static let function = "repertoire_prepared"
    private let lock = NSLock()
    private var current: [Int64: (words: [UInt8], pairs: [UInt8])] = [:]

    /// Runs `body` with the passages' words and pairs available to the function.
    func with<T>(_ entries: [(Int64, [UInt8], [UInt8])], _ body: () throws -> T) rethrows -> T {
        var map: [Int64: (words: [UInt8], pairs: [UInt8])] = [:]
        for (id, words, pairs) in entries { map[id] = (words, pairs) }
        lock.withLock { current = map }
        defer { lock.withLock { current = [:] } }
        return try body()
    }

    var databaseFunction: DatabaseFunction {
        DatabaseFunction(Self.function, argumentCount: 3, pure: false) { [self] values in
            guard let id = Int64.fromDatabaseValue(values[0]), let column = Int.fromDatabaseValue(values[1]),
                  let entry = lock.withLock({ current[id] }) else { return values[2] }
            return String(decoding: column == 0 ? entry.words : entry.pairs, as: UTF8.self)
        }
    }
}
