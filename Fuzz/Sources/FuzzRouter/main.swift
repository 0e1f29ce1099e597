import Dispatch
import Foundation
import Hummingbird
import Logging
import NIOEmbedded
import RepertoireServer
import RepertoireStore

/// The bundled sample and official data, ingested once into a database of its own.
let database: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("repertoire-fuzz-\(getpid()).sqlite").path
    let report = Ingestor(store: try! SQLiteStore(path: path)).ingest([root.appendingPathComponent("Samples").path])
    precondition(report.failures.isEmpty && !report.ingested.isEmpty, "the sample database could not be made")
    atexit { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } }
    return path
}()
let responder = buildRouter(store: try! SQLiteStore(path: database, readOnly: true)).buildResponder()
let logger = Logger(label: "fuzz")
/// One channel for every request (a testing channel made for each, and never closed, leaks its event loop).
let channel = NIOAsyncTestingChannel()

/// The first byte chooses GET or HEAD; the others are the request target as a client sent it (any bytes). The
/// router answers, or throws an HTTP error of the 4xx kind (or 503 for a request too slow): never a 500, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRouter(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let method: HTTPRequest.Method = data[0] & 1 == 0 ? .get : .head
    let target = "/" + String(decoding: UnsafeBufferPointer(start: data + 1, count: count - 1), as: UTF8.self)
    let status = Status()
    let done = DispatchSemaphore(value: 0)
    Task {
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: target),
                              body: RequestBody(buffer: ByteBuffer()))
        let context = BasicRequestContext(source: .init(channel: channel, logger: logger))
        do {
            status.code = Int(try await responder.respond(to: request, context: context).status.code)
        } catch let error as any HTTPResponseError {
            status.code = Int(error.status.code)
        } catch {
            status.code = 500
            status.error = "\(error)"
        }
        done.signal()
    }
    done.wait()
    if status.code >= 500 && status.code != 503 {
        fatalError("\(target): answered \(status.code) \(status.error)")
    }
    return 0
}

final class Status: @unchecked Sendable {
    var code = 0
    var error = ""
}

/// Everything made once (the profile's matchers, the gazetteer, the database) is made before the first input, so
/// that no input's time includes it.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    // The database is made here, before the first request, so that no request's time includes it.
    _ = database
    _ = responder
    let warmUp = Array("\0 35.  维护国际和平与安全\n\n S/PV.8699 联合王国、美国 15-0-0\n".utf8)
    _ = warmUp.withUnsafeBufferPointer { fuzzRouter($0.baseAddress!, $0.count) }
    return 0
}
