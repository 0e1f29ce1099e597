/// Charter Article 27: whether a vote adopted a draft.
public enum DecisionRules {
    public enum Outcome: String, Sendable { case adopted, failed, vetoed }

    /// The Council's size in a year: 11 before the enlargement of 1966, 15 from then on.
    public static func councilSize(year: Int) -> Int { year < 1966 ? 11 : 15 }
    /// Affirmative votes needed: 7 of 11, 9 of 15.
    public static func required(year: Int) -> Int { year < 1966 ? 7 : 9 }

    public struct Ballot: Sendable {
        public var inFavour: Int, against: Int, abstaining: Int
        /// Permanent members among those voting against.
        public var permanentAgainst: Int
        public init(inFavour: Int, against: Int, abstaining: Int, permanentAgainst: Int) {
            self.inFavour = inFavour; self.against = against; self.abstaining = abstaining; self.permanentAgainst = permanentAgainst
        }
    }

    /// Adopted with the required affirmative votes and, on a non-procedural matter, no permanent member
    /// against (abstaining or absent is no veto); failed otherwise, vetoed where a permanent member's
    /// negative vote was the cause.
    public static func outcome(_ ballot: Ballot, year: Int, procedural: Bool = false) -> Outcome {
        guard ballot.inFavour >= required(year: year) else { return .failed }
        if !procedural && ballot.permanentAgainst > 0 { return .vetoed }
        return .adopted
    }

    /// Why a tally does not add up: more votes than members, or a count that differs from the names listed.
    public static func tallyProblem(_ ballot: Ballot, year: Int, notParticipating: Int = 0, namesListed: Int? = nil) -> String? {
        switch tallyIssue(ballot, year: year, notParticipating: notParticipating, namesListed: namesListed) {
        case .tooMany(let cast, let size, let notParticipating)?:
            "\(cast) votes cast, more than the Council's \(size) members less \(notParticipating) not participating"
        case .namesDiffer(let cast, let listed)?: "\(cast) votes counted but \(listed) members named"
        case nil: nil
        }
    }

    public enum TallyProblem: Sendable, Equatable {
        case tooMany(cast: Int, size: Int, notParticipating: Int)
        case namesDiffer(cast: Int, listed: Int)
    }

    /// `tallyProblem` as values, for a message in any language.
    public static func tallyIssue(_ ballot: Ballot, year: Int, notParticipating: Int = 0, namesListed: Int? = nil) -> TallyProblem? {
        let cast = ballot.inFavour + ballot.against + ballot.abstaining
        let size = councilSize(year: year)
        if cast > size - notParticipating { return .tooMany(cast: cast, size: size, notParticipating: notParticipating) }
        if let listed = namesListed, listed != cast { return .namesDiffer(cast: cast, listed: listed) }
        return nil
    }
}
