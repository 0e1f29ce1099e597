import ArgumentParser
import Foundation
import RepertoireOfficial

/// The Council's membership by year from official data paths, for the checks.
enum CouncilKnowledge {
    static func members(_ paths: [String]) throws -> [Int: Set<String>] {
        guard !paths.isEmpty else { return [:] }
        do {
            return Council(records: Array(try OfficialData.load(paths).votes.values)).members
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
