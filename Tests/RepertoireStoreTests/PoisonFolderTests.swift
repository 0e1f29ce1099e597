import Foundation
import Testing

/// A folder of good files and every kind of poison file found by fuzzing: each good file is extracted, checked and
/// ingested, each poison file is named with its line, and the exit status is 1. Before, one file with a 19-digit
/// number stopped `extract` and `check` part way and `ingest` for good; one XML file with a bad byte in an element's
/// name took `ingest` down before any text was stored.
@Suite("Store: a folder with poison", .serialized)
struct PoisonFolderTests {
    static let good = 4

    /// The sample four times (one with a phone number of 23 digits in its text, one with hostile 64 KB lines), the
    /// 2020 official data, and the poison.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("poison-\(UUID())")
        try! FileManager.default.createDirectory(at: folder.appendingPathComponent("unxml"), withIntermediateDirectories: true)
        let sample = try! String(contentsOf: Fixture.sample, encoding: .utf8)
        func write(_ name: String, _ bytes: [UInt8]) { try! Data(bytes).write(to: folder.appendingPathComponent(name)) }
        write("a-good.txt", Array(sample.utf8))
        write("b-phone-number.txt", Array(sample.replacingOccurrences(of: "通过决定。905", with: "通过决定。9050000000000000000000000").utf8))
        write("c-hostile-lines.txt", Array(sample.replacingOccurrences(of: "通过决定。905", with: "通过决定。905" + String(repeating: "S/PV.", count: 13_000)
            + String(repeating: "1(2020)", count: 9_000)).utf8))
        var flipped = Array(sample.utf8); flipped[520] ^= 0x40
        write("d-one-bad-byte.txt", flipped)
        write("p-empty.txt", [])
        write("p-image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        write("unxml/p-crash.xml", Array("<akomaNtoso><a".utf8) + [0xFF] + Array("/></akomaNtoso>".utf8))
        write("unxml/p-duplicate-attribute.xml", Array("<akomaNtoso>\n<meta a=\"1\" a=\"2\"/></akomaNtoso>".utf8))
        write("unxml/p-entities.xml", Array("<!DOCTYPE a [<!ENTITY x \"x\">]><akomaNtoso>&x;</akomaNtoso>".utf8))
        try! FileManager.default.copyItem(at: Fixture.samples.appendingPathComponent("unxml/data_extract/2020.json"),
                                          to: folder.appendingPathComponent("unxml/2020.json"))
        return folder
    }()

    @Test func extractReadsEveryGoodFile() throws {
        let out = try Fixture.run(["extract", Self.folder.path, "--no-findings"])
        #expect(out.status == 1)
        #expect(out.out.split(separator: "\n").count == Self.good)
        #expect(out.err.contains("p-empty.txt: error: the file is empty"))
        #expect(out.err.contains("p-image.txt:2: error: binary data"))
        #expect(out.err.contains("d-one-bad-byte.txt:24: warning: undecodable or control bytes replaced by U+FFFD in 2 places, on line 24"), "\(out.err)")
    }

    @Test func checkChecksEveryGoodFile() throws {
        let out = try Fixture.run(["check", Self.folder.path])
        #expect(out.status == 1)
        for name in ["a-good", "b-phone-number", "c-hostile-lines", "d-one-bad-byte"] {
            #expect(out.out.contains("\(name).txt:1270: error: Table 1 row S/PV.8748"), "\(name)")
        }
        #expect(out.err.contains("p-empty.txt: error") && out.err.contains("p-image.txt:2: error"))
    }

    @Test func officialReadsEveryGoodFile() throws {
        let out = try Fixture.run(["official", Self.folder.appendingPathComponent("unxml").path])
        #expect(out.status == 1)
        #expect(out.out.hasPrefix("1 files: 57 decisions"), "\(out.out.prefix(200))")
        #expect(out.err.contains("p-crash.xml:1: error: not UTF-8"))
        #expect(out.err.contains("p-duplicate-attribute.xml:2: error: malformed XML: an attribute given twice"))
        #expect(out.err.contains("p-entities.xml:1: error: a document type declaration"))
    }

    @Test func ingestStoresEveryGoodFile() throws {
        let db = Fixture.temporary("poison.sqlite")
        let out = try Fixture.run(["ingest", Self.folder.path, "--db", db, "--quiet"])
        #expect(out.status == 1)
        #expect(out.err.contains("\(Self.good + 1) stored") && out.err.contains("5 refused"), "\(out.err)")
        // Again: the good files are unchanged, the poison refused again, nothing lost.
        let again = try Fixture.run(["ingest", Self.folder.path, "--db", db, "--quiet"])
        #expect(again.status == 1 && again.err.contains("0 stored, \(Self.good + 1) unchanged"), "\(again.err)")
    }

    /// A folder with nothing to read is an error in every command (ingest and official exited 0), and a port outside
    /// 1–65535 a usage error (99999 listened on 34463).
    @Test func nothingToReadAndBadPorts() throws {
        let empty = Fixture.temporary("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: empty + "/README.md"))
        let ingest = try Fixture.run(["ingest", empty, "--db", Fixture.temporary("empty.sqlite"), "--quiet"])
        #expect(ingest.status == 1 && ingest.err.contains("\(empty): error: the folder holds no .txt, .xml or .json file"), "\(ingest.err)")
        let official = try Fixture.run(["official", empty])
        #expect(official.status == 1 && official.err.contains("\(empty): error: the folder holds no .xml or .json file"))
        for command in [["extract", empty], ["check", empty]] {
            #expect(try Fixture.run(command).status == 1, "\(command)")
        }
        for port in ["99999", "0", "-1"] {
            let serve = try Fixture.run(["serve", "--db", Fixture.ingested.path, "--port=\(port)"])
            #expect(serve.status == 64 && serve.err.contains("--port"), "\(port): \(serve.err)")
        }
    }
}
