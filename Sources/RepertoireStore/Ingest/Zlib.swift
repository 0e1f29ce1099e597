import CZlib

/// A document's source text as the database keeps it: zlib's format (RFC 1950), which Python's `zlib.decompress`,
/// R's `memDecompress` and any zlib read as they are.
enum Zlib {
    /// The bytes compressed at `level` (1, the fastest: 39 % of a Chinese text, where the default 6 gives 33 % in three
    /// times the time); nil only where zlib cannot allocate its memory.
    static func compress(_ bytes: [UInt8], level: Int32 = 1) -> [UInt8]? {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        // An empty array may have no storage: zlib is given one byte's room to read none of.
        let source = bytes.isEmpty ? [0] : bytes
        let code = source.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &size, input.baseAddress, uLong(bytes.count), level)
            }
        }
        guard code == Z_OK else { return nil }
        out.removeSubrange(Int(size)...)
        return out
    }

    /// The bytes of a compressed text whose length was stored beside it; nil when they are not what it says (a
    /// damaged or foreign value), never a crash. At most 1 GiB.
    static func decompress(_ data: [UInt8], size: Int) -> [UInt8]? {
        guard size >= 0, size <= 1 << 30 else { return nil }
        if size == 0 { return [] }
        var length = uLong(size)
        var out = [UInt8](repeating: 0, count: size)
        let code = data.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
            }
        }
        guard code == Z_OK, Int(length) == size else { return nil }
        return out
    }
}
