// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FormCheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FormCheckKit", targets: ["FormCheckKit"]),
        .executable(name: "formcheck", targets: ["formcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .target(
            name: "FormCheckKit",
            dependencies: ["CCmarkGFM", "CYAML"],
            plugins: ["EmbedPacks"]
        ),
        // Rules/*.yml are compiled into the library by this plugin and tool.
        .executableTarget(name: "embed-packs"),
        .plugin(name: "EmbedPacks", capability: .buildTool(), dependencies: ["embed-packs"]),
        .executableTarget(
            name: "formcheck",
            dependencies: [
                "FormCheckKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FormCheckKitTests",
            dependencies: ["FormCheckKit"],
            // Golden files are read through #filePath and re-recorded in place.
            exclude: ["Reporting/Golden"]
        ),
        .testTarget(
            name: "formcheckTests",
            // "formcheck" so that `swift test` builds the binary these tests run.
            dependencies: ["FormCheckKit", "formcheck"]
        ),
    ]
)
