// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "repertoire",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "repertoire", targets: ["repertoire"]),
        .library(name: "RepertoireModel", targets: ["RepertoireModel"]),
        .library(name: "RepertoireParsing", targets: ["RepertoireParsing"]),
        .library(name: "RepertoireOfficial", targets: ["RepertoireOfficial"]),
        .library(name: "RepertoireChecks", targets: ["RepertoireChecks"]),
        .library(name: "RepertoireStore", targets: ["RepertoireStore"]),
        .library(name: "RepertoireServer", targets: ["RepertoireServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // Value types: symbols, dates, votes, the facts schema. No I/O.
        .target(name: "RepertoireModel"),
        // decode → page layout → blocks → facts, each stage in its own folder.
        .target(name: "RepertoireParsing", dependencies: ["RepertoireModel"]),
        // The UN's own data: Akoma Ntoso texts, the vote extract, Council membership and decision rules.
        .target(name: "RepertoireOfficial", dependencies: ["RepertoireModel", "RepertoireParsing"],
                resources: [.embedInCode("Resources/state-names.tsv"), .embedInCode("Resources/presidencies.tsv")]),
        // What a careful editor would flag, in one document and against the UN's own data.
        .target(name: "RepertoireChecks", dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireOfficial"]),
        // The system's zlib, for the source texts the database keeps compressed.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The practice database: SQLite (GRDB) by default, behind a protocol; Chinese full-text search.
        .target(
            name: "RepertoireStore",
            dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireOfficial", "RepertoireChecks", "CZlib",
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // The read-only web server: a JSON API and server-rendered pages (Hummingbird 2, swift-mustache).
        .target(
            name: "RepertoireServer",
            dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireStore",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOEmbedded", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "NIOHTTPTypes", package: "swift-nio-extras")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "repertoire",
            dependencies: [
                "RepertoireParsing",
                "RepertoireOfficial",
                "RepertoireChecks",
                "RepertoireStore",
                "RepertoireServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates a Repertoire-like corpus and measures extraction throughput.
        .executableTarget(name: "repertoire-bench", dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireChecks", "RepertoireStore"]),
        .testTarget(name: "RepertoireModelTests", dependencies: ["RepertoireModel"]),
        .testTarget(name: "RepertoireParsingTests", dependencies: ["RepertoireParsing"]),
        .testTarget(name: "RepertoireOfficialTests", dependencies: ["RepertoireOfficial", "RepertoireParsing", "RepertoireModel"]),
        .testTarget(name: "RepertoireStoreTests", dependencies: ["RepertoireStore", "RepertoireParsing", "RepertoireModel", "RepertoireOfficial",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RepertoireServerTests", dependencies: ["RepertoireServer", "RepertoireStore", "RepertoireModel", "RepertoireParsing",
                                                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                           .product(name: "NIOEmbedded", package: "swift-nio"),
                                                           .product(name: "NIOHTTP1", package: "swift-nio")]),
        .testTarget(name: "RepertoireChecksTests", dependencies: ["RepertoireChecks", "RepertoireOfficial", "RepertoireParsing", "RepertoireModel",
                                                           "RepertoireStore", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
