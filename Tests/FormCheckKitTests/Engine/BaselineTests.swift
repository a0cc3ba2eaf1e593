import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct BaselineTests {
    let linter = Linter(ruleSet: .words(["no-bad": "BAD", "no-ugly": "UGLY"]))

    func result(_ pages: [String: String]) -> LintResult {
        LintResult(files: pages.sorted { $0.key < $1.key }.map { path, text in
            .init(path: path, diagnostics: linter.lint(MarkdownParser.parse(SourceFile(path: path, text: text))))
        })
    }

    @Test func recordedFindingsAreHiddenEvenAfterLinesShift() {
        let baseline = Baseline(result: result(["a.md": "# A\n\nBAD\n"]))
        let shifted = baseline.filter(result(["./a.md": "# A\n\nNew intro.\n\nMore.\n\nBAD\n"]))
        #expect(shifted.hidden == 1)
        #expect(shifted.result.diagnostics.isEmpty)
    }

    @Test func newFindingsStillShow() {
        let baseline = Baseline(result: result(["a.md": "# A\n\nBAD\n"]))
        let later = baseline.filter(result(["a.md": "# A\n\nBAD UGLY\n", "b.md": "# B\n\nBAD\n"]))
        #expect(later.hidden == 1)
        #expect(later.result.diagnostics.map { "\($0.path) \($0.ruleID)" } == ["a.md no-ugly", "b.md no-bad"])
    }

    @Test func eachEntryHidesOneFinding() {
        let baseline = Baseline(result: result(["a.md": "# A\n\nBAD\n"]))
        let twice = baseline.filter(result(["a.md": "# A\n\nBAD\n\nBAD\n"]))
        #expect(twice.hidden == 1)
        #expect(twice.result.diagnostics.map(\.range.start.line) == [5])
    }

    @Test func roundTripsThroughJSON() throws {
        let baseline = Baseline(result: result(["a.md": "# A\n\nBAD UGLY\n"]))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try baseline.json.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Baseline.load(file.path) == baseline)
        #expect(baseline.findings.map(\.rule) == ["no-bad", "no-ugly"])
    }

    @Test func badFilesAreLoadErrors() throws {
        #expect(throws: Baseline.LoadError.self) { try Baseline.load("/no/such/baseline.json") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try "{\"version\": 7, \"findings\": []}".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: Baseline.LoadError.self) { try Baseline.load(file.path) }
        #expect(error?.reason == "version 7, expected 1")
    }
}
