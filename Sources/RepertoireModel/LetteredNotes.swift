/// A list of States in a table cell as the Repertoire writes it: the names joined, or past `longList` names a count
/// with a letter (`94 个会员国 a` / `94 Member States a`), the names going to a lettered note under the table in the
/// list's order and the language's separators. One value per table: its letters run a, b, c….
public struct LetteredNotes: Sendable {
    /// Longer lists are given as a count with a note.
    public static let longList = 10
    public let lang: String
    /// The notes in order of their letters (`a 阿富汗、阿尔巴尼亚……。`).
    public var notes: [String] { lettered.sorted { $0.letter < $1.letter }.map { "\($0.letter) \($0.text)" } }
    private var lettered: [(letter: String, text: String)] = []
    /// Letters the table already gives its notes (as the document read): a new note takes the next letter free.
    private var reserved: Set<String>

    public init(lang: String, reserved: Set<String> = []) { self.lang = lang; self.reserved = reserved }

    /// Whether a list of `names` names (of `count` States where the table states more) is given as a count with a note.
    public static func isLong(_ names: Int, count: Int?) -> Bool { names > longList || (count ?? 0) > longList }

    /// The cell for `names`; `count` where the table states a larger number than the names given; `letter`, the
    /// note's letter where the document gave it one.
    public mutating func cell(_ names: [String], count: Int? = nil, letter given: String? = nil) -> String {
        let separator = lang == "zh" ? "、" : ", "
        guard Self.isLong(names.count, count: count) else { return names.joined(separator: separator) }
        // The note as the Repertoire writes a list: the last name after `和` / `and`.
        let last = lang == "zh" ? "和" : " and "
        let listed = names.count > 1 ? names.dropLast().joined(separator: separator) + last + names.last! : names.joined()
        // The document's letter, unless a note of this table took it already (tables of two documents in one).
        let letter = given.flatMap { g in lettered.contains { $0.letter == g } ? nil : g } ?? nextLetter()
        reserved.insert(letter)
        lettered.append((letter, listed + (lang == "zh" ? "。" : ".")))
        let n = max(count ?? 0, names.count)
        return lang == "zh" ? "\(n) 个会员国 \(letter)" : "\(n) Member States \(letter)"
    }

    /// A note the document gave, by its letter, as it reads (once, however many rows carry its letter).
    public mutating func add(letter: String, text: String) {
        reserved.insert(letter)
        guard !lettered.contains(where: { $0.letter == letter }) else { return }
        lettered.append((letter, text))
    }

    private func nextLetter() -> String {
        var k = 0
        while true {
            let letter = k < 26 ? String(UnicodeScalar(UInt8(97 + k))) : "\(String(UnicodeScalar(UInt8(97 + k % 26))))\(k / 26)"
            if !reserved.contains(letter) { return letter }
            k += 1
        }
    }
}
