import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// One fixed lint result that every reporter's golden file renders: an error with a related
/// location on a line with CJK text (UTF-16 and scalar columns differ), a warning whose
/// message needs escaping in every format, an info, and a clean file.
enum ReporterFixture {
    static func location(_ line: Int, _ column: Int, _ offset: Int) -> FormCheckCore.SourceLocation {
        FormCheckCore.SourceLocation(line: line, column: column, offset: offset)
    }

    static let result: LintResult = {
        let error = Diagnostic(
            ruleID: "summary-consistent", severity: .error,
            message: #"summary says "dumbbell" but Equipment is "Body Weight""#, path: "./content/leg-up.md",
            range: SourceRange(start: location(12, 5, 300), end: location(12, 13, 310)),
            sectionPath: ["Summary"], expected: "Body Weight", found: "dumbbell",
            related: [RelatedLocation(
                message: "Equipment is set here", range: SourceRange(start: location(4, 16, 60), end: location(4, 27, 71)),
                utf16Columns: UTF16Columns(start: 16, end: 27))],
            sourceLine: "日本 😀 dumbbell curls", utf16Columns: UTF16Columns(start: 6, end: 14))
        let warning = Diagnostic(
            ruleID: "field-format", severity: .warning,
            message: "value 100% off, see: <a & b> | c\nsecond line", path: "content/leg-up.md",
            range: SourceRange(start: location(20, 1, 400), end: location(20, 9, 408)),
            sourceLine: "100% off", utf16Columns: UTF16Columns(start: 1, end: 9))
        let info = Diagnostic(
            ruleID: "unused-suppression", severity: .info, message: "suppression of 'x' suppresses nothing",
            path: "content/leg-up.md", range: SourceRange(start: location(30, 1, 500), end: location(30, 30, 529)),
            sourceLine: "<!-- formcheck-disable x -->", utf16Columns: UTF16Columns(start: 1, end: 30))
        return LintResult(
            files: [
                .init(path: "./content/leg-up.md", diagnostics: [error, warning, info]),
                .init(path: "content/clean, page.md", diagnostics: []),
            ],
            duration: 0.25)
    }()

    static let context = ReportContext(
        rules: [
            .init(id: "summary-consistent", severity: .error, description: "The summary agrees with the fields.\nLonger text.",
                  link: "https://example.com/rules/summary-consistent"),
            .init(id: "field-format", severity: .warning, description: "Fields are well formed."),
            .init(id: "never-fires", severity: .info),
        ],
        toolVersion: "9.9.9")
}

/// Golden files in `Golden/`; `FORMCHECK_RECORD=1 swift test` rewrites them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["FORMCHECK_RECORD"] == "1" }

    /// The version is a placeholder so releases don't churn the golden files.
    /// So is the duration (the fixture's is fixed, but a real run's is not).
    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "9.9.9", with: "{{VERSION}}")
            .replacingOccurrences(of: "\"\(FormCheckVersion.current)\"", with: "\"{{VERSION}}\"")
            .replacingOccurrences(of: #"in [0-9]+\.[0-9]+s"#, with: "in {{DURATION}}", options: .regularExpression)
            .replacingOccurrences(of: #"time="[0-9.]+""#, with: #"time="{{DURATION}}""#, options: .regularExpression)
    }

    /// Returns the recorded text, recording `actual` first when asked to (or when missing).
    static func expected(_ name: String, actual: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try normalise(actual).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without FORMCHECK_RECORD to compare")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func json(_ text: String) throws -> NSObject {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as! NSObject
    }
}
