import RepertoireModel

/// A state as the UN's data names it, with the code it resolves to (nil: reported as unresolved).
public struct Member: Sendable, Hashable, JSONWritable {
    public let name: String
    public let code: String?

    public init(name: String, gazetteer: Gazetteer = .shared) {
        self.name = name.trimmingCharacters(in: " ")
        code = gazetteer.resolve(self.name)?.code
    }

    public func write(to w: inout JSONWriter) {
        w.object { o in o.field("name", name); o.field("iso3", code) }
    }
}

/// How a member voted.
public enum VoteOption: String, Sendable, CaseIterable {
    case inFavour = "for", against, abstaining
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f.isWhitespace { s.removeFirst() }
        while let l = s.last, set.contains(l) || l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
