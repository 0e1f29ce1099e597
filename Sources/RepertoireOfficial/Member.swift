import RepertoireModel

/// A state as the UN's data names it, with the code it resolves to (nil: reported as unresolved).
public struct Member: Sendable, Hashable, JSONWritable {
    public let name: String
    /// ISO 3166-1 alpha-3, or ISO 3166-3 for a state that no longer exists.
    public let code: String?
    /// How the name was read when it is not a current name (a former name, a misspelling).
    public let note: String?
    /// What kind of name it is (nil: unresolved).
    public let kind: StateNames.Kind?
    /// A former name written after it ceased to be used.
    public let outOfUse: Bool

    /// `name` as written in `year` (former names and misspellings resolve; see `StateNames`).
    public init(name: String, year: Int? = nil, names: StateNames = .shared) {
        self.init(name: name, resolution: names.resolve(name.trimmingCharacters(in: " "), year: year))
    }

    init(name: String, resolution: StateNames.Resolution?) {
        self.name = name.trimmingCharacters(in: " ")
        code = resolution?.code; note = resolution?.note; kind = resolution?.kind; outOfUse = resolution?.outOfUse ?? false
    }

    public func write(to w: inout JSONWriter) {
        w.object { o in
            o.field("name", name); o.field("iso3", code)
            if let note { o.field("note", note) }
        }
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
