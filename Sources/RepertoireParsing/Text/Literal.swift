/// Byte forms of the punctuation and Latin words the scanners test for, made once.
enum Literal {
    static let openParen: [[UInt8]] = [Array("(".utf8), Array("（".utf8)]
    static let closeParen: [[UInt8]] = [Array(")".utf8), Array("）".utf8)]
    static let resumption = Array("Resumption".utf8)
    static let dash = Array("-".utf8)
    static let dot = Array(".".utf8)
    static let fullWidthColon = Array("：".utf8)
    /// The Council's document series, `S/`.
    static let councilSeries = Array("S/".utf8)
    /// The full stops a list may end with, besides `.` and `;`: `。` and `；`.
    static let listEnds: [[UInt8]] = ["。", "；"].map { Array($0.utf8) }
    static let prst = Array("S/PRST/".utf8), res = Array("S/RES/".utf8)
    /// Series whose symbols carry their year: `S/RES/2532(2020)`, `A/RES/75/1`.
    static let resolutionSeries = res, assemblyResolutionSeries = Array("A/RES/".utf8)
    static let resumptionOpen = Array("(Resumption".utf8)
    /// Endings of a complete footnote: a full stop, or one with a closing bracket or quote.
    static let sentenceEnds: [[UInt8]] = ["。", ".", "。)", "。”", "”。", ")。"].map { Array($0.utf8) }
}
