/// Why an input could not be read as text. Each names the line where one applies.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case whitespaceOnly
    case binary(offset: Int, line: Int)
    case undecodable(encoding: String, line: Int)
    case noRepertoireStructure
    /// The text is in no language the reader has a profile for (a French or Spanish edition, or no Repertoire).
    case unknownLanguage(known: [String])
    case unreadable(reason: String)
    /// A long text is read from item heading to item heading (`PartReader`): none came in this many MiB from the line.
    case noHeadingWithin(mebibytes: Int, line: Int)

    public var line: Int? {
        switch self {
        case .binary(_, let line), .undecodable(_, let line), .noHeadingWithin(_, let line): return line
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
        case .noHeadingWithin(let mebibytes, _):
            return "no agenda item heading in the \(mebibytes) MiB from here: a long text is read from heading to heading; split it at item headings"
        case .unknownLanguage(let known):
            return "the text is in none of the languages read (\(known.joined(separator: ", "))): no Repertoire phrase of theirs found; --lang forces one"
        }
    }
}
