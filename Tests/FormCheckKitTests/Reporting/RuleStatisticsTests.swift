import Testing
@testable import FormCheckCore
@testable import FormCheckEngine
@testable import FormCheckReporting

/// `lint --statistics`' table: counts, pages, fix levels and severities per rule.
@Suite struct RuleStatisticsTests {
    static func finding(_ rule: String, _ path: String, _ severity: Severity = .error, fix: FixApplicability? = nil, suggestion: Bool = false) -> Diagnostic {
        let range = SourceRange(at: FormCheckCore.SourceLocation(line: 1, column: 1, offset: 0))
        return Diagnostic(
            ruleID: rule, severity: severity, message: "m", path: path, range: range,
            fix: fix.map { Fix(replacing: range, with: "x", applicability: $0) },
            suggestion: suggestion ? Fix(replacing: range, with: "y", applicability: .suggestion) : nil)
    }

    @Test func rowsCountFindingsPagesFixLevelsAndSeverities() {
        let result = LintResult(files: [
            .init(path: "a.md", diagnostics: [
                Self.finding("case", "a.md", .warning, fix: .safe),
                Self.finding("case", "a.md", .warning, fix: .unsafe),
                Self.finding("links/broken", "a.md"),
            ]),
            .init(path: "b.md", diagnostics: [
                Self.finding("case", "b.md", .error, fix: .safe),
                Self.finding("wording", "b.md", .info, suggestion: true),
            ]),
            .init(path: "c.md", diagnostics: []),
        ])
        let table = RuleStatistics(result)
        #expect(table.files == 3)
        #expect(table.filesWithFindings == 2)
        #expect(table.rows == [
            .init(ruleID: "case", findings: 3, pages: 2, fixable: [.safe: 2, .unsafe: 1], severities: [.error, .warning]),
            .init(ruleID: "links/broken", findings: 1, pages: 1, fixable: [:], severities: [.error]),
            .init(ruleID: "wording", findings: 1, pages: 1, fixable: [.suggestion: 1], severities: [.info]),
        ])
        #expect(table.rows[0].fixable(.suggestion) == 0)
    }

    @Test func aCleanRunHasNoRows() {
        let table = RuleStatistics(LintResult(files: [.init(path: "a.md", diagnostics: [])]))
        #expect(table.rows.isEmpty)
        #expect(table.filesWithFindings == 0)
    }
}
