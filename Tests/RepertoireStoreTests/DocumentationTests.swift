import Foundation
import Testing

/// Every subcommand and every option of the command line is documented in the README.
@Suite("README documents the command line")
struct DocumentationTests {
    static let readme = (try? String(contentsOf: Fixture.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test(arguments: ["extract", "check", "compare", "official", "council", "stats", "ingest", "search", "meetings", "videoconferences",
                      "decisions", "symbols", "states", "show", "serve"])
    func everyOptionIsInTheReadme(_ command: String) throws {
        let help = try Fixture.run([command, "--help"])
        #expect(help.status == 0)
        #expect(Self.readme.contains("repertoire \(command)") || Self.readme.contains("|\(command)"), "\(command) is not in the README")
        let options = Set(help.out.matches(of: /--[a-z][a-z-]+/).map { String($0.output) }).subtracting(["--help", "--version"])
        #expect(!options.isEmpty || command == "official")
        for option in options { #expect(Self.readme.contains(option), "repertoire \(command) \(option) is not in the README") }
    }
}
