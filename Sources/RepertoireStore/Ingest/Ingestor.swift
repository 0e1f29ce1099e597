import Foundation
import RepertoireModel
import RepertoireParsing
import RepertoireOfficial
import RepertoireChecks

/// `repertoire ingest`: files and folders into the store. Official data first (its votes give the Council's
/// members to the Repertoire checks), then Repertoire texts. Files are read and parsed on all cores; each is
/// written in its own transaction, so an interruption leaves every document wholly present or absent.
/// An unchanged file (same path, same sha256) is skipped; a changed one replaces its facts.
public struct Ingestor: Sendable {
    public let store: any PracticeStore
    public var maxMiB: Int
    public var extractor = Extractor()
    /// A Repertoire text longer than twice this is read and written in parts of about this size (`PartReader`,
    /// `SQLiteStore.writeInParts`), so that memory holds the text and one part.
    public var partBytes = PartReader.partBytes

    public init(store: any PracticeStore, maxMiB: Int = 256) {
        self.store = store
        self.maxMiB = maxMiB
    }

    public struct Report: Sendable {
        public var ingested: [String] = [], unchanged: [String] = [], skipped: [String] = []
        /// `path[:line]: error: message`
        public var failures: [String] = []
        /// `path[:line]: warning: message`: what was stored but drifted from what the files usually are.
        public var warnings: [String] = []
        public var bytes = 0
        public var findings = 0
        /// Seconds spent writing rows (one writer), waiting for parsed batches, and merging the full-text index.
        public var writeSeconds = 0.0, waitSeconds = 0.0, mergeSeconds = 0.0, statisticsSeconds = 0.0
    }

    public enum Progress: Sendable { case done(Int, of: Int, path: String) }

