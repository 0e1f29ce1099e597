import GRDB

/// The FTS5 tokenizer `repertoire` (see `SearchTokens`) of the first full-text index, which only this program could
/// read. Still registered on every connection, so that a database made then can be migrated (its table dropped,
/// `PortableIndex` built in its place); no table of a current database uses it.
final class RepertoireTokenizer: FTS5CustomTokenizer {
    static let name = "repertoire"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let text = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        var code: CInt = 0  // SQLITE_OK
        let query = tokenization.contains(.query)
        func emit(_ token: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ colocated: Bool) -> Bool {
            guard let base = token.baseAddress else { return true }
            code = tokenCallback(context, colocated ? FTS5TokenFlags.colocated.rawValue : 0,
                                 UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), CInt(token.count), CInt(start), CInt(end))
            return code == 0
        }
        SearchTokens.scan(text, query: query, emit)
        return code
    }
}
