import Foundation
import Hummingbird

/// The database's version: the modification time and size of its file and its WAL, so that an ingest by another
/// process is seen at the next request.
struct DatabaseVersion: Sendable {
    let path: String

    var current: String {
        [path, path + "-wal"].map { path -> String in
            var st = stat()
            guard stat(path, &st) == 0 else { return "-" }
            return "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_size)"
        }.joined(separator: "|")
    }
}

/// The server only reads, so an answer stays right until the database changes: answers (status 200) are kept by
/// URL and language while the database's version holds. At most `capacity` answers are kept; when full, the one
/// used longest ago goes.
public final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (response: Response, used: UInt64)] = [:]
    private var clock: UInt64 = 0
    private var version = ""
    let database: DatabaseVersion
    let capacity: Int

    public init(databasePath: String, capacity: Int = 4096) {
        database = DatabaseVersion(path: databasePath)
        self.capacity = max(1, capacity)
        version = database.current
    }

    func get(_ key: String) -> Response? {
        let now = database.current
        lock.lock(); defer { lock.unlock() }
        if now != version { entries.removeAll(keepingCapacity: true); version = now }
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.response, clock)
        return entry.response
    }

    func put(_ key: String, _ response: Response) {
        lock.lock(); defer { lock.unlock() }
        if entries.count >= capacity, entries[key] == nil, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
        clock += 1
        entries[key] = (response, clock)
    }

    var count: Int { lock.withLock { entries.count } }
}

struct CacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else { return try await next(request, context) }
        let key = "\(request.uri)|\(request.headers[.acceptLanguage] ?? "")|\(request.headers[.accept] ?? "")"
        if let cached = cache.get(key) { return cached }
        let response = try await next(request, context)
        if response.status == .ok { cache.put(key, response) }
        return response
    }
}

/// HTTP validators, so that browsers and proxies keep answers too: every answer to GET or HEAD carries an `ETag`
/// made from the database's version and the request (URL, Accept-Language, Accept), with `Cache-Control: no-cache`
/// (keep it, but ask again) and `Vary`; a request whose `If-None-Match` names the current tag is answered 304
/// with no body, before any query is run.
struct ValidatorsMiddleware<Context: RequestContext>: RouterMiddleware {
    let database: DatabaseVersion

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let tag = Self.tag(database.current + "|\(request.uri)|\(request.headers[.acceptLanguage] ?? "")|\(request.headers[.accept] ?? "")")
        if let given = request.headers[.ifNoneMatch], given.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }) {
            var headers = HTTPFields()
            headers[.eTag] = tag
            headers[.cacheControl] = "no-cache"
            return Response(status: .notModified, headers: headers)
        }
        var response = try await next(request, context)
        guard response.status == .ok else { return response }
        response.headers[.eTag] = tag
        response.headers[.cacheControl] = "no-cache"
        response.headers[.vary] = "Accept-Language, Accept"
        return response
    }

    /// A weak tag (`W/"…"`): FNV-1a of the version and the request, hex.
    static func tag(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return "W/\"\(String(h, radix: 16))\""
    }
}
