#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The default `--max-size`: the largest file whose reading takes at most a quarter of the machine's memory.
enum MemoryBudget {
    /// The machine's memory in MiB, or 4,096 where the system does not say.
    static let physicalMiB: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, size > 0 else { return 4096 }
        return Int(pages) / 1024 * Int(size) / 1024
    }()

    /// How many bytes of memory reading takes per byte of input: `extract`, `check`, `compare` and `ingest` read a
    /// long Repertoire text in parts (the text and one part: about twice its size); `ingest` reads an official data
    /// file whole (about eight times), and keeps the whole file's budget.
    static let inParts = 2, whole = 8

    /// At least 64 MiB.
    static func maxSize(bytesPerByte: Int) -> Int { max(64, physicalMiB / (4 * bytesPerByte)) }

    static func help(_ what: String, bytesPerByte: Int) -> String {
        "Refuse \(what) larger than this many MiB (by default, what a quarter of the machine's memory reads)."
    }
}
