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
            dependencies: ["CCmarkGFM", "CYAML"]
        ),
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
            exclude: ["Reporting/Golden"]
        ),
        .testTarget(
            name: "formcheckTests",
            dependencies: ["FormCheckKit", "formcheck"]
        ),
    ]
)
