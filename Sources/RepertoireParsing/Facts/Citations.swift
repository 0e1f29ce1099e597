import RepertoireModel

/// A document symbol cited in the text, with the input line it stands on: what the facts stage scanned,
/// kept for the checks (a symbol cited without a link, a link that stands for nothing cited).
public struct Citation: Sendable, Equatable {
    public let symbol: DocumentSymbol
    public let line: Int

    /// The hits of a scan of `passage`, each with its line.
    static func of(_ passage: Passage, _ hits: [SymbolScanner.Hit]) -> [Citation] {
        hits.map { Citation(symbol: $0.symbol, line: passage.line(at: $0.range.lowerBound)) }
    }
}
