/// A JSON value with a fast, deterministic writer (keys keep the order they are given in).
public indirect enum JSON: Sendable, Equatable {
    case null, bool(Bool), int(Int), string(String), array([JSON]), object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): JSON.writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                JSON.writeString(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Something that has a place in the facts JSON.
public protocol JSONRepresentable { var json: JSON { get } }

extension Optional where Wrapped: JSONRepresentable {
    public var json: JSON { self?.json ?? .null }
}
extension String: JSONRepresentable { public var json: JSON { .string(self) } }
extension Int: JSONRepresentable { public var json: JSON { .int(self) } }
extension Bool: JSONRepresentable { public var json: JSON { .bool(self) } }
extension DocumentSymbol: JSONRepresentable { public var json: JSON { .string(compact) } }
extension RepertoireDate: JSONRepresentable { public var json: JSON { .string(iso) } }
extension Vote: JSONRepresentable {
    public var json: JSON { .object([("for", .int(self.for)), ("against", .int(against)), ("abstaining", .int(abstaining))]) }
}
extension Array: JSONRepresentable where Element: JSONRepresentable {
    public var json: JSON { .array(map(\.json)) }
}

/// Input line numbers a fact was read from (1-based).
public struct Locations: Hashable, Sendable, JSONRepresentable {
    public private(set) var lines: [Int]
    public init(_ lines: [Int] = []) { self.lines = Array(Set(lines)).sorted() }
    public mutating func add(_ more: [Int]) { lines = Array(Set(lines + more)).sorted() }
    public var first: Int? { lines.first }
    public var json: JSON { .array(lines.map { .object([("line", .int($0))]) }) }
}
