import Testing
import RepertoireModel

/// A key hashed in one pass agrees with the bytes' equality: equal bytes from different storage are one key,
/// and bytes that differ only in order, length or a last byte are not.
@Suite struct ByteKeyTests {
    @Test func equalBytesAreOneKeyOthersAreNot() {
        let name = "委内瑞拉玻利瓦尔共和国"
        let copies = [ByteKey(name), ByteKey(Array(name.utf8)), ByteKey(Array(Array(name.utf8)[...]))]
        #expect(Set(copies).count == 1)
        #expect(copies.allSatisfy { $0.hashValue == copies[0].hashValue })
        let others = [ByteKey("委内瑞拉"), ByteKey(Array(name.utf8.dropLast())), ByteKey([]), ByteKey([0x00]),
                      ByteKey([0x01, 0x02]), ByteKey([0x02, 0x01])]
        #expect(Set(copies + others).count == 1 + others.count)
    }
}
