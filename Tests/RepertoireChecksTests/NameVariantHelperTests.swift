import Testing
@testable import RepertoireChecks
import RepertoireParsing
import RepertoireModel

/// The name-variant check's helpers, rewritten for speed, against plain definitions.
@Suite struct NameVariantHelperTests {
    static var checks: DocumentChecks { try! DocumentChecks(Extractor().extract(Array(Base.text.utf8), file: "test.txt")) }

    @Test(arguments: [
        ("秘书长 和 主席", "秘书长和主席"),                 // ASCII spaces
        ("秘书长\u{3000}和\u{00A0}主席", "秘书长和主席"),   // the ideographic and the no-break space
        ("\t主席\n", "主席"),                               // tab and line feed
        ("主席\u{3001}秘书长", "主席\u{3001}秘书长"),       // 、 (E3 80 81) shares two bytes with U+3000 and stays
        ("Mr. A", "Mr.A"),
        ("", ""),
    ])
    func squeezedRemovesWhiteSpaceOnly(input: String, expected: String) {
        let checks = Self.checks
        #expect(checks.squeezed(input) == Array(expected.utf8))
        #expect(checks.squeezed(input) == Array(String(String.UnicodeScalarView(input.unicodeScalars.filter { !checks.isSpace($0) })).utf8))
    }

    /// An account's scalars, decoded in place from its paragraphs' bytes, are the paragraphs' text without white
    /// space: every paragraph of the test document (Chinese, Latin, digits, the ideographic space), and a passage
    /// with a character of each length.
    @Test func accountScalarsAreTheTextWithoutWhiteSpace() throws {
        let checks = Self.checks
        var passages: [Passage] = []
        for case .paragraph(let p) in try Extractor().extract(Array(Base.text.utf8), file: "test.txt").blocks.blocks { passages.append(p) }
        let mixed = try Extractor().extract(Array("35.  维护国际和平与安全\n\n在 é 和\u{3000}😀 期间，S/PV.8699。\n".utf8), file: "m.txt")
        for case .paragraph(let p) in mixed.blocks.blocks { passages.append(p) }
        #expect(passages.count > 3)
        let plain = passages.flatMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.filter { !checks.isSpace($0) } }
        #expect(checks.scalarsWithoutSpace(of: passages) == plain)
        #expect(plain.contains("😀") && plain.contains("é"))
    }

    /// The prefilter of a mention's title ending agrees with the endings themselves: true for every character that
    /// ends one, false for every other character of the sample's narrative (and never false above U+FFFF).
    @Test func mayEndTitleAgreesWithTheEndings() {
        let text = CheckText.of(language: "zh")
        let lasts = Set(text.titleEndings.map { $0.last! })
        #expect(!lasts.isEmpty)
        for last in lasts { #expect(text.mayEndTitle(last), "\(last)") }
        var ruledOut = 0
        for scalar in Set(Base.text.unicodeScalars) where !lasts.contains(scalar) {
            #expect(!text.mayEndTitle(scalar), "\(scalar)")
            ruledOut += 1
        }
        #expect(ruledOut > 100)
        #expect(text.mayEndTitle("😀"))
    }

    /// The banded distance equals the full one when that is within the limit, and is nil otherwise.
    @Test func boundedDistanceAgreesWithTheFullOne() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("秘书长主席和国ab")
        var checked = 0
        let checks = Self.checks
        for _ in 0..<2000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let full = editDistance(a, b)
            for limit in 0...3 {
                let bounded = checks.boundedDistance(a[...], b[...], limit: limit)
                #expect(bounded == (full <= limit ? full : nil), "\(String(a)) / \(String(b)) limit \(limit)")
                checked += 1
            }
        }
        #expect(checked == 8000)
    }

    @Test func findUsesByteOffsets() {
        let hay = Array("安理会听取了秘书长的通报。秘书长表示".utf8), needle = Array("秘书长".utf8)
        #expect(ByteSearch.find(needle, in: hay, from: 0) == 18)
        #expect(ByteSearch.find(needle, in: hay, from: 19) == 39)
        #expect(ByteSearch.find(needle, in: hay, from: 40) == nil)
        #expect(ByteSearch.find(needle, in: hay, from: hay.count) == nil)
    }

    /// The plain edit distance (the full table): the reference.
    func editDistance<E: Equatable>(_ a: [E], _ b: [E]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The eight-at-a-time search for a pair of characters against a plain loop, from every start, on texts whose
/// lengths put the pair before, across and after each block of eight.
@Suite struct PairSearchTests {
    @Test func agreesWithAPlainLoopFromEveryStart() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("秘书长主".unicodeScalars)
        var compared = 0
        for length in 0...40 {
            for _ in 0..<20 {
                let t = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                for start in 0...length {
                    var plain: Int? = nil
                    var i = start
                    while i + 1 < t.count { if t[i] == alphabet[0] && t[i + 1] == alphabet[1] { plain = i; break }; i += 1 }
                    #expect(DocumentChecks.pair(alphabet[0], alphabet[1], in: t, from: start) == plain)
                    compared += 1
                }
            }
        }
        #expect(compared == 20 * (1...41).reduce(0, +))
    }
}

/// The binary search the checks use on sorted lines finds what a linear search finds: the first element after a line.
@Suite struct SortedSearchTests {
    @Test(arguments: [
        ([] as [Int], 5),
        ([1], 0), ([1], 1), ([1], 2),
        ([1, 1, 1], 1),                     // repeats: the first after all of them
        ([3, 8, 8, 12, 40], 0), ([3, 8, 8, 12, 40], 8), ([3, 8, 8, 12, 40], 11), ([3, 8, 8, 12, 40], 40), ([3, 8, 8, 12, 40], 99),
    ])
    func firstAfterAsALinearSearch(lines: [Int], line: Int) {
        #expect(lines.firstIndex(after: { $0 > line }) == (lines.firstIndex { $0 > line } ?? lines.endIndex))
        // A slice, whose indices do not start at 0.
        let rest = lines.dropFirst()
        #expect(rest.firstIndex(after: { $0 > line }) == (rest.firstIndex { $0 > line } ?? rest.endIndex))
    }
}
