import Foundation
import Testing
@testable import RepertoireStore

@Suite("Search tokens")
struct TokenizerTests {
    @Test(arguments: [
        // Chinese in a document: each character at its position, the bigram it starts colocated (+).
        ("安理会", false, ["安", "+安理", "理", "+理会", "会"]),
        // Chinese in a query: bigrams at consecutive positions, then the last character.
        ("安理会", true, ["安理", "理会", "会"]),
        // A one-character query is the character itself.
        ("会", true, ["会"]),
        // Latin words are lower-cased; punctuation separates.
        ("Climate-related Risks.", false, ["climate", "related", "risks"]),
        // Mixed script: a Chinese run between Latin words and numbers.
        ("COVID-19大流行", true, ["covid", "19", "大流", "流行", "行"]),
        // A symbol written as such is one token, then its words colocated with the first (in a document).
        ("S/RES/2532(2020)", false, ["s/res/2532(2020)", "+s", "res", "2532", "2020"]),
        // A symbol in the Chinese form gives the same compact token where it starts.
        ("第 2532(2020)号决议", false, ["第", "s/res/2532(2020)", "+2532", "2020", "号", "+号决", "决", "+决议", "议"]),
        // In a query, the symbol alone.
        ("S/RES/2532(2020)", true, ["s/res/2532(2020)"]),
        // A symbol's trailing sentence punctuation is not part of it.
        ("见 S/2020/346。", true, ["见", "s/2020/346"]),
        // A slash that is no symbol leaves plain words.
        ("and/or", true, ["and", "or"]),
        // Accented Latin letters are letters, lower-cased.
        ("Côte d’Ivoire", false, ["côte", "d", "ivoire"]),
        // Full-width punctuation separates Chinese runs.
        ("决议，声明", true, ["决议", "议", "声明", "明"]),
    ])
    func tokens(_ text: String, _ query: Bool, _ expected: [String]) {
        let got = SearchTokens.tokens(text, query: query).map { ($0.colocated ? "+" : "") + $0.token }
        #expect(got == expected)
    }

    @Test func malformedUTF8IsSkippedNotFatal() {
        let bytes: [UInt8] = [0xE5, 0xAE, 0x89, 0xFF, 0x61, 0xE5]  // 安, a stray byte, "a", a cut character
        var tokens: [String] = []
        bytes.withUnsafeBufferPointer { p in
            SearchTokens.scan(p, query: false) { t, _, _, _ in tokens.append(String(decoding: t, as: UTF8.self)); return true }
        }
        #expect(tokens == ["安", "a"])
    }

}

@Suite("SHA-256")
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        // Two blocks of padding.
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(_ text: String, _ digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test func agreesWithSha256sum() throws {
        let bytes = (0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        let path = Fixture.temporary("digest.bin")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(out.hasPrefix(SHA256.hex(bytes)))
    }
}
