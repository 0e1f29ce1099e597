/// Why an input could not be read as text. Each names the line where one applies.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case whitespaceOnly
    case binary(offset: Int, line: Int)
    case undecodable(encoding: String, line: Int)
    case noRepertoireStructure
    case unreadable(reason: String)

    public var line: Int? {
        switch self {
        case .binary(_, let line), .undecodable(_, let line): return line
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .whitespaceOnly: return "the file holds only white space"
        case .binary(let offset, _): return "binary data, not text (byte \(offset)): give a text file extracted from the PDF"
        case .undecodable(let encoding, _): return "the text is not valid \(encoding) and not GB18030"
        case .noRepertoireStructure: return "no Repertoire structure recognized (no agenda item heading, table or footnote block)"
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        }
    }
}
