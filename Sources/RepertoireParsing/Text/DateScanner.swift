import RepertoireModel

/// Finds dates written with the profile's markers (`2020 年 1 月 9 日`, `2019年 12月 31日`, `1 月 9 日`) or, in a
/// profile with month names, day first (`9 January 2020`, `31 December`, and the first day of `9, 10 and 13 January`
/// or `from 20 to 22 May`).
public struct DateScanner: Sendable {
    public struct Hit: Sendable { public let range: Range<Int>; public let date: WrittenDate }

    let year: [UInt8], month: [UInt8], day: [UInt8]
    /// The month names, January first; empty where dates carry markers.
    let months: [[UInt8]]
    /// Words between the days of one month (`9, 10 and 13 January`, `20 to 22 May`).
    static let dayJoiners: [[UInt8]] = [",", "and", "to", "-", "–"].map { Array($0.utf8) }

    public init(profile: LanguageProfile) {
        year = profile.yearMarker.bytes; month = profile.monthMarker.bytes; day = profile.dayMarker.bytes
        months = profile.monthNames.map(\.bytes)
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
        if !months.isEmpty { return dayFirst(s, at: start, end: end) }
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

    /// `9 January 2020`, `31 December`; days of one month joined before it (`9, 10 and 13 January`) give the first.
    func dayFirst(_ s: [UInt8], at start: Int, end: Int) -> Hit? {
        var c = Cursor(s, at: start, end: end)
        guard let d = c.readInt(maxDigits: 2), d >= 1, d <= 31 else { return nil }
        // Further days of the same month, at most a few.
        for _ in 0..<6 {
            var probe = c
            probe.skipWhitespace()
            guard probe.skip(anyOf: Self.dayJoiners) else { break }
            probe.skipWhitespace()
            _ = probe.skip(anyOf: Self.dayJoiners)
            probe.skipWhitespace()
            guard let next = probe.readInt(maxDigits: 2), next >= 1, next <= 31 else { break }
            c = probe
        }
        c.skipWhitespace()
        guard let m = months.firstIndex(where: { c.skip($0) }) else { return nil }
        // A month name is a whole word (`May` is not `Mayor`).
        if let b = c.current, Bytes.isASCIILetter(b) { return nil }
        var after = c
        after.skipWhitespace()
        if let y = after.readInt(maxDigits: 4), y >= 1900, y <= 2200, after.current.map({ !Bytes.isDigit($0) }) ?? true,
           RepertoireDate(year: y, month: m + 1, day: d) != nil {
            return Hit(range: start..<after.position, date: WrittenDate(year: y, month: m + 1, day: d))
        }
        return Hit(range: start..<c.position, date: WrittenDate(year: nil, month: m + 1, day: d))
    }
}
