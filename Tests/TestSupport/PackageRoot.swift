import Foundation
import Testing

/// Where the tests find the package and the folders beside it. The one place that turns
/// `#filePath` into the package root: every test target depends on this target.
public enum PackageRoot {
    /// The package root (this file is `Tests/TestSupport/PackageRoot.swift`).
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` under the package root, as a path.
    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).standardizedFileURL.path
    }
}

/// The shared material next to the package (`../shared`: the seed page, the SARIF schema,
/// the public-domain exercise data), which the repository never copies. Tests that read it
/// are skipped with `SharedFolder.missing` as their reason where it is absent.
public enum SharedFolder {
    /// `../shared`, relative to the package root.
    public static let url = PackageRoot.url.appendingPathComponent("../shared").standardizedFileURL

    /// `relative` inside the shared folder, as a path (which may not exist).
    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).standardizedFileURL.path
    }

    /// Whether `relative` exists inside the shared folder.
    public static func has(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// The seed page.
    public static let seedPage = path("seed/leg-up-hamstring-stretch.md")
    /// The SARIF 2.1.0 JSON schema.
    public static let sarifSchema = path("schemas/sarif-schema-2.1.0.json")
    /// The free-exercise-db records.
    public static let exerciseData = path("data/free-exercise-db/exercises.json")

    /// The skip reason of a test that needs `relative`.
    public static func missing(_ relative: String) -> Comment {
        Comment(rawValue: "needs ../shared/\(relative) next to the package (\(path(relative)) is absent)")
    }
}
