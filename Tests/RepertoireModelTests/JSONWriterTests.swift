import Foundation
import Testing
@testable import RepertoireModel

/// The writer keeps each open container's comma state in bits up to 64 levels and in an array deeper.
struct JSONWriterTests {
    /// `[1, [1, [1, … ]], 2]` nested `depth` times.
    static func nested(_ depth: Int, into w: inout JSONWriter) {
        w.array([0, 1, 2]) { w, k in
            if k == 1 && depth > 1 { nested(depth - 1, into: &w) } else { w.int(k) }
        }
    }

    @Test(arguments: [1, 2, 63, 64, 65, 130])
    func nestedArraysAreValidJSON(depth: Int) throws {
        var w = JSONWriter()
        w.object { o in o.field("a", 1); o.field("b", "x"); o.field("deep", Nested(depth: depth)) }
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        #expect(parsed?["a"] as? Int == 1 && parsed?["b"] as? String == "x")
        // Walk down the middle elements: `depth` arrays, each [0, …, 2].
        var node: Any? = parsed?["deep"], levels = 0
        while let array = node as? [Any] {
            #expect(array.count == 3 && array[0] as? Int == 0 && array[2] as? Int == 2)
            levels += 1; node = array[1]
        }
        #expect(levels == depth)
    }

    struct Nested: JSONWritable {
        let depth: Int
        func write(to w: inout JSONWriter) { JSONWriterTests.nested(depth, into: &w) }
    }
}

/// Locations are sorted and without repeats however they were given; lines already in order are kept as given.
struct LocationsTests {
    @Test(arguments: [
        ([Int](), [Int]()),
        ([7], [7]),
        ([1, 2, 3], [1, 2, 3]),        // in order: kept
        ([3, 1, 2, 2], [1, 2, 3]),     // out of order, a repeat
        ([5, 5], [5]),                 // only a repeat
        ([1, 3, 2], [1, 2, 3]),
        ([2, 2, 1], [1, 2]),
    ])
    func sortedWithoutRepeats(_ given: [Int], _ expected: [Int]) {
        #expect(Locations(given).lines == expected)
        var l = Locations(given)
        l.add([0, 9])
        #expect(l.lines == ([0] + expected + [9]).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }.sorted())
    }
}

/// The writer's eight-bytes-at-a-time test for bytes to escape agrees with a plain loop.
struct JSONEscapeTests {
    @Test func findsEveryByteToEscapeAtEveryPosition() {
        for value in 0...255 {
            for at in 0..<19 {
                var s = Array("安理会决议第七".utf8)[..<19].map { $0 }   // 19 bytes of Chinese text
                s[at] = UInt8(value)
                let plain = s.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
                #expect(s.withUnsafeBufferPointer(JSONWriter.needsEscape) == plain, "byte \(value) at \(at)")
            }
        }
    }

    @Test(arguments: [("引号\"", #""引号\"""#), ("a\\b", #""a\\b""#), ("换\n行", #""换\n行""#), ("安理会", #""安理会""#),
                      ("控制\u{01}符", #""控制\u0001符""#), ("第 2532(2020)号决议，十五个理事国一致通过", #""第 2532(2020)号决议，十五个理事国一致通过""#)])
    func escapesAsJSONDoes(_ text: String, _ expected: String) {
        var w = JSONWriter()
        w.string(text)
        #expect(w.string == expected)
    }
}

/// The writer stores through a pointer into a buffer it grows itself: numbers, growth and copies checked against plain Swift.
struct JSONWriterBufferTests {
    @Test(arguments: [0, 7, 10, -1, -10, 99, 100, 2_532, 1_000_000_007, Int.max, Int.min])
    func integersAsSwiftPrintsThem(_ i: Int) {
        var w = JSONWriter(capacity: 1)
        w.int(i)
        #expect(w.string == String(i))
    }

    @Test(arguments: [0, 1, 15, 16, 17, 4096])
    func aLineWithItsLineFeed(capacity: Int) {
        var w = JSONWriter(capacity: capacity)
        w.object { o in o.field("a", "安理会") }
        #expect(w.bytes(terminatedBy: 0x0A) == Array(#"{"a": "安理会"}"#.utf8) + [0x0A])
    }

    @Test func growsPastItsCapacity() {
        var w = JSONWriter(capacity: 1)
        let names = (0..<500).map { "安理会成员\($0)" }
        w.array(names) { w, name in w.string(name) }
        #expect(w.string == "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        #expect(w.bytes == Array(w.string.utf8))
    }

    @Test func aCopyWrittenToLeavesTheOriginalAsItWas() {
        var a = JSONWriter(capacity: 64)
        a.object { o in o.field("a", 1) }
        var b = a
        b.object { o in o.field("b", "second") }
        a.object { o in o.field("c", true) }
        #expect(a.string == #"{"a": 1}{"c": true}"#)
        #expect(b.string == #"{"a": 1}{"b": "second"}"#)
    }

    /// A copy taken inside an object's body, then written to: each keeps its own text.
    @Test func aCopyTakenMidObject() {
        var a = JSONWriter(capacity: 64)
        var inner: JSONWriter? = nil
        a.object { o in
            o.field("a", 1)
            inner = o
            o.field("b", 2)
        }
        var b = inner!
        b.int(3)
        #expect(a.string == #"{"a": 1, "b": 2}"#)
        #expect(b.string == #"{"a": 1, 3"#)
    }

    @Test func datesAndLinesInTheirFixedForms() {
        var w = JSONWriter()
        w.object { o in
            o.field("date", RepertoireDate(year: 2020, month: 1, day: 9))
            o.field("locations", Locations([12, 3]))
        }
        #expect(w.string == #"{"date": "2020-01-09", "locations": [{"line": 3}, {"line": 12}]}"#)
    }
}
