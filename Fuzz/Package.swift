// swift-tools-version: 6.1
// libFuzzer targets for every reader that takes outside bytes. Built apart from the project (its instrumentation
// would slow every other build): `scripts/fuzz.sh` builds and runs them.
import PackageDescription

let package = Package(
    name: "repertoire-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "repertoire", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Bytes as a Repertoire text: decode → layout → blocks → facts, and the facts as JSON.
        .executableTarget(name: "FuzzExtract", dependencies: [.product(name: "RepertoireParsing", package: "repertoire")]),
        // The same, then every check and the diagnostics quoting the lines.
        .executableTarget(name: "FuzzChecks", dependencies: [.product(name: "RepertoireChecks", package: "repertoire"),
                                                             .product(name: "RepertoireParsing", package: "repertoire")]),
        // Bytes as an Akoma Ntoso file (the guard, then Foundation's XML parser).
        .executableTarget(name: "FuzzAKN", dependencies: [.product(name: "RepertoireOfficial", package: "repertoire")]),
        // Bytes as a data_extract vote file.
        .executableTarget(name: "FuzzDataExtract", dependencies: [.product(name: "RepertoireOfficial", package: "repertoire")]),
        // Bytes as a request target (path and query) through the server's router, against the sample database.
        .executableTarget(name: "FuzzRouter", dependencies: [.product(name: "RepertoireServer", package: "repertoire"),
                                                             .product(name: "RepertoireStore", package: "repertoire"),
                                                             .product(name: "Hummingbird", package: "hummingbird"),
                                                             .product(name: "NIOEmbedded", package: "swift-nio")]),
    ]
)
