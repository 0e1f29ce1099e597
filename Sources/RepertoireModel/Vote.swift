/// A recorded vote: for, against, abstaining (`15-0-0`).
public struct Vote: Hashable, Sendable, Codable {
    public let `for`: Int, against: Int, abstaining: Int

    public init(for yes: Int, against: Int, abstaining: Int) {
        self.for = yes; self.against = against; self.abstaining = abstaining
    }

    /// Parses `15-0-0` (also with en dashes or spaces around the dashes).
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { "-–‒—".contains($0) })
            .map { $0.trimmingCharacters(in: " ") }
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]),
              a <= 15, b <= 15, c <= 15 else { return nil }
        self.init(for: a, against: b, abstaining: c)
    }

    public var total: Int { self.for + against + abstaining }
    public var isUnanimousInFavour: Bool { against == 0 && abstaining == 0 }
    public var text: String { "\(self.for)-\(against)-\(abstaining)" }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
