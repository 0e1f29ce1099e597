import RepertoireModel
import RepertoireParsing

/// What XML bytes must be before Foundation's parser sees them. The parser (libxml2 behind `XMLParser`) takes the
/// process down on invalid UTF-8 in an element's name or a comment, and spends seconds on a hundred thousand
/// attributes or on entities expanded again and again: one file must never cost the others. The checks are one
/// pass over the bytes.
///
/// Limits, each refused with the file's line:
/// - the bytes are UTF-8 (a BOM allowed), as the UN's Akoma Ntoso files are;
/// - no document type declaration (`<!DOCTYPE`): Akoma Ntoso has none, and entities are declared there;
/// - no processing instruction but the XML declaration at the start;
/// - at most `maxDepth` elements open at once and `maxAttributes` attributes on one element;
/// - at most `maxBytes` bytes (the largest UN file is under 1 MB).
public enum XMLGuard {
    public static let maxDepth = 256
    public static let maxAttributes = 256
    public static let maxBytes = 64 << 20

    /// Why `bytes` are not given to the parser, with the line; nil when they may be.
    public static func problem(_ bytes: [UInt8]) -> (line: Int, message: String)? {
        guard bytes.count <= maxBytes else { return (1, "larger than \(maxBytes >> 20) MiB: not an Akoma Ntoso text") }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let bad = TextDecoder.firstInvalidUTF8(bom == 0 ? bytes : Array(bytes.dropFirst(bom))).map({ $0 + bom }) {
            return (line(of: bad, in: bytes), "not UTF-8 (byte \(bad)): the UN's Akoma Ntoso files are UTF-8")
        }
        return structureProblem(bytes)
    }

    /// DTDs, depth and attributes, read from the markup alone (text and quoted values passed over).
    static func structureProblem(_ b: [UInt8]) -> (line: Int, message: String)? {
        let n = b.count
        // No `<?` anywhere but the XML declaration at the start, whatever surrounds it (in a malformed tag too):
        // Foundation's parser reads a null pointer for a processing instruction with no data (`<?x?>`, found by
        // fuzzing, once at the start of a file and once inside a broken start tag).
        var from = 0
        while let at = ByteSearch.find(Array("<?".utf8), in: b, from: from) {
            let declaration = b[at...].starts(with: Array("<?xml".utf8)) && at + 5 < n
                && (b[at + 5] == 0x20 || b[at + 5] == 0x09 || b[at + 5] == 0x0D || b[at + 5] == 0x0A)
                && b[..<at].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            guard declaration else {
                return (line(of: at, in: b), "a processing instruction (<?…?>) other than the XML declaration: Akoma Ntoso has none")
            }
            from = at + 2
        }
        var i = 0, depth = 0
        /// The index just past `terminator` from `from`, or the end.
        func skip(past terminator: [UInt8], from: Int) -> Int {
            var k = from
            while k + terminator.count <= n {
                if b[k] == terminator[0], b[k..<k + terminator.count].elementsEqual(terminator) { return k + terminator.count }
                k += 1
            }
            return n
        }
        while i < n {
            guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
            let start = i
            let next = i + 1 < n ? b[i + 1] : 0
            if next == UInt8(ascii: "?") {
                // Only the XML declaration, first in the file (other `<?` are refused below).
                i = skip(past: Array("?>".utf8), from: i + 2)
                continue
            }
            if next == UInt8(ascii: "!") {
                if b[i...].starts(with: Array("<!--".utf8)) { i = skip(past: Array("-->".utf8), from: i + 4); continue }
                if b[i...].starts(with: Array("<![CDATA[".utf8)) { i = skip(past: Array("]]>".utf8), from: i + 9); continue }
                return (line(of: start, in: b), "a document type declaration (<!DOCTYPE …>) is not read: Akoma Ntoso has none, and its entities could expand without bound")
            }
            if next == UInt8(ascii: "/") {
                depth -= 1
                i = skip(past: [UInt8(ascii: ">")], from: i + 2)
                continue
            }
            // A start tag: its attributes counted by their `=` outside quoted values.
            var k = i + 1, attributes = 0, quote: UInt8 = 0, closed = false, empty = false
            while k < n {
                let c = b[k]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
                else if c == UInt8(ascii: "=") { attributes += 1 }
                else if c == UInt8(ascii: ">") { closed = true; empty = k > i + 1 && b[k - 1] == UInt8(ascii: "/"); break }
                k += 1
            }
            if attributes > maxAttributes {
                return (line(of: start, in: b), "an element with \(attributes) attributes, more than \(maxAttributes)")
            }
            if closed && !empty {
                depth += 1
                if depth > maxDepth { return (line(of: start, in: b), "elements nested more than \(maxDepth) deep") }
            }
            i = k + 1
        }
        return nil
    }

    /// The first end tag that does not close the element open before it, with its line and both tags' names:
    /// `</alinea> on line 97 closes <paragraph>, opened on line 93`. Nil when every end tag matches (comments,
    /// CDATA, declarations and quoted values passed over).
    public static func firstMismatch(_ b: [UInt8]) -> (line: Int, message: String)? {
        let n = b.count
        var open: [(name: ArraySlice<UInt8>, at: Int)] = []
        var i = 0
        func nameEnd(_ from: Int) -> Int {
            var k = from
            while k < n, b[k] != 0x20, b[k] != 0x09, b[k] != 0x0A, b[k] != 0x0D, b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/") { k += 1 }
            return k
        }
        while i < n {
            guard b[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let next = b[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                let terminator: [UInt8] = b[i...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8)
                    : b[i...].starts(with: Array("<![CDATA[".utf8)) ? Array("]]>".utf8) : [UInt8(ascii: ">")]
                i = (ByteSearch.find(terminator, in: b, from: i + 2) ?? n) + terminator.count
                continue
            }
            if next == UInt8(ascii: "/") {
                let end = nameEnd(i + 2)
                let name = b[(i + 2)..<end]
                guard let last = open.popLast() else {
                    return (line(of: i, in: b), "</\(String(decoding: name, as: UTF8.self))> closes no element")
                }
                if !last.name.elementsEqual(name) {
                    return (line(of: i, in: b), "</\(String(decoding: name, as: UTF8.self))> closes <\(String(decoding: last.name, as: UTF8.self))>, "
                            + "opened on line \(line(of: last.at, in: b)): an element left open or closed twice")
                }
                i = end
                continue
            }
            let end = nameEnd(i + 1)
            var k = end, quote: UInt8 = 0
            while k < n {
                let c = b[k]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
                else if c == UInt8(ascii: ">") { break }
                k += 1
            }
            if k < n, b[k - 1] != UInt8(ascii: "/") { open.append((b[(i + 1)..<end], i)) }
            i = k + 1
        }
        return nil
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int { TextDecoder.lineNumber(of: offset, in: bytes) }
}
