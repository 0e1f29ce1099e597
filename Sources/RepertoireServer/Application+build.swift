import Hummingbird
import NIOCore
import NIOPosix
import Logging
import RepertoireStore

/// How `repertoire serve` runs.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var databasePath = "repertoire.sqlite"
    /// A request taking longer is answered 503 with the error envelope.
    public var requestTimeout: Duration = .seconds(10)
    /// A client that has not sent a whole request head this long after connecting (or after its last answer) is
    /// disconnected; a connection with no traffic for `idleTimeout` is closed.
    public var headerTimeout: Duration = .seconds(10)
    public var idleTimeout: Duration = .seconds(60)
    /// A request announcing a larger body is refused 413 (the server only reads).
    public var maxRequestBytes = 16 << 10
    public var logLevel: Logger.Level = .info
    /// Keep answers until the database file changes (see `ResponseCache`).
    public var cache = true

    public init() {}
}

/// The application: the store opened read-only, the router, the listener; graceful shutdown on SIGTERM/SIGINT.
public func buildApplication(_ config: ServerConfiguration) throws -> some ApplicationProtocol {
    var logger = Logger(label: "repertoire")
    logger.logLevel = config.logLevel
    let store = try SQLiteStore(path: config.databasePath, readOnly: true, queryTimeLimit: config.requestTimeout)
    return Application(
        router: buildRouter(store: store, config: config, cache: config.cache ? ResponseCache(databasePath: config.databasePath) : nil),
        server: .http1(configuration: .init(
            additionalChannelHandlers: [RequestHeadTimeoutHandler(timeout: .init(config.headerTimeout)), RawRequestHandler.Installer()],
            idleTimeout: .init(config.idleTimeout))),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "repertoire"),
        eventLoopGroupProvider: .shared(ioThreads),
        logger: logger
    )
}

/// The threads that read requests and write answers: one for every four cores, at least one. The pages' work runs
/// on the concurrency pool, a thread a core; with NIO's default of a thread a core as well, the two pools took turns
/// on the same cores, and an uncached page's p99 at 32 connections was twice as long (two cores: 134 → 62 ms for the
/// home page; a 404 answered 21,500 times a second with two, 30,800 with one).
let ioThreads = MultiThreadedEventLoopGroup(numberOfThreads: max(1, System.coreCount / 4))

/// Every route: the JSON API under /api, the pages, and their `.json` twins; GET only.
public func buildRouter(store: SQLiteStore, config: ServerConfiguration = ServerConfiguration(),
                        cache: ResponseCache? = nil) -> Router<BasicRequestContext> {
    // HEAD is answered wherever GET is (the GET handler's answer without its body).
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: LimitsMiddleware(timeout: config.requestTimeout, maxRequestBytes: config.maxRequestBytes))
    router.add(middleware: ValidatorsMiddleware(database: DatabaseVersion(path: config.databasePath)))
    if let cache { router.add(middleware: CacheMiddleware(cache: cache)) }
    router.addRoutes(APIController(store: store).routes, atPath: "/api")
    router.addRoutes(PagesController(store: store).routes)
    router.addRoutes(DataController(store: store).routes, atPath: "/data")
    return router
}
