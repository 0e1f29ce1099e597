import Foundation
import RepertoireParsing
import RepertoireModel

/// Everything read from official data paths: texts by symbol and language, vote records, and what was passed over.
public struct OfficialData: Sendable {
    public var texts: [DocumentSymbol: [OfficialText]] = [:]
    public var votes: [DocumentSymbol: VoteRecord] = [:]
    /// Files that are well formed but hold no Security Council text (reported, not fatal).
    public var skipped: [String] = []
    public var filesRead = 0

    public init() {}

    /// Files that could not be read, each with its file and line; every other file was read. A malformed file's text
    /// may still be in `texts`, marked partial, for what it gave before its error.
    public var errors: [OfficialError] = []
    /// What was read but drifted from what the files usually are (once per kind and file).
    public var warnings: [OfficialWarning] = []

    static func isOfficial(_ path: String) -> Bool {
        path.hasSuffix(".xml") || path.hasSuffix(".json") || path.hasSuffix(".jsonl") || path.hasSuffix(".tsv")
    }

    /// Reads files and folders (recursively): `.xml` as Akoma Ntoso, `.json`/`.jsonl` as data_extract, `.tsv` as a
    /// decision index.
    /// Other files in folders are passed over; a named file of another kind, a missing path or a folder with no
    /// official data is an error. A file that cannot be read is that file's failure alone: it goes to `errors`,
    /// and the others are read. Files are parsed on all cores; errors come in file order.
    public static func read(_ paths: [String]) -> OfficialData {
        var data = OfficialData()
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                data.errors.append(OfficialError(file: path, "no such file or folder")); continue
            }
            if isDirectory.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                let official = found.filter(isOfficial)
                    .map { (path as NSString).appendingPathComponent($0) }
                if official.isEmpty { data.errors.append(OfficialError(file: path, "the folder holds no .xml or .json file")) }
                files += official
            } else {
                guard isOfficial(path) else {
                    data.errors.append(OfficialError(file: path, "not official data: expected .xml (Akoma Ntoso) or .json (data_extract)"))
                    continue
                }
                files.append(path)
            }
        }
        let parsed = parallelMap(files) { file in OfficialData.parse(file: file) }
        for p in parsed {
            data.errors += p.errors
            data.warnings += p.warnings
            if p.read { data.filesRead += 1 }
            if let t = p.text { data.texts[t.symbol, default: []].append(t) }
            for t in p.indexed { data.texts[t.symbol, default: []].append(t) }
            if p.skipped, let file = p.file { data.skipped.append(file) }
            for r in p.votes {
                if let earlier = data.votes[r.symbol] {
                    data.warnings.append(OfficialWarning(file: r.file, line: r.line,
                        "\(r.symbol) is recorded again (first at \(earlier.file):\(earlier.line)): the later record is read"))
                }
                data.votes[r.symbol] = r
            }
        }
        return data
    }

    /// The same, all or nothing: the first file that cannot be read is thrown.
    public static func load(_ paths: [String]) throws(OfficialError) -> OfficialData {
        let data = read(paths)
        if let error = data.errors.first { throw error }
        return data
    }

    /// What one file gave.
    struct Parsed: Sendable {
        var file: String?
        var text: OfficialText? = nil
        var votes: [VoteRecord] = []
        var indexed: [OfficialText] = []
        var skipped = false
        /// Whether anything was read (a file with an error may still give a partial text or some records).
        var read = false
        var errors: [OfficialError] = []
        var warnings: [OfficialWarning] = []
    }

    static func parse(file: String) -> Parsed {
        guard let contents = FileManager.default.contents(atPath: file) else {
            return Parsed(file: file, errors: [OfficialError(file: file, "cannot read the file")])
        }
        if file.hasSuffix(".xml") {
            let reading = AKNReader.readAll(contents, file: file)
            return Parsed(file: file, text: reading.text, skipped: reading.text == nil && reading.error == nil,
                          read: reading.error == nil || reading.text != nil, errors: reading.error.map { [$0] } ?? [])
        }
        if file.hasSuffix(".tsv") {
            let index = DecisionIndex.read([UInt8](contents), file: file)
            return Parsed(file: file, indexed: index.texts, read: index.errors.isEmpty, errors: index.errors)
        }
        let extract = DataExtractReader.read([UInt8](contents), file: file)
        return Parsed(file: file, votes: extract.records, read: !extract.records.isEmpty || extract.errors.isEmpty,
                      errors: extract.errors, warnings: extract.warnings)
    }

    /// Every symbol, sorted.
    public var symbols: [DocumentSymbol] { Array(Set(texts.keys).union(votes.keys)).sorted() }

    /// One decision per symbol, both sources merged.
    public func decisions(council: Council? = nil) -> [OfficialDecision] {
        symbols.map { OfficialDecision(symbol: $0, texts: texts[$0] ?? [], record: votes[$0], council: council) }
    }

    /// Names in the vote data and the texts' vote lists that resolve to no state: reported, never dropped.
    public var unresolvedNames: [String] {
        var names = Set<String>()
        for r in votes.values {
            for m in r.voters.values.flatMap({ $0 }) + r.sponsors where m.code == nil { names.insert(m.name) }
        }
        for t in texts.values.joined() {
            for m in (t.voters ?? [:]).values.flatMap({ $0 }) where m.code == nil { names.insert(m.name) }
            if t.language == "en" { for m in t.sponsors where m.code == nil { names.insert(m.name) } }
        }
        return names.sorted()
    }

    /// The drafts not adopted, one text per symbol (the English where there is one).
    public var drafts: [OfficialText] {
        texts.values.compactMap { list in
            let drafts = list.filter { $0.kind == .draftResolution }
            return drafts.first { $0.language == "en" } ?? drafts.first
        }.sorted { $0.symbol < $1.symbol }
    }
}

