import Foundation

/// Findings recorded on purpose so a team can adopt FormCheck on an existing catalog:
/// `lint --baseline FILE` reports only findings not in it. Entries match by
/// ``Fingerprint`` (rule, file, normalised message), never by line, so unrelated edits
/// don't resurface them; each entry hides one finding, so a second copy still shows.
public struct Baseline: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public struct Entry: Codable, Sendable, Hashable {
        public var fingerprint: String
        public var rule: String
        public var file: String
        public var message: String
    }

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot read baseline: \(reason)" }
    }

    public var version: Int
    public var findings: [Entry]

    /// Today's findings, sorted so the file diffs well.
    public init(result: LintResult) {
        version = Self.currentVersion
        findings = result.diagnostics.map {
            Entry(fingerprint: Fingerprint.of($0), rule: $0.ruleID, file: Fingerprint.normalisedPath($0.path), message: $0.message)
        }.sorted { ($0.file, $0.rule, $0.message) < ($1.file, $1.rule, $1.message) }
    }

    public static func load(_ path: String) throws(LoadError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(path: path, reason: "no such file") }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw LoadError(path: path, reason: "not a FormCheck baseline (\(error))")
        }
        guard baseline.version == currentVersion else {
            throw LoadError(path: path, reason: "version \(baseline.version), expected \(currentVersion)")
        }
        return baseline
    }

    public var json: String {
        (try? JSONDocument.text(self)) ?? "{}\n"
    }

    /// The result without the findings this baseline holds, and how many were hidden.
    public func filter(_ result: LintResult) -> (result: LintResult, hidden: Int) {
        var remaining = findings.reduce(into: [String: Int]()) { $0[$1.fingerprint, default: 0] += 1 }
        var hidden = 0
        var filtered = result
        for index in filtered.files.indices {
            filtered.files[index].diagnostics.removeAll { diagnostic in
                let fingerprint = Fingerprint.of(diagnostic)
                guard let count = remaining[fingerprint], count > 0 else { return false }
                remaining[fingerprint] = count - 1
                hidden += 1
                return true
            }
        }
        return (filtered, hidden)
    }
}
