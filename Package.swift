// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FormCheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FormCheckKit", targets: ["FormCheckKit"]),
        .library(name: "FormCheckLSP", targets: ["FormCheckLSP"]),
        .executable(name: "formcheck", targets: ["formcheck"]),
        .executable(name: "formcheck-bench", targets: ["formcheck-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        // SHA-256 of page contents and rule packs for the page cache (already in the graph through AsyncHTTPClient).
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // One target per layer (docs/architecture.md): a layer imports only the layers below it.
        .target(name: "FormCheckCore", dependencies: ["CYAML"]),
        .target(name: "FormCheckDocument", dependencies: ["FormCheckCore", "CCmarkGFM"]),
        .target(
            name: "FormCheckRules",
            dependencies: ["FormCheckCore", "FormCheckDocument"],
            plugins: ["EmbedPacks"]
        ),
        .target(name: "FormCheckLinks", dependencies: ["FormCheckCore", "FormCheckDocument"]),
        // The online half of the link check, the one target that opens connections. Only the
        // command line links it: the library layers, the fuzzers and the servers have no HTTP
        // client to reach the network with, and build without SwiftNIO.
        .target(
            name: "FormCheckOnline",
            dependencies: [
                "FormCheckLinks",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "FormCheckEngine",
            dependencies: [
                "FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckLinks",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FormCheckReporting",
            dependencies: [
                "FormCheckCore",
                "FormCheckDocument",
                "FormCheckRules",
                "FormCheckLinks",
                "FormCheckEngine",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedPacks"]
        ),
        // The language server (`formcheck lsp`): protocol types, framing, the server loop.
        .target(name: "FormCheckLSP", dependencies: ["FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckEngine"]),
        // The MCP server (`formcheck mcp`): the tools over the session, on the MCP Swift SDK.
        .target(
            name: "FormCheckMCP",
            dependencies: [
                "FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckLinks", "FormCheckEngine", "FormCheckReporting",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        // Every layer in one import, for library users, the benchmark and the fuzzers.
        .target(
            name: "FormCheckKit",
            dependencies: [
                "FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckLinks",
                "FormCheckEngine", "FormCheckReporting",
            ]
        ),
        // Rules/*.yml (into FormCheckRules) and Templates/*.mustache (into FormCheckReporting)
        // are compiled into the library by this plugin and tool.
        .executableTarget(name: "embed-packs"),
        .plugin(name: "EmbedPacks", capability: .buildTool(), dependencies: ["embed-packs"]),
        // The git commit of the build, for `formcheck --version` ("unknown" without .git).
        .plugin(name: "BuildCommit", capability: .buildTool()),
        .executableTarget(
            name: "formcheck",
            dependencies: [
                "FormCheckKit",
                "FormCheckOnline",
                "FormCheckLSP",
                "FormCheckMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildCommit"]
        ),
        // The benchmark (`make bench`). It generates exercise pages, so it lives outside
        // Sources/, which holds only the domain-free engine and CLI. CCmarkGFM is listed so the
        // bench can time cmark-gfm's bare parse next to FormCheck's; no package dependency.
        .executableTarget(
            name: "formcheck-bench",
            dependencies: ["FormCheckKit", "CCmarkGFM"],
            path: "Benchmarks/formcheck-bench"
        ),
        // What every test target shares: the package root, ../shared, the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "FormCheckKitTests",
            dependencies: [
                "TestSupport",
                "FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckLinks",
                "FormCheckEngine", "FormCheckReporting", "FormCheckOnline",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            // Golden files are read through #filePath and re-recorded in place.
            exclude: ["Reporting/Golden"]
        ),
        .testTarget(
            name: "formcheckTests",
            // "formcheck" so that `swift test` builds the binary these tests run.
            dependencies: ["FormCheckKit", "formcheck", "TestSupport"]
        ),
        .testTarget(
            name: "FormCheckLSPTests",
            dependencies: ["FormCheckCore", "FormCheckDocument", "FormCheckRules", "FormCheckEngine", "FormCheckLSP", "TestSupport"]
        ),
        .testTarget(
            name: "FormCheckMCPTests",
            dependencies: ["FormCheckCore", "FormCheckEngine", "FormCheckReporting", "FormCheckMCP", "TestSupport"]
        ),
        .testTarget(
            name: "BenchTests",
            dependencies: ["formcheck-bench", "FormCheckKit", "TestSupport"]
        ),
    ]
)
