/// Splits lists of names written as prose: `A、B、C和D`. The separator splits everywhere; the final
/// conjunction splits only where the names on either side say it may, so that names containing it
/// (`特立尼达和多巴哥`, `委内瑞拉玻利瓦尔共和国`) stay whole.
struct NameList {
    let profile: LanguageProfile
    let names: StateNames

    init(profile: LanguageProfile, names: StateNames = .shared) {
        self.profile = profile; self.names = names
    }

    /// A list of states or entities (a table note, a speakers cell).
    func states(_ text: String) -> [String] {
        var items = separated(stripped(text))
        guard let last = items.popLast() else { return [] }
        items.append(contentsOf: splitLast(last, evidence: { names.isKnown($0) }))
        return items
    }

    /// A list of briefers: a piece that does not end in a title joins the next one
    /// (`主管欧洲、中亚和美洲事务助理秘书长` is one briefer).
    func briefers(_ text: String) -> [String] {
        var merged: [String] = []
        var carry = ""
        for piece in separated(stripped(text)) {
            let joined = carry.isEmpty ? piece : carry + profile.listSeparators[0] + piece
            if endsWithTitle(joined) { merged.append(joined); carry = "" } else { carry = joined }
        }
        if !carry.isEmpty { merged.append(carry) }
        guard let last = merged.popLast() else { return [] }
        merged.append(contentsOf: splitLast(last, evidence: { endsWithTitle($0) }))
        return merged
    }

    /// Pieces between separators outside brackets, trimmed, empty ones dropped.
    func separated(_ text: String) -> [String] {
        var pieces: [String] = [], current = "", depth = 0
        let opens = Set(profile.quoteBrackets.map(\.0)), closes = Set(profile.quoteBrackets.map(\.1))
        let separators = Set(profile.listSeparators)
        for ch in text {
            let s = String(ch)
            if opens.contains(s) { depth += 1 } else if closes.contains(s) { depth = max(0, depth - 1) }
            if depth == 0 && separators.contains(s) { pieces.append(current); current = "" } else { current.append(ch) }
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Splits the last piece at its final conjunction where `evidence` accepts the names around it.
    func splitLast(_ piece: String, evidence: (String) -> Bool) -> [String] {
        if evidence(piece) && names.isKnown(piece) { return [piece] }
        for conjunction in profile.finalConjunctions {
            var best: (score: Int, left: String, right: String)? = nil
            for range in candidateRanges(of: conjunction, in: piece) {
                let left = String(piece[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
                let right = String(piece[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                guard !left.isEmpty, !right.isEmpty else { continue }
                let score = (evidence(left) ? 2 : 0) + (evidence(right) ? 1 : 0)
                if score >= 2 || (score == 1 && names.isKnown(right)), best == nil || score > best!.score {
                    best = (score, left, right)
                }
            }
            if let best { return [best.left, best.right] }
        }
        return [piece]
    }

    /// Where `word` stands outside brackets.
    func candidateRanges(of word: String, in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var depth = 0, i = text.startIndex
        let opens = Set(profile.quoteBrackets.map(\.0)), closes = Set(profile.quoteBrackets.map(\.1))
        while i < text.endIndex {
            let s = String(text[i])
            if opens.contains(s) { depth += 1 } else if closes.contains(s) { depth = max(0, depth - 1) }
            if depth == 0, text[i...].hasPrefix(word) {
                result.append(i..<text.index(i, offsetBy: word.count))
            }
            i = text.index(after: i)
        }
        return result
    }

    func endsWithTitle(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        return profile.titleEndings.contains { t.hasSuffix($0) }
    }

    /// Removes table-note letters standing alone (`安理会全体成员、b 92 个会员国`).
    func stripped(_ text: String) -> String { NoteLetters.split(text).text }
}

/// Lone lower-case letters in a cell are references to the table's notes.
enum NoteLetters {
    static func split(_ text: String) -> (text: String, letters: [String]) {
        let chars = Array(text)
        var out = "", letters: [String] = []
        for (i, ch) in chars.enumerated() {
            let isLetter = ch.isASCII && ch.isLowercase
            let before = i == 0 ? " " : chars[i - 1], after = i + 1 < chars.count ? chars[i + 1] : " "
            let alone = isLetter && !(before.isASCII && before.isLetter) && !(after.isASCII && after.isLetter)
                && (before == " " || before == "、" || !before.isASCII) && (after == " " || after == "、" || after == "," || !after.isASCII)
            if alone { letters.append(String(ch)) } else { out.append(ch) }
        }
        return (out, letters)
    }
}

extension String {
    enum TrimSet { case whitespaces }
    func trimmingCharacters(in _: TrimSet) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
