import Foundation
import Testing
@testable import RepertoireParsing
import RepertoireModel

/// The development document, whole, through the pipeline and the project's scorer.
@Suite(.serialized) struct EndToEndTests {
    /// Each edition's development document, facts only: every category at 0.93 or more, 0.97 overall.
    @Test(arguments: ["zh", "en"])
    func scoresTheDevelopmentDocument(language: String) throws {
        try #require(FileManager.default.fileExists(atPath: Fixture.scorer.path), "../shared/eval/score.py is needed")
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: Fixture.sample(language).path)))
        let facts = try Extractor().extract(bytes, file: "\(language)-2020-part1-items35-36.txt").facts
        #expect(facts.language == language)
        let predicted = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-pred-\(UUID()).json")
        try Data(facts.jsonString.utf8).write(to: predicted)
        defer { try? FileManager.default.removeItem(at: predicted) }
        let gold = Fixture.gold(language)
        let (status, output) = try run("/usr/bin/env", ["python3", Fixture.scorer.path, gold.path, predicted.path,
                                                         "--except", "findings", "--min-f1", "0.93", "--min-overall", "0.97"])
        print(output)
        #expect(status == 0, "\(output)")
        let overall = try Self.overallF1(try run("/usr/bin/env", ["python3", Fixture.scorer.path, gold.path, predicted.path]).1)
        #expect(overall >= 0.97)
    }

    static func overallF1(_ output: String) throws -> Double {
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("overall") })
        return try #require(Double(line.split(separator: " ").last!))
    }

    @Test func gb18030CopyGivesTheSameFacts() throws {
        let utf8 = try Fixture.facts(bytes: Fixture.sampleBytes)
        let gb = try #require(TextDecoder.iconvConvert(Fixture.sampleBytes, to: "GB18030"))
        #expect(try Fixture.facts(bytes: gb).jsonString == utf8.jsonString)
    }

    @Test func crlfAndUTF16GiveTheSameFacts() throws {
        let utf8 = try Fixture.facts(bytes: Fixture.sampleBytes)
        let crlf = Array(String(decoding: Fixture.sampleBytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try Fixture.facts(bytes: crlf).jsonString == utf8.jsonString)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in String(decoding: Fixture.sampleBytes, as: UTF8.self).utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try Fixture.facts(bytes: utf16).jsonString == utf8.jsonString)
    }

    @Test func truncatedMidTableKeepsWhatItHas() throws {
        let lines = String(decoding: Fixture.sampleBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // Cut inside Table 1's second row (the S/PV.8748 row's draft cell).
        let cut = lines.prefix(1261).joined(separator: "\n")
        let facts = try Fixture.facts(cut)
        #expect(facts.meetings.map(\.record.compact) == ["S/PV.8699", "S/PV.8748"])
        #expect(facts.meetings[0].rule37Count == 94 && facts.meetings[0].rule37States.isEmpty)  // its note was cut off
        #expect(facts.footnotes.count == 52)
    }

    /// A language with no profile is refused as such (French, Spanish: Latin script without an English phrase); an
    /// English sentence that is no Repertoire text is refused for its missing structure.
    @Test(arguments: [
        ("The Security Council met on 9 January 2020 (S/PV.8699) and heard a briefing.\n", InputError.noRepertoireStructure),
        ("Le Conseil de sécurité a tenu une séance le 9 janvier 2020.\nIl a entendu un exposé.\n", .unknownLanguage(known: ["zh", "en"])),
        ("El Consejo de Seguridad celebró una sesión el 9 de enero de 2020.\n", .unknownLanguage(known: ["zh", "en"])),
    ])
    func otherLanguagesAreRefusedClearly(text: String, error: InputError) {
        #expect(throws: error) { try Fixture.facts(text) }
    }

    // MARK: The command line

    static var binary: URL {
        // The test bundle sits in the build folder beside the executable.
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("repertoire").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("repertoire")
    }

    func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe; process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-\(UUID())-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test(arguments: [
        ("empty.txt", [UInt8](), "error: the file is empty"),
        ("blank.txt", Array("  \n \n".utf8), "error: the file holds only white space"),
        ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], ":2: error: binary data"),
        ("english.txt", Array("The Council met.\n".utf8), "error: no Repertoire structure recognized"),
        ("french.txt", Array("Le Conseil de sécurité a tenu une séance.\n".utf8), "error: the text is in none of the languages read (zh, en)"),
    ])
    func refusedInputsExitOneNamingTheFile(name: String, bytes: [UInt8], message: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let path = try write(bytes, name: name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try run(Self.binary.path, ["extract", path])
        #expect(status == 1)
        #expect(output.contains(path) && output.contains(message), "\(output)")
    }

    /// `compare`: the two editions agree (exit 0); a changed vote is one mismatch (exit 1); a file in no language read
    /// is refused, naming it (exit 1); `--lang` reads a text in the language given.
    @Test func compareTheTwoEditions() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let zh = Fixture.sample("zh").path, en = Fixture.sample("en").path
        let (agree, agreeOutput) = try run(Self.binary.path, ["compare", zh, en])
        #expect(agree == 0 && agreeOutput.contains("The editions agree (zh, en)."), "\(agreeOutput)")
        let text = try String(contentsOfFile: en, encoding: .utf8)
        let changed = try write(Array(text.replacingOccurrences(of: "2546 (2020) \n\n15-0-0", with: "2546 (2020) \n\n14-0-1").utf8), name: "en.txt")
        defer { try? FileManager.default.removeItem(atPath: changed) }
        let (differ, output) = try run(Self.binary.path, ["compare", zh, changed, "--format", "json"])
        #expect(differ == 1)
        #expect(output.contains("\"kind\": \"edition-mismatch\"") && output.contains("S/PV.8763"), "\(output)")
        let french = try write(Array("Le Conseil de sécurité a tenu une séance.\n".utf8), name: "fr.txt")
        defer { try? FileManager.default.removeItem(atPath: french) }
        let (refused, refusedOutput) = try run(Self.binary.path, ["compare", zh, french])
        #expect(refused == 1 && refusedOutput.contains("\(french): error: the text is in none of the languages read"))
        let (forced, forcedOutput) = try run(Self.binary.path, ["extract", en, "--lang", "en", "--format", "summary"])
        #expect(forced == 0 && forcedOutput.contains("Maintenance of international peace and security"), "\(forcedOutput)")
        let (unknown, unknownOutput) = try run(Self.binary.path, ["extract", en, "--lang", "fr"])
        #expect(unknown == 64 && unknownOutput.contains("--lang fr: no such language"), "\(unknownOutput)")
    }

    @Test func missingFileAndSeveralFiles() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let (status, output) = try run(Self.binary.path, ["extract", "/nonexistent/x.txt", Fixture.sample.path])
        #expect(status == 1)
        #expect(output.contains("/nonexistent/x.txt: error: cannot read the file: no such file"))
        // The readable file is still written: one JSON object per line.
        #expect(output.split(separator: "\n").contains { $0.hasPrefix("{\"schema\": \"repertoire-facts/1\"") })
    }

    @Test func aFolderStandsForItsTextFilesInNameOrder() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-folder-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Fixture.sampleBytes).write(to: folder.appendingPathComponent("sub/b.txt"))
        try Data(Fixture.sampleBytes).write(to: folder.appendingPathComponent("a.txt"))
        try Data("not a text file".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let (status, output) = try run(Self.binary.path, ["extract", folder.path, "--no-findings"])
        #expect(status == 0)
        // Two objects, a.txt then sub/b.txt; the .md file is not read.
        let files = output.split(separator: "\n").filter { $0.hasPrefix("{") }.map { line in
            line.firstRange(of: "\"file\": \"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        }
        #expect(files == ["a.txt", "b.txt"])
    }

    @Test func checkReadsAFolderToo() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-check-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Fixture.sampleBytes).write(to: folder.appendingPathComponent("sample.txt"))
        let (status, output) = try run(Self.binary.path, ["check", folder.path])
        // The same diagnostics as for the file named, each naming the file found in the folder.
        let (_, direct) = try run(Self.binary.path, ["check", Fixture.sample.path])
        #expect(status == 1)
        #expect(output.contains(folder.appendingPathComponent("sample.txt").path + ":"))
        #expect(output.split(separator: "\n").last == direct.split(separator: "\n").last)
        // Several files, checked on all cores: each file's diagnostics together, in name order.
        try Data(Fixture.sampleBytes).write(to: folder.appendingPathComponent("a-copy.txt"))
        try Data(Fixture.sampleBytes).write(to: folder.appendingPathComponent("m-copy.txt"))
        let (_, several) = try run(Self.binary.path, ["check", folder.path])
        let named = several.split(separator: "\n").compactMap { line in
            ["a-copy.txt:", "m-copy.txt:", "sample.txt:"].first { line.hasPrefix(folder.path + "/" + $0) }
        }
        #expect(named.count > 6)
        #expect(named == named.sorted(), "a-copy's diagnostics, then m-copy's, then sample's")
    }

    @Test func anEmptyFolderAndAnUnwritableOutputAreNamed() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-empty-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try run(Self.binary.path, ["extract", folder.path])
        #expect(status == 1)
        #expect(output.contains("\(folder.path): error: the folder holds no .txt file"))
        // An output that cannot be created stops the run at once: exit 2, the path named.
        let (written, message) = try run(Self.binary.path, ["extract", Fixture.sample.path, "--output", "/nonexistent/out.json"])
        #expect(written == 2)
        #expect(message.contains("/nonexistent/out.json: error: cannot write the output"))
    }

    /// `--output` writes the path in place. It was once created beside and renamed over the path: run as root,
    /// `--output /dev/null` replaced the device with a regular file, and a link with a file of its own.
    @Test func theOutputIsWrittenInPlace() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let (status, _) = try run(Self.binary.path, ["extract", Fixture.sample.path, "--output", "/dev/null"])
        #expect(status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a character device")
        // A link's target gets the output, emptied first; the link stays a link.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-out-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("facts.json"), link = folder.appendingPathComponent("link.json")
        try Data(repeating: 0x41, count: 1 << 20).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let (linked, _) = try run(Self.binary.path, ["extract", Fixture.sample.path, "--output", link.path])
        #expect(linked == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        let written = try Data(contentsOf: target)
        #expect(written.first == UInt8(ascii: "{") && written.last == 0x0A)
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any], "only the facts: the old content was emptied")
        // An output that is one of the inputs, by another name (a link to it), is refused before it is emptied.
        let input = folder.appendingPathComponent("doc.txt"), alias = folder.appendingPathComponent("alias.json")
        try Data(Fixture.sampleBytes).write(to: input)
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: input)
        let (refused, message) = try run(Self.binary.path, ["extract", folder.path, "--output", alias.path])
        #expect(refused == 2)
        #expect(message.contains("\(alias.path): error: cannot write the output: it is the input \(input.path)"))
        #expect(try Data(contentsOf: input) == Data(Fixture.sampleBytes), "the input is untouched")
    }

    @Test func summaryFormat() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary.path))
        let (status, output) = try run(Self.binary.path, ["extract", Fixture.sample.path, "--format", "summary"])
        #expect(status == 0)
        #expect(output.contains("35. 维护国际和平与安全"))
        #expect(output.contains("decision S/RES/2546(2020) 2020-10-02 meeting S/PV.8763 15-0-0 (Chapter VII)"))
    }
}

