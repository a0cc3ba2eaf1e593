import Foundation
import Testing
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
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Catalog.defaultPath), "free-exercise-db catalog not on this machine"))
    func cleanPagesFromTheCatalogHaveNoFinding() throws {
        let catalog = try Catalog.load().get()
        #expect(catalog.count > 800)
        for page in pages(catalog.count, exercises: catalog, defects: 0) {
            let found = findings(page)
            #expect(found.isEmpty, "\(found.map { "\($0.range.start.line): \($0.message)" })\n\(page)")
        }
    }

    @Test func everyDefectIsReported() {
        for page in pages(100, exercises: builtinExercises(), defects: 1) {
            #expect(!findings(page).isEmpty, "\(page)")
        }
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
