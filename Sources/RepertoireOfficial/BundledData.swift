import Foundation
import RepertoireModel

/// The UN's data shipped with repertoire (`Data/un-data`): every year's vote extract, the English texts of the drafts
/// not adopted, and an index of the presidential statements. The default data of `council` and `stats`, found
/// wherever the command is run from: `$REPERTOIRE_DATA`, then beside the program (`../share/repertoire/un-data`,
/// `un-data`), then the source tree the program was built from.
public enum BundledData {
    public static let folderName = "un-data"

    /// The folder, or nil when none of the places holds it (the caller says where it looked).
    public static var folder: String? { candidates.first { isFolder($0) } }

    /// Where the folder is looked for, in order.
    public static var candidates: [String] {
        var places: [String] = []
        if let env = ProcessInfo.processInfo.environment["REPERTOIRE_DATA"], !env.isEmpty { places.append(env) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        places.append(executable.appendingPathComponent("../share/repertoire/\(folderName)").standardizedFileURL.path)
        places.append(executable.appendingPathComponent(folderName).path)
        // Sources/RepertoireOfficial/BundledData.swift → the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        places.append(root.appendingPathComponent("Data/\(folderName)").path)
        return places
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A decision index (`repertoire official --format tsv`): one decision a line, `symbol kind date meeting languages
/// vote file`, read back as texts with no body (the bundled presidential statements).
public enum DecisionIndex {
    public static let header = "symbol\tkind\tdate\tmeeting\tlanguages\tvote\tfile"

    public static func line(_ d: OfficialDecision) -> String {
        [d.symbol.compact, d.kind.rawValue, d.date?.iso ?? "", d.meeting?.compact ?? "", d.languages.joined(separator: ","),
         d.vote?.text ?? "", d.mainText.map { ($0.file as NSString).lastPathComponent } ?? ""].joined(separator: "\t")
    }

    public static func read(_ bytes: [UInt8], file: String) -> (texts: [OfficialText], errors: [OfficialError]) {
        var texts: [OfficialText] = [], errors: [OfficialError] = []
        for (n, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n == 0 {
                guard line == header else { errors.append(OfficialError(file: file, line: 1, "not a decision index: the first line is not '\(header)'")); break }
                continue
            }
            if line.isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7, let symbol = DocumentSymbol(f[0]), let kind = OfficialText.Kind(rawValue: f[1]) else {
                errors.append(OfficialError(file: file, line: n + 1, "not a decision index line (7 fields: \(header))")); continue
            }
            var text = OfficialText(symbol: symbol, kind: kind, language: "en", adoptionDate: DataExtractReader.isoDate(f[2]),
                                    meeting: DocumentSymbol(f[3]), title: "", preamble: [], operative: [], citedSymbols: [],
                                    chapterVII: false, file: "\(file):\(n + 1)")
            text.statedCounts = Vote(f[5])
            texts.append(text)
        }
        return (texts, errors)
    }
}
