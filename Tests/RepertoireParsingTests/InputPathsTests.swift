import Foundation
import Testing
@testable import RepertoireParsing

/// The input paths' helpers against Foundation's answers, which they replace for speed.
@Suite struct InputPathsTests {
    @Test(arguments: [
        "corpus/doc-00001.txt",        // the usual
        "doc.txt",                     // no folder
        "/abs/path/doc.txt",           // absolute
        "corpus/sub/",                 // a trailing slash
        "corpus//doc.txt",             // a doubled slash
        "./doc.txt",                   // the current folder
        "文件夹/汇编 2020.txt",         // Chinese and a space
        "/",                           // the root
        "a/b.txt///",                  // several trailing slashes
    ])
    func fileNameIsFoundationsLastPathComponent(path: String) {
        #expect(InputPaths.fileName(path) == URL(fileURLWithPath: path).lastPathComponent)
    }

    /// A folder's `.txt` files, recursively and in name order, as Foundation's enumerator lists them: nested folders,
    /// a hidden file, a folder whose name ends in `.txt`, a link to a file (listed) and a link to a folder (not
    /// followed), names that sort differently by byte and by case.
    @Test func filesAreFoundationsEnumeration() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("repertoire-paths-\(UUID())")
        defer { try? fm.removeItem(at: root) }
        for folder in ["a", "a/b", "B", "x.txt", "outside"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["z.txt", "a/1.txt", "a/b/2.txt", "a/b/note.md", "B/Z.txt", ".hidden.txt", "x.txt/in.txt", "outside/far.txt", "汇编.txt", "a/b/TXT"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: root.appendingPathComponent("z.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/linked").path, withDestinationPath: root.appendingPathComponent("outside").path)

        let expected = (fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let found = try #require(InputPaths.files(in: root.path, endingWith: ".txt"))
        #expect(found == expected)
        #expect(found.contains("a/b/2.txt") && found.contains("link.txt") && !found.contains("a/linked/far.txt"))
        // Joined to the folder as Foundation joins them, with a trailing slash or without.
        for folder in [root.path, root.path + "/"] {
            #expect(found.map { InputPaths.join(folder, $0) } == expected.map { (folder as NSString).appendingPathComponent($0) })
        }
        #expect(InputPaths.files(in: root.appendingPathComponent("z.txt").path, endingWith: ".txt") == nil)
    }
}
