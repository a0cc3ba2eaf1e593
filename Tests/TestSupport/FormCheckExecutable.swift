import Foundation

/// The `formcheck` binary that `swift test` builds next to the test bundle: the one place
/// the CLI tests look for it.
public enum FormCheckExecutable {
    /// The binary in the products directory: next to the test bundle (Linux: the
    /// `.xctest` file; macOS: the `.xctest` bundle), else `.build/debug`.
    public static let url: URL? = {
        var directories: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        directories.append(PackageRoot.url.appendingPathComponent(".build/debug"))
        return directories.map { $0.appendingPathComponent("formcheck") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}
