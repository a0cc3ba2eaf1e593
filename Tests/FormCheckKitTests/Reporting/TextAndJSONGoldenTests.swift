import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Each reporter's output for one fixed result, compared with a golden file in `Golden/`.
/// The duration and the tool's version are replaced by placeholders before comparing.
/// Re-record after an intended change with `FORMCHECK_RECORD=1 swift test --filter TextAndJSONGoldenTests`.
@Suite struct TextAndJSONGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["FORMCHECK_RECORD"] == "1"

    static func range(_ line: Int, _ column: Int, to endColumn: Int, offset: Int = 0) -> SourceRange {
        SourceRange(
            start: SourceLocation(line: line, column: column, offset: offset),
            end: SourceLocation(line: line, column: endColumn, offset: offset + endColumn - column))
    }

    /// Two files with findings of every severity, one clean file; a source line with an
    /// emoji before the range (columns count scalars), a finding with related locations,
    /// and one at the start of an empty line.
    static let result = LintResult(
        files: [
            .init(path: "pages/squat.md", diagnostics: [
                Diagnostic(
                    ruleID: "difficulty-value", severity: .error,
                    message: "Difficulty \"Expert\" is not an allowed value; expected one of: Beginner, Intermediate, Advanced",
                    path: "pages/squat.md", range: range(11, 19, to: 25, offset: 400), sectionPath: ["Quick answer"],
                    expected: "Beginner, Intermediate, Advanced", found: "Expert", sourceLine: "- **Difficulty:** Expert"),
                Diagnostic(
                    ruleID: "unknown-field", severity: .warning, message: "unknown field 'Reps'",
                    path: "pages/squat.md", range: range(13, 5, to: 9, offset: 450), sectionPath: ["Quick answer"],
                    found: "Reps", sourceLine: "- **Reps:** 10"),
                Diagnostic(
                    ruleID: "summary-matches", severity: .info, message: "the summary says 'legs'; Body Part is 'Arms'",
                    path: "pages/squat.md", range: range(5, 6, to: 10, offset: 90), sectionPath: ["Quick answer"],
                    expected: "Arms", found: "legs",
                    related: [RelatedLocation(message: "Body Part is set here", range: range(7, 18, to: 22, offset: 150))],
                    sourceLine: "🏋️ A legs move."),
            ]),
            .init(path: "pages/clean.md", diagnostics: []),
            .init(path: "pages/empty.md", diagnostics: [
                Diagnostic(
                    ruleID: "required-sections", severity: .error, message: "page has no title (a level-1 heading)",
                    path: "pages/empty.md", range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))),
            ]),
        ],
        duration: 1.234)

    /// The output with the run's duration and the tool's version made constant.
    static func normalized(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\"version\" : \"\(FormCheckVersion.current)\"", with: "\"version\" : \"<version>\"")
        text = text.replacingOccurrences(of: #" in \d+\.\d\ds"#, with: " in 0.00s", options: .regularExpression)
        return text
    }

    /// The golden text, recording `actual` first when FORMCHECK_RECORD=1.
    static func golden(_ name: String, actual: String) throws -> String {
        let url = golden.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func textReporterMatchesGolden() throws {
        let actual = Self.normalized(TextReporter().report(Self.result))
        #expect(actual == (try Self.golden("text-report.txt", actual: actual)))
    }

    @Test func colouredTextReporterMatchesGolden() throws {
        let actual = Self.normalized(TextReporter(color: true).report(Self.result))
        #expect(actual.contains("\u{1B}["))
        #expect(actual == (try Self.golden("text-report-color.txt", actual: actual)))
    }

    @Test func jsonReporterMatchesGoldenStructurally() throws {
        let actual = Self.normalized(JSONReporter().report(Self.result))
        let expected = try Self.golden("json-report.json", actual: actual)
        let actualObject = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSDictionary
        let expectedObject = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
        #expect(actualObject != nil)
        #expect(actualObject == expectedObject)
    }

    @Test func normalizationReplacesOnlyDurationAndVersion() {
        #expect(Self.normalized("Checked 1 file (1 clean) in 12.34s: 0 errors.") == "Checked 1 file (1 clean) in 0.00s: 0 errors.")
        #expect(Self.normalized("\"version\" : \"\(FormCheckVersion.current)\"") == "\"version\" : \"<version>\"")
        #expect(Self.normalized("\"version\" : 1") == "\"version\" : 1")
    }
}