/// A 200 MB input through the command line: read in parts, no crash, memory at most twice the input's size and
/// 96 MiB. Slow in a debug build (about 40 s), so it runs in CI (`CI=true`) or with `REPERTOIRE_LARGE_TESTS=1`.
@Suite(.serialized) struct LargeInputTests {
    static let enabled = ProcessInfo.processInfo.environment["CI"] != nil
        || ProcessInfo.processInfo.environment["REPERTOIRE_LARGE_TESTS"] != nil

    @Test(.enabled(if: LargeInputTests.enabled), .timeLimit(.minutes(10)))
    func twoHundredMegabytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-200mb-\(UUID()).txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let sample = Data(Fixture.sampleBytes)
        var written = 0
        while written < 200_000_000 { handle.write(sample); written += sample.count }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }

        // Extraction only: the checks have their own tests.
        let (status, peakKiB) = Self.run(EndToEndTests.binary.path, ["extract", url.path, "--no-findings", "--output", "/dev/null"])
        #expect(status == 0)
        let peakMiB = peakKiB / 1024
        let inputMiB = written >> 20
        print("\(inputMiB) MiB input: peak memory \(peakMiB) MiB")
        #expect(peakMiB <= 2 * inputMiB + 96)
    }

    /// Runs `binary` (standard error to /dev/null) and answers its exit status (negative: the signal that ended it)
    /// and its own peak memory in KiB: the high-water mark of its memory (`VmHWM`), read every 10 ms while it runs.
    /// (The resource use `wait4` and `getrusage` report counts, for a child spawned as this one is, the memory its
    /// parent held when it started: inside the whole test run, 944 MiB for a command that took 415.)
    static func run(_ binary: String, _ arguments: [String]) -> (status: Int32, peakKiB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0, peak = 0
        while true {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
                peak = max(peak, kib)
            }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            usleep(10_000)
        }
        let signal = status & 0x7F
        return (signal == 0 ? (status >> 8) & 0xFF : -signal, peak)
    }

    @Test func sizeLimitIsAClearRefusal() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-2mb-\(UUID()).txt")
        try Data(repeating: 0x41, count: 2 << 20).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["extract", url.path, "--max-size", "1"]
        let pipe = Pipe()
        process.standardError = pipe; process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("error: cannot read the file: it is 2 MiB, more than --max-size 1 MiB"))
    }
}
