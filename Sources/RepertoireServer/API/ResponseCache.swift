import Foundation
import Hummingbird

/// The server only reads, so an answer stays right until the database file changes: answers (status 200) are
/// kept by URL, language and the database's version — the modification time and size of the database file and
/// its WAL, so that an ingest by another process is seen at the next request. At most `capacity` answers are
/// kept; when full, the cache starts again.
public final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Response] = [:]
    private var version = ""
    let databasePath: String
    let capacity: Int

    public init(databasePath: String, capacity: Int = 512) {
        self.databasePath = databasePath
        self.capacity = capacity
    }

    /// The database's version: mtime and size of the file and its WAL.
    func currentVersion() -> String {
        [databasePath, databasePath + "-wal"].map { path -> String in
            var st = stat()
            guard stat(path, &st) == 0 else { return "-" }
            return "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_size)"
        }.joined(separator: "|")
    }

    func get(_ key: String) -> Response? {
        let now = currentVersion()
        lock.lock(); defer { lock.unlock() }
        if now != version { entries.removeAll(keepingCapacity: true); version = now }
        return entries[key]
    }

    func put(_ key: String, _ response: Response) {
        lock.lock(); defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = response
    }
}

struct CacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else { return try await next(request, context) }
        let key = "\(request.uri)|\(request.headers[.acceptLanguage] ?? "")"
        if let cached = cache.get(key) { return cached }
        let response = try await next(request, context)
        if response.status == .ok { cache.put(key, response) }
        return response
    }
}
