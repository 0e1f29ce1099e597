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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Value types: symbols, dates, votes, the facts schema. No I/O.
        .target(name: "RepertoireModel"),
        // decode → page layout → blocks → facts, each stage in its own folder.
        .target(name: "RepertoireParsing", dependencies: ["RepertoireModel"]),
        // The UN's own data: Akoma Ntoso texts, the vote extract, Council membership and decision rules.
        .target(name: "RepertoireOfficial", dependencies: ["RepertoireModel", "RepertoireParsing"]),
        // What a careful editor would flag, in one document and against the UN's own data.
        .target(name: "RepertoireChecks", dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireOfficial"]),
        // The practice database: SQLite (GRDB) by default, behind a protocol; Chinese full-text search.
        .target(
            name: "RepertoireStore",
            dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireOfficial", "RepertoireChecks",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "repertoire",
            dependencies: [
                "RepertoireParsing",
                "RepertoireOfficial",
                "RepertoireChecks",
                "RepertoireStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates a Repertoire-like corpus and measures extraction throughput.
        .executableTarget(name: "repertoire-bench", dependencies: ["RepertoireModel", "RepertoireParsing", "RepertoireStore"]),
        .testTarget(name: "RepertoireModelTests", dependencies: ["RepertoireModel"]),
        .testTarget(name: "RepertoireParsingTests", dependencies: ["RepertoireParsing"]),
        .testTarget(name: "RepertoireOfficialTests", dependencies: ["RepertoireOfficial", "RepertoireParsing", "RepertoireModel"]),
        .testTarget(name: "RepertoireStoreTests", dependencies: ["RepertoireStore", "RepertoireParsing", "RepertoireModel", "RepertoireOfficial",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RepertoireChecksTests", dependencies: ["RepertoireChecks", "RepertoireOfficial", "RepertoireParsing", "RepertoireModel"]),
    ]
)