    /// Lists the files named (folders recursively, sorted): official data (.xml, .json, .jsonl) first.
    /// A missing path and a folder with no file to read are listed apart, each to be reported.
    /// `names` gives each file's name as readers see it: its path from the folder named (`Samples/zh-….txt`), or
    /// its file name where it was named alone.
    public static func files(_ paths: [String]) -> (official: [String], texts: [String], missing: [String], empty: [String], names: [String: String]) {
        var official: [String] = [], texts: [String] = [], missing: [String] = [], empty: [String] = [], seen: Set<String> = []
        var names: [String: String] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            let files: [String]
            let folder = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            if isDirectory.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                files = found.map { (path as NSString).appendingPathComponent($0) }
                    .filter { isOfficial($0) || $0.hasSuffix(".txt") }
                // A folder with nothing to read is reported like a missing path, never a silent success.
                if files.isEmpty { empty.append(path) }
            } else {
                files = [path]
            }
            for file in files {
                // A file named twice (or found through its folder too) is read once.
                let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
                guard seen.insert(absolute).inserted else { continue }
                names[absolute] = isDirectory.boolValue
                    ? (folder.isEmpty || folder == "/" ? "" : folder + "/") + String(file.dropFirst(path.count).drop { $0 == "/" })
                    : URL(fileURLWithPath: absolute).lastPathComponent
                if isOfficial(file) { official.append(absolute) } else { texts.append(absolute) }
            }
        }
        return (official, texts, missing, empty, names)
    }

    static func isOfficial(_ path: String) -> Bool {
        path.hasSuffix(".xml") || path.hasSuffix(".json") || path.hasSuffix(".jsonl") || path.hasSuffix(".tsv")
    }

    public func ingest(_ paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> Report {
        var report = Report()
        let (official, texts, missing, empty, names) = Self.files(paths)
        report.failures += missing.map { "\($0): error: no such file or folder" }
        report.failures += empty.map { "\($0): error: the folder holds no .txt, .xml or .json file" }
        let total = official.count + texts.count
        var done = 0
        var bulk = total > 1
        let clock = ContinuousClock()
        if bulk { try? store.beginBulkWrite(incomingBytes: (official + texts).reduce(0) { $0 + Self.size($1) }) }
        for (group, isOfficial) in [(official, true), (texts, false)] {
            let members = isOfficial ? [:] : ((try? store.councilMembers()) ?? [:])
            // Batches of 16 files or 8 MiB: two in memory at once (one written, the next parsed), 76 MiB at the
            // peak for a thousand documents, where 32 files or 16 MiB took 104 at no gain in speed.
            let batches = Self.batches(group, files: 16, bytes: 8 << 20)
            // While one batch is written (one writer), the next is read and parsed on the other cores.
            var pending: Future<[Outcome]>?
            for (k, files) in batches.enumerated() {
                let waited = clock.now
                let prepared = pending?.wait() ?? parallelMap(files) { path in prepare(path, official: isOfficial, members: members) }
                pending = k + 1 < batches.count ? Future { [self] in
                    parallelMap(batches[k + 1]) { path in prepare(path, official: isOfficial, members: members) }
                } : nil
                report.waitSeconds += Self.seconds(clock.now - waited)
                // The batch's documents in one transaction (each in its own savepoint): a commit costs as much as
                // a document's rows.
                var ready: [(path: String, document: PreparedDocument)] = []
                // The documents ready so far, in one transaction (each in its own savepoint: a commit costs as much
                // as a document's rows).
                func writeReady() {
                    guard !ready.isEmpty else { return }
                    let started = clock.now
                    let errors: [(any Error)?]
                    do {
                        errors = try store.write(ready.map(\.document))
                    } catch {
                        errors = Array(repeating: error, count: ready.count)
                    }
                    report.writeSeconds += Self.seconds(clock.now - started)
                    for ((path, document), error) in zip(ready, errors) {
                        if let error {
                            report.failures.append("\(path): error: not stored: \(error)")
                            continue
                        }
                        report.ingested.append(path)
                        report.bytes += document.bytes
                        if case .repertoire(let r) = document.content { report.findings += r.facts.findings.count }
                    }
                    ready = []
                }
                for (path, outcome) in zip(files, prepared) {
                    switch outcome {
                    case .unchanged: report.unchanged.append(path)
                    case .skipped: report.skipped.append(path)
                    case .failed(let message): report.failures.append(message)
                    case .ready(var document, let errors, let warnings):
                        // What the file gave is stored; its errors are reported all the same.
                        report.failures += errors; report.warnings += warnings
                        if let name = names[path] { document.name = name }
                        ready.append((path, document))
                    case .long(let bytes, let sha):
                        // Read and written part by part, in the files' order (the first edition of a practice stands for it);
                        // its parts' index segments merged once at the end, as after many documents.
                        writeReady()
                        if !bulk { try? store.beginBulkWrite(incomingBytes: Self.size(path)); bulk = true }
                        let started = clock.now
                        writeLong(path, name: names[path] ?? URL(fileURLWithPath: path).lastPathComponent, sha256: sha, bytes: bytes,
                                  members: members, into: &report)
                        report.writeSeconds += Self.seconds(clock.now - started)
                    }
                }
                writeReady()
                for path in files {
                    done += 1
                    progress?(.done(done, of: total, path: path))
                }
            }
        }
        if bulk { try? store.endBulkRows() }
        if report.ingested.contains(where: Self.isOfficial) { report.statisticsSeconds = refreshStatistics() }
        if !report.ingested.isEmpty, let sqlite = store as? SQLiteStore {
            let clock = ContinuousClock()
            report.statisticsSeconds += Self.seconds(clock.measure { try? sqlite.refreshSummaries() })
        }
        // After many documents the index segments are merged; after any, the usual settings come back (also
        // those an interrupted bulk ingest left).
        if !report.ingested.isEmpty || bulk {
            report.mergeSeconds = Self.seconds(clock.measure { try? store.endBulkWrite(merge: bulk && !report.ingested.isEmpty) })
        }
        return report
    }

    /// A file's size in bytes (0 where it cannot be read: reading it will say why).
    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Consecutive runs of at most `files` files and `bytes` bytes (or one larger file): each is parsed on all
    /// cores while the previous one is written, in one transaction.
    static func batches(_ paths: [String], files: Int, bytes: Int) -> [[String]] {
        var batches: [[String]] = [], current: [String] = [], total = 0
        for path in paths {
            let n = size(path)
            if !current.isEmpty && (current.count >= files || total + n > bytes) { batches.append(current); current = []; total = 0 }
            current.append(path); total += n
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// The digest stored for a file read with errors: never the file's own, so that it is read again next time.
    static func partialDigest(_ bytes: [UInt8]) -> String { SHA256.hex(Array("partial\n".utf8) + bytes) }

    /// Each year's figures, from all the official data stored (read again: figures such as a year's vetoes need the
    /// whole of it). Seconds spent.
    func refreshStatistics() -> Double {
        let clock = ContinuousClock()
        return Self.seconds(clock.measure {
            guard let sqlite = store as? SQLiteStore, let paths = try? sqlite.officialPaths(), !paths.isEmpty else { return }
            try? sqlite.replaceStatistics(Statistics.years(OfficialData.read(paths)))
        })
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// A value computed on another thread.
    final class Future<T: Sendable>: @unchecked Sendable {
        private var value: T?
        private let done = DispatchSemaphore(value: 0)
        init(_ body: @escaping @Sendable () -> T) {
            DispatchQueue.global().async { self.value = body(); self.done.signal() }
        }
        func wait() -> T { done.wait(); done.signal(); return value! }
    }

    /// A file prepared: its rows, with the errors and warnings of what it could not (or could only partly) give; or a
    /// long Repertoire text, to be read as it is written (`long`: its bytes and digest).
    enum Outcome: Sendable {
        case ready(PreparedDocument, errors: [String] = [], warnings: [String] = []), unchanged, skipped, failed(String)
        case long([UInt8], sha256: String)
    }

    /// A Repertoire text read whole, with its findings.
    func whole(_ bytes: [UInt8], path: String, sha256: String, members: [Int: Set<String>]) throws(InputError) -> PreparedDocument {
        var result = try extractor.extract(bytes, file: InputPaths.fileName(path))
        result.facts.findings = DocumentChecks(result, members: members).findings()
        return PreparedDocument(path: path, sha256: sha256, bytes: bytes.count, content: .repertoire(result))
    }

    /// A Repertoire text's reading warnings, `path:line: warning: message`.
    static func warnings(_ document: PreparedDocument, path: String) -> [String] {
        guard case .repertoire(let r) = document.content else { return [] }
        return r.warnings.map { "\(path):\($0.line): warning: \($0.message)" }
    }

    /// A long text read and written part by part; what it gave, or why not, goes into the report. Another store than
    /// SQLite gets it whole.
    func writeLong(_ path: String, name: String, sha256: String, bytes: [UInt8], members: [Int: Set<String>], into report: inout Report) {
        let size = bytes.count
        do {
            if let sqlite = store as? SQLiteStore {
                let written = try sqlite.writeInParts(path: path, name: name, sha256: sha256, bytes: bytes,
                                                      reader: PartReader(extractor: extractor, partBytes: partBytes), members: members)
                report.warnings += written.warnings
                report.findings += written.findings
            } else {
                var document = try whole(bytes, path: path, sha256: sha256, members: members)
                document.name = name
                try store.write(document)
                if case .repertoire(let r) = document.content { report.findings += r.facts.findings.count }
                report.warnings += Self.warnings(document, path: path)
            }
            report.ingested.append(path)
            report.bytes += size
        } catch let error as InputError {
            report.failures.append("\(path)\(error.line.map { ":\($0)" } ?? ""): error: \(error.description)")
        } catch {
            report.failures.append("\(path): error: not stored: \(error)")
        }
    }

    func prepare(_ path: String, official: Bool, members: [Int: Set<String>]) -> Outcome {
        let bytes: [UInt8]
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= maxMiB << 20 else {
                return .failed("\(path): error: it is \(size >> 20) MiB, more than --max-size \(maxMiB) MiB")
            }
            guard let data = FileManager.default.contents(atPath: path) else { return .failed("\(path): error: cannot read the file") }
            bytes = [UInt8](data)
        } catch {
            return .failed("\(path): error: cannot read the file: \(error.localizedDescription)")
        }
        let sha = SHA256.hex(bytes)
        if let stored = try? store.sha256(path: path), stored == sha { return .unchanged }
        if official {
            // A file with errors is stored for what it gave, under a digest that never matches: it is read (and its
            // errors reported) again next time.
            if path.hasSuffix(".xml") {
                let reading = AKNReader.readAll(Data(bytes), file: path)
                guard let text = reading.text else { return reading.error.map { .failed($0.description) } ?? .skipped }
                return .ready(PreparedDocument(path: path, sha256: reading.error == nil ? sha : Self.partialDigest(bytes), bytes: bytes.count,
                                               content: .officialText(text)),
                              errors: reading.error.map { [$0.description] } ?? [])
            }
            if path.hasSuffix(".tsv") {
                // A decision index is kept as a document for the statistics, which read it again; it has no rows.
                let index = DecisionIndex.read(bytes, file: path)
                if index.texts.isEmpty, let first = index.errors.first { return .failed(first.description) }
                return .ready(PreparedDocument(path: path, sha256: index.errors.isEmpty ? sha : Self.partialDigest(bytes), bytes: bytes.count,
                                               content: .officialVotes([])), errors: index.errors.map(\.description))
            }
            let extract = DataExtractReader.read(bytes, file: path)
            if extract.records.isEmpty, let first = extract.errors.first, extract.errors.count == 1 { return .failed(first.description) }
            return .ready(PreparedDocument(path: path, sha256: extract.errors.isEmpty ? sha : Self.partialDigest(bytes), bytes: bytes.count,
                                           content: .officialVotes(extract.records)),
                          errors: extract.errors.map(\.description), warnings: extract.warnings.map(\.description))
        }
        if bytes.count > 2 * partBytes { return .long(bytes, sha256: sha) }
        do {
            let document = try whole(bytes, path: path, sha256: sha, members: members)
            return .ready(document, warnings: Self.warnings(document, path: path))
        } catch {
            return .failed("\(path)\(error.line.map { ":\($0)" } ?? ""): error: \(error.description)")
        }
    }
}
