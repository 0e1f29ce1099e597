import Testing
@testable import RepertoireModel

/// A finding's message as the store keeps it (`write`) reads back as it was (`init(jsonText:)`).
@Suite struct FindingMessageTests {
    @Test(arguments: [
        // Plain texts, a catalogue word and a part, as the checks make them.
        FindingMessage("count-item", [.text("35"), .text("4"), .word("count_resolutions"), .text("3")]),
        FindingMessage("row-placed", [.word("table1_row"), .text("S/PV.8748"), .part(FindingMessage("part-date", [.text("2010-07-01")])), .none]),
        // Text the writer escapes: quotes, a backslash, a control byte, and Chinese and a character beyond the BMP.
        FindingMessage("member-rule37", [.text(#"say "尼日尔" \ then"#), .text("tab\there\u{1}"), .text("𠀀 and 越南")]),
        FindingMessage("empty", []),
    ])
    func whatIsWrittenReadsBack(message: FindingMessage) {
        var w = JSONWriter()
        message.write(to: &w)
        #expect(FindingMessage(jsonText: w.string) == message)
    }

    @Test(arguments: [
        #"{"key": "k", "arguments": ["\ud840\udc00", "\u00e9", "a\/b"]}"#,   // escapes Foundation's writers use
    ])
    func escapesAreRead(text: String) {
        #expect(FindingMessage(jsonText: text) == FindingMessage("k", [.text("𠀀"), .text("é"), .text("a/b")]))
    }

    @Test(arguments: ["", "{", #"{"key": "k"}"#, #"{"key": "k", "arguments": ["a",]}"#, #"{"key": "k", "arguments": []} x"#, "[1, 2]"])
    func malformedTextIsNoMessage(text: String) {
        #expect(FindingMessage(jsonText: text) == nil)
    }
}
