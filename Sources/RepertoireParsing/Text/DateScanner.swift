import RepertoireModel

/// Finds dates written with the profile's markers: `2020 年 1 月 9 日`, `2019年 12月 31日`, `1 月 9 日`.
public struct DateScanner: Sendable {
    public struct Hit: Sendable { public let range: Range<Int>; public let date: WrittenDate }

    let year: [UInt8], month: [UInt8], day: [UInt8]

    public init(profile: LanguageProfile) {
        year = profile.yearMarker.bytes; month = profile.monthMarker.bytes; day = profile.dayMarker.bytes
    }

    public func scan(_ s: [UInt8], from: Int = 0, to: Int? = nil) -> [Hit] {
        let end = to ?? s.count
        var hits: [Hit] = []
        var i = from
        while i < end {
            i = Bytes.nextDigit(s, from: i, to: end)
            guard i < end else { break }
            guard i == 0 || !Bytes.isDigit(s[i - 1]) else { i += 1; continue }
            if let hit = date(s, at: i, end: end) { hits.append(hit); i = hit.range.upperBound } else { i += 1 }
        }
        return hits
    }

    /// The first date at or after `from`.
    public func first(_ s: [UInt8], from: Int = 0, to: Int? = nil) -> Hit? {
        scan(s, from: from, to: to).first
    }

    func date(_ s: [UInt8], at start: Int, end: Int) -> Hit? {
        var c = Cursor(s, at: start, end: end)
        guard let first = c.readInt(maxDigits: 4) else { return nil }
        c.skipWhitespace()
        if c.skip(year) {
            c.skipWhitespace()
            guard let m = c.readInt(maxDigits: 2) else { return nil }
            c.skipWhitespace()
            guard c.skip(month) else { return nil }
            c.skipWhitespace()
            guard let d = c.readInt(maxDigits: 2) else { return nil }
            c.skipWhitespace()
            guard c.skip(day), RepertoireDate(year: first, month: m, day: d) != nil else { return nil }
            return Hit(range: start..<c.position, date: WrittenDate(year: first, month: m, day: d))
        }
        guard c.skip(month), first >= 1, first <= 12 else { return nil }
        c.skipWhitespace()
        guard let d = c.readInt(maxDigits: 2) else { return nil }
        c.skipWhitespace()
        guard c.skip(day), d >= 1, d <= 31 else { return nil }
        return Hit(range: start..<c.position, date: WrittenDate(year: nil, month: first, day: d))
    }
}
