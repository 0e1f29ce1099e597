import ArgumentParser
import Foundation
import RepertoireOfficial

/// `--data PATH...`: official data for `council` and `stats`; by default the UN data bundled with repertoire.
struct OfficialDataOption: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: "Official data files or folders (data_extract .json, Akoma Ntoso .xml, decision index .tsv). Default: the UN data bundled with repertoire (Data/un-data: every year's vote extract, the drafts not adopted, the presidential statements).")
    var data: [String] = []

    /// The paths to read: those given, else the bundled folder (an error naming where it was looked for).
    func paths() throws -> [String] {
        if !data.isEmpty { return data }
        if let env = ProcessInfo.processInfo.environment["REPERTOIRE_DATA"], !env.isEmpty, BundledData.folder != env {
            FileHandle.standardError.write(Data("error: REPERTOIRE_DATA names \(env), which is no folder\n".utf8))
            throw ExitCode(1)
        }
        guard let folder = BundledData.folder else {
            let message = "error: the bundled UN data (\(BundledData.folderName)) is in none of: "
                + BundledData.candidates.joined(separator: ", ") + "; give --data PATH or set REPERTOIRE_DATA\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(1)
        }
        return [folder]
    }

    /// The data read; files that cannot be read are reported (the caller exits 1 after its output).
    func read() throws -> OfficialData {
        let official = OfficialData.read(try paths())
        var report = ""
        for error in official.errors { report += "\(error)\n" }
        FileHandle.standardError.write(Data(report.utf8))
        return official
    }
}
