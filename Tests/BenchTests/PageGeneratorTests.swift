import Foundation
import Testing
import TestSupport
import FormCheckKit
@testable import formcheck_bench

/// The generated pages must be what the benchmark claims: deterministic, seed-like (clean
/// under the built-in pack), and with defects that the pack really reports.
@Suite struct PageGeneratorTests {
    static let ruleSet = try! PackLoader.load(PackLoader.defaultPack)

    private func pages(_ count: Int, exercises: [Exercise], seed: UInt64 = 7, defects: Double) -> [String] {
        let generator = PageGenerator(exercises: exercises, seed: seed, defectRate: defects)
        var random = SplitMix64(seed: seed)
        return (0..<count).map { generator.page($0, using: &random) }
    }

    private func builtinExercises() -> [Exercise] {
        var random = SplitMix64(seed: 1)
        return (0..<50).map { _ in Vocabulary.randomExercise(using: &random) }
    }

    private func findings(_ page: String) -> [Diagnostic] {
        Linter(ruleSet: Self.ruleSet).lint(MarkdownParser.parse(SourceFile(path: "page.md", text: page)))
    }

    @Test func sameSeedGivesSamePagesAndAnotherSeedDoesNot() {
        let exercises = builtinExercises()
        #expect(pages(20, exercises: exercises, defects: 0.5) == pages(20, exercises: exercises, defects: 0.5))
        #expect(pages(20, exercises: exercises, defects: 0.5) != pages(20, exercises: exercises, seed: 8, defects: 0.5))
    }

    @Test func cleanPagesFromTheBuiltinListsHaveNoFinding() {
        for page in pages(200, exercises: builtinExercises(), defects: 0) {
            let found = findings(page)
            #expect(found.isEmpty, "\(found.map { "\($0.range.start.line): \($0.message)" })\n\(page)")
        }
    }

    // Reads the real catalog from the shared data folder; skipped when it is absent.
    @Test(.enabled(if: SharedFolder.has("data/free-exercise-db/exercises.json"), SharedFolder.missing("data/free-exercise-db/exercises.json")))
    func cleanPagesFromTheCatalogHaveNoFinding() throws {
        let catalog = try Catalog.load().get()
        #expect(catalog.count > 800)
        for page in pages(catalog.count, exercises: catalog, defects: 0) {
            let found = findings(page)
            #expect(found.isEmpty, "\(found.map { "\($0.range.start.line): \($0.message)" })\n\(page)")
        }
    }

    /// The rule of the built-in pack that must report each defect.
    private static func rule(reporting defect: PageGenerator.Defect) -> String {
        switch defect {
        case .misspelledSection: "required-sections"
        case .wrongCaseEquipment: "equipment-value"
        case .unknownDifficulty: "difficulty-value"
        case .skippedStep: "steps"
        case .oneTip: "tips"
        case .contradictingSummary: "summary-profile"
        case .wrongMuscleLink: "related-links"
        }
    }

    @Test func everyDefectIsReportedByItsRule() throws {
        let generator = PageGenerator(exercises: builtinExercises(), seed: 7, defectRate: 1)
        var random = SplitMix64(seed: 7)
        var seen: Set<String> = []
        for index in 0..<150 {
            let page = generator.generatedPage(index, using: &random)
            let defect = try #require(page.defect)
            let expected = Self.rule(reporting: defect)
            seen.insert(expected)
            let found = findings(page.text).map(\.ruleID)
            #expect(found.contains(expected), "\(defect): expected a finding of \(expected), got \(found)\n\(page.text)")
        }
        #expect(seen.count == PageGenerator.Defect.allCases.count, "defects drawn: \(seen.sorted())")
    }

    @Test func pagesAreWrittenWithTheirSize() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = PageGenerator(exercises: builtinExercises(), seed: 3, defectRate: 0)
        let bytes = try generator.write(count: 60, into: directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }
        #expect(files.count == 60)
        let total = try files.reduce(0) { $0 + (try Data(contentsOf: directory.appendingPathComponent($1))).count }
        #expect(total == bytes)
    }
}
