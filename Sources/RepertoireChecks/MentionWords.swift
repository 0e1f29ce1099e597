import Foundation
import RepertoireModel
import RepertoireParsing

/// An account's words, for finding a briefer named another way where titles lead and words are spaced (English):
/// `President and Chief Executive Officer of the International Crisis Group` mentioned later as `President and Chief
/// Executive of the International Crisis Group`. A mention starts with the name's first word and differs by a word or
/// two, ending on one of the name's own words: a word left out or added costs one, a word changed costs one when the two are spelled alike (`Peacebuilding`,
/// `Peace-building`) and two otherwise. A mention that is the name cut short (`Director of Sustainable Pacific
/// Consultancy` for `… in Niue`) is no other name.
struct MentionWords {
    /// Each word as compared (without the punctuation around it) and whether a sentence ends after it.
    let words: [(text: String, endsSentence: Bool)]

    init(_ passages: [Passage]) {
        var words: [(String, Bool)] = []
        for p in passages {
            for token in p.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let ends = token.last.map { ".;:".contains($0) } ?? false
                let trimmed = token.trimmingCharacters(in: MentionWords.punctuation)
                if !trimmed.isEmpty { words.append((trimmed, ends)) }
            }
        }
        self.words = words
    }

    static let punctuation = CharacterSet(charactersIn: ",.;:“”\"()")

    /// A mention of `name` written another way, or nil.
    /// A mention ends, as the name does, on one of its words, never on a function word (`for the` of another
    /// briefer's `for the Rule of Law`).
    func variant(of name: String, others: [String], functionWords: Set<String>) -> String? {
        let target = name.split(separator: " ").map { $0.trimmingCharacters(in: MentionWords.punctuation) }.filter { !$0.isEmpty }
        let allowed = target.count >= 4 ? 2 : target.count >= 2 ? 1 : 0
        guard allowed > 0, let first = target.first else { return nil }
        let otherWords = Set(others.map { $0.split(separator: " ").joined(separator: " ") })
        var best: (cost: Int, mention: [String])? = nil
        for i in words.indices where words[i].text == first {
            // The candidate runs at most to its sentence's end.
            var end = i
            while end < words.count, end - i < target.count + allowed {
                end += 1
                if words[end - 1].endsSentence { break }
            }
            let run = words[i..<end].map(\.text)
            if run.starts(with: target) { continue }   // the name itself
            let shortest = max(1, target.count - allowed), longest = min(run.count, target.count + allowed)
            guard shortest <= longest else { continue }
            for length in shortest...longest {
                let candidate = Array(run[..<length])
                if target.starts(with: candidate) { continue }   // cut short
                guard let last = candidate.last, target.dropFirst().contains(last), !functionWords.contains(last.lowercased()) else { continue }
                guard let cost = Self.distance(target, candidate, limit: allowed), cost > 0 else { continue }
                if otherWords.contains(candidate.joined(separator: " ")) { continue }
                if best == nil || cost < best!.cost { best = (cost, candidate) }
            }
        }
        return best.map { $0.mention.joined(separator: " ") }
    }

    /// Word edit distance when at most `limit`.
    static func distance(_ a: [String], _ b: [String], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let change = a[i - 1] == b[j - 1] ? 0 : alike(a[i - 1], b[j - 1]) ? 1 : 2
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change)
            }
            previous = current
        }
        let d = previous[b.count]
        return d <= limit ? d : nil
    }

    /// Two words spelled alike: the same letters but for a hyphen, or one letter apart in words of five or more.
    static func alike(_ x: String, _ y: String) -> Bool {
        if x.replacingOccurrences(of: "-", with: "").lowercased() == y.replacingOccurrences(of: "-", with: "").lowercased() { return true }
        let a = Array(x), b = Array(y)
        guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1 else { return false }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count { current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) }
            previous = current
        }
        return previous[b.count] <= 1
    }
}
