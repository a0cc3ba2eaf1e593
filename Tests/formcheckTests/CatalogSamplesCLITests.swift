import Foundation
import Testing

/// `Samples/catalog/` linted with its own configuration (page types, the built-in listing
/// and comparison packs): exactly the seeded defects of `bad/`; an exercise page changed
/// in a copy makes the listings and comparisons that name it stale, each finding pointing
/// at the changed page, with or without `--changed-since`.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct CatalogSamplesCLITests {
    static let catalog = FormCheckBinary.root.appendingPathComponent("Samples/catalog")

    struct Finding: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var rule: String
        var related: [String]
        var message: String
        var description: String { "\(file):\(line):\(column) \(rule) \(related) \(message)" }
    }

    /// The findings of `lint --format json` run in `directory`, files relative to it.
    static func findings(_ arguments: [String], in directory: URL) throws -> (status: Int32, findings: [Finding], summary: [String: Any]) {
        let cli = FormcheckProcess(existing: directory)
        let run = try cli.run(["lint", "--format", "json"] + arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let items = object["findings"] as? [[String: Any]] ?? []
        let findings = items.map { item in
            let start = (item["range"] as? [String: Any])?["start"] as? [String: Int] ?? [:]
            let related = (item["related"] as? [[String: Any]] ?? []).map { related in
                let position = (related["range"] as? [String: Any])?["start"] as? [String: Int] ?? [:]
                return "\(related["file"] as? String ?? "-"):\(position["line"] ?? 0):\(position["column"] ?? 0)"
            }
            return Finding(
                file: item["file"] as? String ?? "", line: start["line"] ?? 0, column: start["column"] ?? 0,
                rule: item["rule"] as? String ?? "", related: related, message: item["message"] as? String ?? "")
        }
        return (run.status, findings, object["summary"] as? [String: Any] ?? [:])
    }

    /// A copy of the sample catalog in a scratch folder.
    static func copy() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-catalog-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: catalog, to: target)
        return target
    }

    @Test func theSampleCatalogGivesExactlyTheSeededDefects() throws {
        let (status, findings, summary) = try Self.findings(["."], in: Self.catalog)
        #expect(status == 1)
        // Every `bad/NAME.expected` lists `LINE:COLUMN RULE-ID` of the page's findings.
        var expected: [String] = []
        let bad = Self.catalog.appendingPathComponent("bad")
        for name in try FileManager.default.contentsOfDirectory(atPath: bad.path).sorted() where name.hasSuffix(".expected") {
            let page = "./bad/" + name.dropLast(".expected".count) + ".md"
            let text = try String(contentsOf: bad.appendingPathComponent(name), encoding: .utf8)
            expected += text.split(separator: "\n").map { "\(page):\($0)" }
        }
        #expect(expected.count == 4)
        #expect(findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" }.sorted() == expected.sorted(), "\(findings)")
        #expect(summary["files"] as? Int == 13)
        #expect(summary["skipped"] as? Int == 0)
    }

    @Test func theDefectsAreReportedWithTheirPlaces() throws {
        let (_, findings, _) = try Self.findings(["."], in: Self.catalog)
        let messages = Dictionary(findings.map { ($0.file, $0) }) { first, _ in first }
        #expect(messages["./bad/listing-stale-attribute.md"]?.message == "'Box Jump' is listed with Body Part 'Full Body' but its page says Body Part 'Legs'")
        #expect(messages["./bad/listing-stale-attribute.md"]?.related == ["./exercises/box-jump.md:7:18"])
        #expect(messages["./bad/listing-wrong-count.md"]?.message == "'Barbell (2 exercises)' says 2 but 1 entry is listed under it")
        #expect(messages["./bad/listing-unknown-name.md"]?.message == "no exercise page is titled 'Goblet Squats'; did you mean 'Goblet Squat'?")
        #expect(messages["./bad/compare-row-disagrees.md"]?.message == "'Goblet Squat' is listed with Difficulty 'Intermediate' but its page says Difficulty 'Beginner'")
        #expect(messages["./bad/compare-row-disagrees.md"]?.related == ["./exercises/goblet-squat.md:11:19"])
    }

    static let changedPage = "exercises/goblet-squat.md"

    /// The copy with Goblet Squat's Difficulty changed from Beginner to Intermediate.
    static func changeDifficulty(in directory: URL) throws {
        let url = directory.appendingPathComponent(changedPage)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "- **Difficulty:** Beginner", with: "- **Difficulty:** Intermediate")
            .write(to: url, atomically: true, encoding: .utf8)
    }

    /// The stale entries and rows after the change: on every listing and comparison that
    /// names Goblet Squat with its old difficulty, each with a related location at the
    /// changed field.
    static let staleAfterChange = [
        "./compare/barbell-back-squat-vs-goblet-squat.md:12:31",
        "./listings/beginner.md:13:22",
        "./listings/dumbbell.md:15:22",
        "./listings/quads.md:15:22",
        "./bad/listing-stale-attribute.md:15:22",
        "./bad/listing-wrong-count.md:15:22",
    ]

    @Test func changingAnExercisePageMakesItsListingsAndComparisonsStale() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = Set(try Self.findings(["."], in: directory).findings)
        try Self.changeDifficulty(in: directory)
        let after = try Self.findings(["."], in: directory)
        #expect(after.status == 1)
        let appeared = after.findings.filter { !before.contains($0) }
        let stale = appeared.filter { $0.related.contains("./\(Self.changedPage):11:19") }
        #expect(stale.map { "\($0.file):\($0.line):\($0.column)" }.sorted() == Self.staleAfterChange.sorted(), "\(appeared)")
        #expect(stale.allSatisfy { $0.message.hasSuffix("but its page says Difficulty 'Intermediate'") })
        // The beginner listings now claim one more beginner exercise than the catalog has.
        let counts = appeared.filter { $0.message.hasPrefix("the page says 3 but the catalog has 2 pages with Difficulty 'Beginner'") }
        #expect(counts.map(\.file).sorted() == ["./bad/listing-unknown-name.md", "./listings/beginner.md"])
        // The defective comparison row now agrees with the page.
        let gone = before.subtracting(after.findings)
        #expect(gone.map(\.file) == ["./bad/compare-row-disagrees.md"])
    }

    func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments) failed")
    }

    @Test func aChangedExercisePageFailsAChangedSinceRun() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("bad"))
        try git(["init", "-q"], in: directory)
        try git(["add", "."], in: directory)
        try git(["commit", "-q", "-m", "base"], in: directory)
        let clean = try Self.findings(["--changed-since", "HEAD", "."], in: directory)
        #expect(clean.status == 0)
        #expect(clean.findings.isEmpty)

        try Self.changeDifficulty(in: directory)
        let run = try Self.findings(["--changed-since", "HEAD", "."], in: directory)
        #expect(run.status == 1)
        // Only the changed page is linted, yet the listings that disagree with it are reported.
        let stale = run.findings.filter { $0.related.contains("./\(Self.changedPage):11:19") }
        #expect(stale.map { "\($0.file):\($0.line):\($0.column)" }.sorted() == Self.staleAfterChange.filter { !$0.hasPrefix("./bad/") }.sorted())
        #expect(run.summary["files"] as? Int ?? 0 >= 1)
    }
}

extension FormcheckProcess {
    /// Runs the binary in an existing folder (nothing written, nothing removed).
    init(existing directory: URL) { self.directory = directory }
}
