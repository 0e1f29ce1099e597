#if canImport(Glibc)
import Glibc
#endif

/// Batch commands read thousands of documents, each allocating and freeing its lines, passages and facts.
/// By default glibc gives freed memory at the top of the heap back to the system and takes it again for the next
/// document, a page fault per page (about 8,000 over the 50 MB benchmark corpus; 2,000 with these settings).
/// Keeping up to 64 MiB free and growing the heap 16 MiB at a time keeps that memory in the process.
enum HeapTuning {
    static func forBatchWork() {
        #if canImport(Glibc)
        // `mallopt` is in malloc.h, which the Glibc module does not export: found by name, called as C.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3   // M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD
        _ = mallopt(trimThreshold, 64 << 20)
        _ = mallopt(topPad, 16 << 20)
        // Setting these ends glibc's own tuning of the size above which a block is mapped (and unmapped) on its own:
        // a document's buffers (up to a few MiB) come from the heap too; only blocks over 32 MiB are mapped.
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}
