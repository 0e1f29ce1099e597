#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The input paths a batch command reads: a file's name, and a folder's text files. Done on the path's bytes and with
/// `readdir`: Foundation's `URL(fileURLWithPath:).lastPathComponent` took 2 % of `extract`'s time over the benchmark
/// corpus, and its directory enumerator about 1 % more, before any file was read.
public enum InputPaths {
    /// The last component of a path: `corpus/doc-00001.txt` → `doc-00001.txt` (trailing slashes left out; `/` stays).
    public static func fileName(_ path: String) -> String {
        var end = path.utf8.endIndex
        while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") {
            end = path.utf8.index(before: end)
        }
        guard end > path.utf8.startIndex else { return path.isEmpty ? path : "/" }
        var start = end
        while start > path.utf8.startIndex, path.utf8[path.utf8.index(before: start)] != UInt8(ascii: "/") {
            start = path.utf8.index(before: start)
        }
        return String(path[start..<end])
    }

    /// The paths below `folder` whose names end in `suffix`, recursively, relative to it (`sub/doc.txt`), in name
    /// order; symbolic links to folders are not followed (a link to a file is listed). Nil when `folder` cannot be
    /// opened as a folder.
    public static func files(in folder: String, endingWith suffix: String) -> [String]? {
        guard let top = opendir(folder) else { return nil }
        var found: [String] = []
        var pending: [(dir: OpaquePointer, prefix: String)] = [(top, "")]
        while let (dir, prefix) = pending.popLast() {
            var subfolders: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let relative = prefix + name
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    // Some file systems do not say: asked without following a link.
                    var info = stat()
                    isFolder = lstat(join(folder, relative), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
                }
                if isFolder { subfolders.append(relative) }
                if name.hasSuffix(suffix) { found.append(relative) }
            }
            closedir(dir)
            for sub in subfolders {
                if let opened = opendir(join(folder, sub)) { pending.append((opened, sub + "/")) }
            }
        }
        return found.sorted()
    }

    /// `folder/relative`, with one slash between.
    public static func join(_ folder: String, _ relative: String) -> String {
        folder.isEmpty ? relative : folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
