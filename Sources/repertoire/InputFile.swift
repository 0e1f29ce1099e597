import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif
import RepertoireParsing

enum InputFile {
    /// The files named: a folder stands for its `.txt` files (recursively, in name order), so that a corpus
    /// of any size is one argument (a shell glob of thousands of files is slow to parse and can exceed the
    /// system's argument limit). Anything else is kept as given, to be read or refused by name.
    static func expand(_ paths: [String]) -> (files: [String], emptyFolders: [String]) {
        var result: [String] = [], empty: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path); continue
            }
            let found = InputPaths.files(in: path, endingWith: ".txt") ?? []
            if found.isEmpty { empty.append(path) }
            result += found.map { InputPaths.join(path, $0) }
        }
        return (result, empty)
    }

    /// Reads a whole file with one `open`, `fstat` and `read`s, refusing one larger than `maxMiB` before reading it.
    static func read(_ path: String, maxMiB: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputError.unreadable(reason: errno == ENOENT ? "no such file" : "permission denied or I/O error")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError.unreadable(reason: "permission denied or I/O error") }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw InputError.unreadable(reason: "it is a directory") }
        let size = Int(info.st_size)
        guard size <= maxMiB << 20 else {
            throw InputError.unreadable(reason: "it is \(size >> 20) MiB, more than --max-size \(maxMiB) MiB; split it at item headings")
        }
        // The size from fstat is a hint (a pipe or a growing file gives another): read until the end.
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxMiB << 20 else {
                    throw InputError.unreadable(reason: "it is more than --max-size \(maxMiB) MiB; split it at item headings")
                }
                bytes += [UInt8](repeating: 0, count: max(count, 1 << 16))
            }
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadable(reason: "permission denied or I/O error")
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
