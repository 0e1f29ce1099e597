/// A list of States in a table cell as the Repertoire writes it: the names joined, or past `longList` names a count
/// with a letter (`94 个会员国 a` / `94 Member States a`), the names going to a lettered note under the table in the
/// list's order and the language's separators. One value per table: its letters run a, b, c….
public struct LetteredNotes: Sendable {
    /// Longer lists are given as a count with a note.
    public static let longList = 10
    public let lang: String
    /// The notes in order of their letters (`a 阿富汗、阿尔巴尼亚……。`).
    public private(set) var notes: [String] = []

    public init(lang: String) { self.lang = lang }

    /// The cell for `names`; `count` where the table states a larger number than the names given.
    public mutating func cell(_ names: [String], count: Int? = nil) -> String {
        let separator = lang == "zh" ? "、" : ", "
        guard names.count > Self.longList || (count ?? 0) > Self.longList else { return names.joined(separator: separator) }
        let letter = String(UnicodeScalar(UInt8(97 + notes.count % 26)))
        notes.append("\(letter) " + names.joined(separator: separator) + (lang == "zh" ? "。" : "."))
        let n = max(count ?? 0, names.count)
        return lang == "zh" ? "\(n) 个会员国 \(letter)" : "\(n) Member States \(letter)"
    }
}
