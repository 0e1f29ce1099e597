/// A United Nations document symbol in the compact form used by undocs.org links:
/// `S/RES/2532(2020)`, `S/PRST/2020/1`, `S/PV.8699(Resumption1)`, `S/2020/346`, `A/75/2`.
public struct DocumentSymbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case resolution, presidentialStatement = "presidential_statement"
        case meetingRecord = "meeting_record", document, other
    }

    /// The compact form: no spaces, `(Resumption1)` and `(2020)` attached.
    public let compact: String

    /// The longest run of symbol bytes read as a symbol: the longest UN symbols (`S/2020/1193/Add.1/Corr.1`) are a
    /// third of it. A longer run is not one.
    public static let maximumLength = 80

    public init?(_ surface: String) {
        var surface = surface
        guard let parsed = surface.withUTF8(DocumentSymbol.normalize) else { return nil }
        compact = parsed
    }

    /// A symbol from its UTF-8 bytes as written (the same forms as `init?(_:)`), without an intermediate string.
    public init?(utf8 surface: ArraySlice<UInt8>) {
        guard let parsed = surface.withUnsafeBufferPointer(DocumentSymbol.normalize) else { return nil }
        compact = parsed
    }

    public init?(utf8 surface: [UInt8]) { self.init(utf8: surface[...]) }

    /// A resolution symbol from its number and year: `S/RES/2532(2020)`.
    public init(resolution number: Int, year: Int) {
        // Written into a stack buffer (string interpolation cost ten times as much; this runs for every resolution
        // the scanners meet).
        compact = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            let p = buffer.baseAddress!
            var n = 0
            for b in "S/RES/".utf8 { p[n] = b; n += 1 }
            n += DecimalText.write(number, to: p + n)
            p[n] = UInt8(ascii: "("); n += 1
            n += DecimalText.write(year, to: p + n)
            p[n] = UInt8(ascii: ")"); n += 1
            return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        }
    }

    public var description: String { compact }

    public static func < (a: DocumentSymbol, b: DocumentSymbol) -> Bool { a.compact < b.compact }

    public var kind: Kind {
        if compact.hasPrefix("S/RES/") { return .resolution }
        if compact.hasPrefix("S/PRST/") { return .presidentialStatement }
        if compact.hasPrefix("S/PV.") { return .meetingRecord }
        if compact.hasPrefix("S/") { return .document }
        return .other
    }

    /// The year a symbol states: `S/RES/2532(2020)` → 2020, `S/PRST/2020/1` and `S/2023/212` → 2020, 2023.
    public var year: Int? {
        if compact.hasSuffix(")"), let open = compact.lastIndex(of: "(") {
            let digits = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
            if digits.count == 4, let y = Int(digits) { return y }
        }
        for part in compact.split(separator: "/") where part.count == 4 {
            if let y = Int(part), (1946...2200).contains(y) { return y }
        }
        return nil
    }

    /// `S/PV.8699(Resumption1)` → `S/PV.8699`; other symbols are their own base.
    public var baseRecord: DocumentSymbol {
        guard let paren = compact.firstIndex(of: "("), kind == .meetingRecord else { return self }
        return DocumentSymbol(trusted: String(compact[..<paren]))
    }

    /// The undocs.org address of the symbol in a document language (`zh` → `ch`).
    public func link(language: String) -> String {
        "https://undocs.org/\(DocumentSymbol.linkLanguage(language))/\(compact)"
    }

    public static func linkLanguage(_ language: String) -> String {
        switch language.lowercased() {
        case "zh", "ch", "chinese": return "ch"
        case "fr", "es", "ru", "ar": return language.lowercased()
        default: return "en"
        }
    }

    init(trusted compact: String) { self.compact = compact }

    /// Removes white space, attaches `(Resumption N)` and `(YEAR)`, trims a sentence's final period.
    /// Works on UTF-8 bytes: symbols are ASCII.
    static func normalize(_ surface: UnsafeBufferPointer<UInt8>) -> String? {
        // A surface form is the symbol with its spaces and an attached `(Resumption 1)`.
        guard surface.count <= 2 * maximumLength else { return nil }
        // On the stack: a symbol is a few dozen bytes, and this runs for every one the scanners meet.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(surface.count, 1)) { buffer -> String? in
            var count = 0
            for b in surface where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                guard b < 0x80 else { return nil }
                buffer[count] = b; count += 1
            }
            while count > 0, buffer[count - 1] == UInt8(ascii: ".") { count -= 1 }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")), slash > 0, slash <= 5 else { return nil }
            guard bytes[..<slash].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
            let rest = bytes[(slash + 1)...]
            guard !rest.isEmpty, rest.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let allowed = rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2E || $0 == 0x2F || $0 == 0x28 || $0 == 0x29 || $0 == 0x2D }
            return allowed ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }
}
