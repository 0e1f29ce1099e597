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

    /// The first `lines` lines of a compressed block of lines (all of it where it has fewer), inflated no further
    /// than they end: a passage or a quote near a block's start does not pay for the rest. Nil where the value is
    /// not what its stored length says, as `decompress`.
    static func decompress(_ data: [UInt8], size: Int, lines: Int) -> [UInt8]? {
        guard size >= 0, size <= 1 << 30, lines > 0 else { return nil }
        if size == 0 { return [] }
        var out = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var produced = 0, seen = 0, code = Z_OK
        data.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                while code == Z_OK {
                    // 2 KB at a time, counting the line ends each step gives.
                    let room = min(2_048, size - produced)
                    guard room > 0 else { break }
                    stream.next_out = target.baseAddress! + produced
                    stream.avail_out = uInt(room)
                    code = inflate(&stream, Z_NO_FLUSH)
                    let made = room - Int(stream.avail_out)
                    for k in produced..<(produced + made) where target[k] == 0x0A { seen += 1 }
                    produced += made
                    if seen >= lines { return }
                    if made == 0 && code == Z_OK { code = Z_BUF_ERROR }
                }
            }
        }
        if seen >= lines { return Array(out[..<produced]) }
        // The whole block: it must be exactly what its length says.
        guard code == Z_STREAM_END, produced == size else { return nil }
        return out
    }
}
