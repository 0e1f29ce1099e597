/// Which profile reads a text: its script first (Chinese characters against Latin letters), then the profile's own
/// phrases (`安理会`, `Security Council`). A text in a script with no profile, or with none of the phrases, has no
/// profile: it is refused rather than read into empty facts.
public enum LanguageDetection {
    /// How much of the text is looked at: the opening of any Repertoire text shows its language.
    static let sample = 16 * 1024

    public static func profile(of text: [UInt8], among profiles: [LanguageProfile] = LanguageProfile.all) -> LanguageProfile? {
        let end = min(text.count, sample)
        var han = 0, latin = 0
        text.withUnsafeBufferPointer { b in
            for i in 0..<end {
                let x = b[i]
                if x >= 0xE4 && x <= 0xE9 { han += 1 } else if (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A { latin += 1 }
            }
        }
        // Chinese Repertoire text carries many Latin symbols and links, English text no Chinese character: a few
        // Chinese characters, or one for every four letters, make it Chinese.
        let script: LanguageProfile.Script = han >= 16 || (han > 0 && han * 4 >= latin) ? .han : .latin
        let candidates = profiles.filter { $0.script == script }
        // The only language of its script is that script's (Chinese among the six); where several share one (English,
        // French, Spanish), the profile's phrases decide, and a text with none of them is none of its languages.
        if candidates.count == 1, script == .han { return candidates[0] }
        let window = Array(text[..<end])
        let scored = candidates.map { p in
            // Its phrases, and its tables' headers written whole on a line (as `render --format text` writes them).
            (p, (p.detectionPhrases + p.tableHeaders).reduce(0) { $0 + (Bytes.find($1.bytes, in: window) == nil ? 0 : 1) })
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }
}
