import Foundation
import Testing
@testable import RepertoireOfficial

/// XML that Foundation's parser must never see (it crashed the process, or spent seconds on it), and a folder in
/// which one file is bad: that file is reported with its line, every other file is read.
@Suite struct IsolationTests {
    static func temporary(_ bytes: [UInt8], name: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isolation-\(UUID())-\(name)")
        try! Data(bytes).write(to: url)
        return url.path
    }

    /// (the bytes, the line named, words of the message)
    @Test(arguments: [
        // Invalid UTF-8 in an element's name: Foundation's parser stopped the process (SIGILL).
        (Array("<akomaNtoso><a".utf8) + [0xFF] + Array("/></akomaNtoso>".utf8), 1, "not UTF-8 (byte 14)"),
        // …and in a comment, on the second line.
        (Array("<akomaNtoso>\n<!-- ".utf8) + [0xC3, 0x28] + Array(" --></akomaNtoso>".utf8), 2, "not UTF-8"),
        // An entity declared to be expanded again and again.
        (Array("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"xxxxxxxx\">]>\n<akomaNtoso>&x;&x;</akomaNtoso>".utf8), 2, "document type declaration"),
        // 100,000 attributes on one element took 5 to 15 seconds.
        (Array(("<akomaNtoso " + (0..<100_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>").utf8), 1, "100000 attributes"),
        // Elements nested without end.
        (Array((String(repeating: "<p>", count: 10_000) + String(repeating: "</p>", count: 10_000)).utf8), 1, "nested more than 256"),
        // A processing instruction with no data: Foundation's parser read a null pointer (found by fuzzing).
        (Array("<?x?><akomaNtoso><statement name=\"resolution\"/></akomaNtoso>".utf8), 1, "processing instruction"),
        // …inside a broken start tag, where libxml2 goes on reading after the error (found by fuzzing too).
        (Array("<akomaNtoso>\n<FRBRthis val<?x?><statement/></akomaNtoso>".utf8), 2, "processing instruction"),
        // …and one after the declaration.
        (Array("<?xml version=\"1.0\"?>\n<akomaNtoso><?x ?></akomaNtoso>".utf8), 2, "processing instruction"),
        // The UN's own `2021/German/S_RES_2575 (2021)-G.xml` has an attribute given twice.
        (Array("<akomaNtoso>\n<meta a=\"1\" a=\"2\"/></akomaNtoso>".utf8), 2, "an attribute given twice"),
    ] as [([UInt8], Int, String)])
    func refusedWithItsLine(bytes: [UInt8], line: Int, words: String) {
        let path = Self.temporary(bytes, name: "bad.xml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let started = ContinuousClock.now
        let data = OfficialData.read([path])
        #expect(ContinuousClock.now - started < .seconds(10), "a refusal takes no time; this guards against a hang, not a speed")
        #expect(data.errors.count == 1)
        #expect(data.errors.first?.file == path && data.errors.first?.line == line)
        #expect(data.errors.first?.message.contains(words) == true, "\(data.errors.first?.message ?? "")")
    }

    /// A BOM and well-formed markup with quoted `>` and `=` are given to the parser.
    @Test func wellFormedXMLPasses() {
        let xml = Array("\u{FEFF}<?xml version=\"1.0\"?><akomaNtoso><!-- a <b> --><p title=\"x=1 > 0\">é</p><![CDATA[<not/>]]></akomaNtoso>".utf8)
        #expect(XMLGuard.problem(xml) == nil)
    }

    /// A folder of good files and poison: the good ones are all read, each poison file named.
    @Test func oneBadFileLosesNoOther() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isolation-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try FileManager.default.contentsOfDirectory(atPath: Official.unxml + "/resolutions/2020/en").filter { $0.hasSuffix(".xml") }.sorted()
        for name in good.prefix(10) {
            try FileManager.default.copyItem(atPath: Official.unxml + "/resolutions/2020/en/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        try Data(Array("<akomaNtoso><a".utf8) + [0xFF] + Array("/></akomaNtoso>".utf8)).write(to: folder.appendingPathComponent("A-crash.xml"))
        try Data("<akomaNtoso><meta a=\"1\" a=\"2\"/></akomaNtoso>".utf8).write(to: folder.appendingPathComponent("B-duplicate.xml"))
        try Data("{\"symbol\": \"S/RES/1(1946)\"".utf8).write(to: folder.appendingPathComponent("C-cut.json"))
        let data = OfficialData.read([folder.path])
        #expect(data.filesRead == min(10, good.count))
        #expect(data.errors.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["A-crash.xml", "B-duplicate.xml", "C-cut.json"])
        #expect(throws: OfficialError.self) { try OfficialData.load([folder.path]) }
    }

    @Test func aFolderWithNothingToReadIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isolation-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("notes".utf8).write(to: folder.appendingPathComponent("README.txt"))
        #expect(OfficialData.read([folder.path]).errors == [OfficialError(file: folder.path, "the folder holds no .xml or .json file")])
    }
}
