import Foundation
import Testing

/// The catalog rules through the command line, on `Samples/catalog-drift/` copied into a
/// scratch directory: two variants of one exercise that open alike, an FAQ answer copied
/// between two pages, a page nobody links to (`orphan-page`, turned on by the folder's
/// `.formcheck.yml`).
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct CatalogCLITests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples/catalog-drift").standardized

    /// A scratch directory holding the sample catalog under `catalog/`, config at the top.
    func scratch() throws -> FormcheckProcess {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) where name.hasSuffix(".md") || name == ".formcheck.yml" {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            files[name == ".formcheck.yml" ? name : "catalog/" + name] = text.replacingOccurrences(of: "include: [\"*.md\"]", with: "include: [\"catalog/*.md\"]")
        }
        return try FormcheckProcess(files: files)
    }

    struct Finding: Decodable, Equatable {
        struct Position: Decodable, Equatable { var line: Int; var column: Int }
        struct Range: Decodable, Equatable { var start: Position }
        struct Related: Decodable, Equatable { var file: String?; var range: Range }
        var rule: String
        var file: String
        var range: Range
        var message: String
        var related: [Related]?

        var summary: String {
            "\(file):\(range.start.line):\(range.start.column) \(rule)"
                + (related ?? []).map { " → \($0.file ?? "?"):\($0.range.start.line)" }.joined()
        }
    }

    func findings(_ json: String) throws -> [Finding] {
        struct Report: Decodable { var findings: [Finding] }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).findings
    }

    @Test func wholeCatalogReportsEveryPageInvolved() throws {
        let cli = try scratch()
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--format", "json", "catalog"])
        #expect(outcome.status == 0, "only warnings and info: \(outcome.stderr)")
        let found = try findings(outcome.stdout).filter { $0.rule != "target-muscle-value" }
        #expect(found.map(\.summary) == [
            "catalog/dead-bug.md:1:3 orphan-page",
            "catalog/farmers-walk-distance.md:5:1 near-duplicate-summary → catalog/farmers-walk-time.md:5",
            "catalog/farmers-walk-time.md:5:1 near-duplicate-summary → catalog/farmers-walk-distance.md:5",
            "catalog/front-squat.md:35:1 same-answer → catalog/goblet-squat.md:35",
            "catalog/goblet-squat.md:35:1 same-answer → catalog/front-squat.md:35",
        ])
        #expect(found.first?.message == "no other page of the catalog links to this page (4 other pages checked)")
        #expect(found.dropFirst().first?.message == "the first sentence of 'Quick answer' repeats a sentence of 1 other page")
    }

    @Test func onePageIsComparedWithTheWholeCatalog() throws {
        let cli = try scratch()
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "catalog/farmers-walk-time.md"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(
            "catalog/farmers-walk-time.md:5:1: warning: the first sentence of 'Quick answer' repeats a sentence of 1 other page [near-duplicate-summary]"))
        #expect(outcome.stdout.contains("catalog/farmers-walk-distance.md:5:1: note: the same sentence here"))
        #expect(outcome.stdout.contains("Checked 1 file"))
    }

    @Test func withoutConfigurationTheCatalogIsThePathsGiven() throws {
        let cli = try scratch()
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--no-config", "--format", "json", "catalog/farmers-walk-time.md", "catalog/dead-bug.md"])
        #expect(try findings(outcome.stdout).filter { $0.rule != "target-muscle-value" }.map(\.summary) == [])
    }

    @Test func changedPagesAreComparedWithTheUnchangedOnes() throws {
        let cli = try scratch()
        defer { cli.remove() }
        try ChangedSinceCLITests().git(["init", "-q"], in: cli.directory)
        try ChangedSinceCLITests().git(["add", "."], in: cli.directory)
        try ChangedSinceCLITests().git(["commit", "-q", "-m", "base"], in: cli.directory)
        // The front squat's answer is rewritten: its copy on the goblet squat page is gone.
        let front = try cli.read("catalog/front-squat.md")
        try cli.write("catalog/front-squat.md", front.replacingOccurrences(
            of: "Go as low as you can while your heels stay down", with: "Squat until your hips pass your knees, as long as your heels stay down"))
        // The timed walk is edited elsewhere: its opening still repeats the unchanged page's.
        let walk = try cli.read("catalog/farmers-walk-time.md")
        try cli.write("catalog/farmers-walk-time.md", walk.replacingOccurrences(of: "Breathe steadily", with: "Breathe slowly"))
        let outcome = try cli.run(["lint", "--format", "json", "--changed-since", "HEAD", "catalog"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try findings(outcome.stdout).map(\.summary) == [
            "catalog/farmers-walk-time.md:5:1 near-duplicate-summary → catalog/farmers-walk-distance.md:5",
        ])
    }
}
