// swift-tools-version:6.0
// libFuzzer targets for FormCheck, in a package of their own so that `swift build` and
// `swift test` of the main package never see `-sanitize=fuzzer`. Built and run by
// `make fuzz` (see the Makefile and README "Fuzzing").
import PackageDescription

// libFuzzer's runtime (and its `main`) goes into these executables only. The rest of the
// graph, FormCheckKit included, gets coverage instrumentation from the command line
// (`-sanitize=address -sanitize-coverage=...`, see `make fuzz`): `-sanitize=fuzzer` on the
// command line would also reach the EmbedPacks build tool, which has a `main` of its own.
let fuzzerSwift: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "FormCheckFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "FormCheck", path: "..")],
    targets: [
        // Markdown bytes → document → full lint with the built-in pack → every report format.
        .executableTarget(
            name: "fuzz-markdown",
            dependencies: [.product(name: "FormCheckKit", package: "FormCheck")],
            swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink
        ),
        // Arbitrary bytes as a rule pack file → PackLoader (YAML, includes, compile).
        .executableTarget(
            name: "fuzz-pack",
            dependencies: [.product(name: "FormCheckKit", package: "FormCheck")],
            swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink
        ),
        // A project config file (`.formcheck.yml`) → ProjectConfig.load, the packs it
        // extends, its overrides applied, its globs matched: what `formcheck lint` does.
        .executableTarget(
            name: "fuzz-config",
            dependencies: [.product(name: "FormCheckKit", package: "FormCheck")],
            swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink
        ),
        // Arbitrary bytes to the language server (`formcheck lsp`): as the raw stream,
        // as one framed message, and as the text of an open page asked for hovers,
        // completions and code actions.
        .executableTarget(
            name: "fuzz-lsp",
            dependencies: [.product(name: "FormCheckLSP", package: "FormCheck")],
            swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink
        ),
        // The body of a page cache file (`.formcheck-cache/pages.cache`) → PageCache: records
        // read, checked, reported in every format, the file saved and read back.
        .executableTarget(
            name: "fuzz-cache",
            dependencies: [.product(name: "FormCheckKit", package: "FormCheck")],
            swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink
        ),
    ]
)
