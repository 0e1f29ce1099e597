/// A calendar date as the Repertoire writes it, printed in ISO form (`2020-01-09`).
public struct RepertoireDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        let days = [31, RepertoireDate.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[month - 1]).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public var description: String { iso }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
}

/// A date as written, which may lack its year (`1 月 9 日`): the year then comes from the document.
public struct WrittenDate: Hashable, Sendable {
    public let year: Int?, month: Int, day: Int

    public init(year: Int?, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    public var hasYear: Bool { year != nil }

    public func resolved(defaultYear: Int?) -> RepertoireDate? {
        guard let y = year ?? defaultYear else { return nil }
        return RepertoireDate(year: y, month: month, day: day)
    }
}
