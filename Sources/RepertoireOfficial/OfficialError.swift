/// Why official data could not be read, with the file and line where it applies.
public struct OfficialError: Error, Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file; self.line = line; self.message = message
    }

    /// `file:line: error: message`, as compilers write it.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
}

/// What was read from official data but deserves a reader's attention (drift, a misspelt name, a non-state in a
/// list of states), with its file and line. Never a refusal: the value read is given too.
public struct OfficialWarning: Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file; self.line = line; self.message = message
    }

    /// `file:line: warning: message`.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): warning: \(message)" }
}
