import Foundation
@testable import RepertoireOfficial

enum Official {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let unxml = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/unxml").path
    static let bundledVotes = root.appendingPathComponent("Samples/unxml/data_extract").path
    static let sample = root.appendingPathComponent("Samples/zh-2020-part1-items35-36.txt").path

    /// The shared corpus, read once.
    static let data: OfficialData = try! OfficialData.load([unxml])

    static func temporary(_ contents: String, name: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("official-\(UUID())-\(name)")
        try! Data(contents.utf8).write(to: url)
        return url.path
    }
}
