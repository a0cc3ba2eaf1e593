import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Fixes (safe and unsafe) and suggestions in the text, JSON and SARIF output.
@Suite struct FixOutputTests {
    static func location(_ column: Int, offset: Int) -> FormCheckCore.SourceLocation { FormCheckCore.SourceLocation(line: 3, column: column, offset: offset) }

    /// `Not quite, it is a beginner-level move.` with "a beginner" to become "an intermediate".
    static let result: LintResult = {
        let line = "Not quite, it is a beginner-level move."
        let highlighted = SourceRange(start: location(20, offset: 40), end: location(28, offset: 48))
        let edited = SourceRange(start: location(18, offset: 38), end: location(28, offset: 48))
        var fixable = Diagnostic(
            ruleID: "level", severity: .error, message: "answer says \"beginner\"", path: "p.md", range: highlighted, sourceLine: line)
        fixable.fix = Fix(replacing: edited, with: "an intermediate")
        var suggested = Diagnostic(
            ruleID: "mention", severity: .warning, message: "names \"move\"", path: "p.md",
            range: SourceRange(start: location(35, offset: 55), end: location(39, offset: 59)), sourceLine: line)
        suggested.suggestion = Fix(edits: [
            Edit(range: SourceRange(start: location(35, offset: 55), end: location(39, offset: 59)), replacement: "lift"),
            Edit(range: SourceRange(at: location(1, offset: 21)), replacement: "Careful. "),
        ])
        var unsafe = Diagnostic(
            ruleID: "value", severity: .warning, message: "did you mean \"Quite\"?", path: "p.md",
            range: SourceRange(start: location(1, offset: 21), end: location(4, offset: 24)), sourceLine: line)
        unsafe.fix = Fix(replacing: unsafe.range, with: "Quite", applicability: .unsafe)
        return LintResult(files: [.init(path: "p.md", diagnostics: [fixable, suggested, unsafe])])
    }()

    @Test func textShowsWhatAFixReplacesAndCountsFixableFindings() {
        let text = TextReporter().report(Self.result)
        #expect(text.contains("\n   fix: replace \"a beginner\" with \"an intermediate\"\n"))
        #expect(text.contains("\n   suggestion: 2 edits (formcheck fix --dry-run shows them)\n"))
        #expect(text.contains("\n   unsafe fix: replace \"Not\" with \"Quite\"\n"))
        #expect(text.hasSuffix("1 error, 2 warnings. 1 fixable with `formcheck fix`, 1 with --unsafe-fixes, 1 suggestion.\n"))
    }

    @Test func jsonCarriesTheEdits() throws {
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(Self.result).utf8)) as? [String: Any]
        let findings = try #require(json?["findings"] as? [[String: Any]])
        let fix = try #require(findings[0]["fix"] as? [[String: Any]])
        #expect(fix.count == 1)
        #expect(fix[0]["replacement"] as? String == "an intermediate")
        let start = (fix[0]["range"] as? [String: Any])?["start"] as? [String: Int]
        #expect(start == ["line": 3, "column": 18])
        #expect(findings[0]["suggestion"] == nil)
        #expect((findings[1]["suggestion"] as? [[String: Any]])?.count == 2)
        #expect(findings[1]["fix"] == nil)
        #expect(json?["version"] as? Int == 2)
        #expect(findings.map { $0["applicability"] as? String } == ["safe", "suggestion", "unsafe"])
        #expect((findings[2]["fix"] as? [[String: Any]])?.first?["replacement"] as? String == "Quite")
    }

    @Test func sarifResultsCarryTheLevel() throws {
        let json = try JSONSerialization.jsonObject(with: Data(SARIFReporter().report(Self.result).utf8)) as? [String: Any]
        let runs = try #require(json?["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.map { ($0["properties"] as? [String: String])?["fixApplicability"] } == ["safe", "suggestion", "unsafe"])
    }
}
