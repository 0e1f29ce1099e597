/// State names in the forms the Repertoire writes them, for telling list boundaries
/// (`委内瑞拉玻利瓦尔共和国和也门`) from names that contain a conjunction (`特立尼达和多巴哥`).
public struct StateNames: Sendable {
    public struct Entry: Sendable {
        public let iso3: String, m49: Int, zhShort: String, zhFormal: String, enShort: String
    }

    /// Short forms the Repertoire uses that UNTERM lacks, and entities that are not states.
    static let repertoireForms: [(String, String)] = [
        ("多米尼加共和国", "DOM"), ("联合王国", "GBR"), ("美国", "USA"), ("英国", "GBR"), ("捷克", "CZE"),
        ("俄罗斯", "RUS"), ("巴勒斯坦国", "PSE"), ("欧洲联盟", "EU"), ("非洲联盟", "AU"),
        ("东南亚国家联盟", "ASEAN"), ("红十字国际委员会", "ICRC"), ("罗马教廷", "VAT"),
    ]

    private let codes: [[UInt8]: String]

    public static let shared = StateNames()

    public init() {
        var codes: [[UInt8]: String] = [:]
        for e in StateNames.unterm {
            codes[Array(e.zhShort.utf8)] = e.iso3
            codes[Array(e.zhFormal.utf8)] = e.iso3
        }
        for (name, code) in StateNames.repertoireForms { codes[Array(name.utf8)] = code }
        self.codes = codes
    }

    /// The ISO 3166 alpha-3 code (or an entity's code) of a name as written, or nil.
    public func code(_ name: String) -> String? { codes[Array(name.utf8)] }
    public func isKnown(_ name: String) -> Bool { codes[Array(name.utf8)] != nil }
    func isKnown(_ name: [UInt8]) -> Bool { codes[name] != nil }
}
