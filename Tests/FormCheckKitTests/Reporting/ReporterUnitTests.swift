import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct ReporterUnitTests {
    @Test func linterComputesUTF16ColumnsForFindingAndRelated() {
        let document = MarkdownParser.parse(SourceFile(path: "a.md", text: "# T\n\n日本 😀 BAD word\n"))
        let diagnostics = Linter(ruleSet: .words(["no-bad": "BAD"])).lint(document)
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        // "日本 😀 " is 5 scalars but 6 UTF-16 units (the emoji is a surrogate pair).
        #expect(diagnostic.range.start.column == 6)
        #expect(diagnostic.utf16Columns == UTF16Columns(start: 7, end: 10))
        #expect(diagnostic.related.first?.utf16Columns == UTF16Columns(start: 7, end: 10))
    }

    @Test func githubEscapesDataAndProperties() {
        #expect(GitHubReporter.escapeData("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
        let diagnostic = Diagnostic(
            ruleID: "r", severity: .warning, message: "m", path: "./dir/a,b:c.md",
            range: SourceRange(at: FormCheckCore.SourceLocation(line: 3, column: 2, offset: 10)))
        #expect(GitHubReporter.command(diagnostic) == "::warning file=dir/a%2Cb%3Ac.md,line=3,col=2,endLine=3,endColumn=2,title=r::m")
    }

    @Test func sarifURIsAreRelativeAndEncoded() {
        #expect(SARIFReporter.artifact("./content/my page.md") == .init(uri: "content/my%20page.md", uriBaseId: "%SRCROOT%"))
        #expect(SARIFReporter.artifact("content\\x.md") == .init(uri: "content/x.md", uriBaseId: "%SRCROOT%"))
        #expect(SARIFReporter.artifact("/abs/a b.md") == .init(uri: "file:///abs/a%20b.md", uriBaseId: nil))
        #expect(SARIFReporter.name(of: "summary-consistent") == "SummaryConsistent")
    }

    @Test func fingerprintIgnoresLineCaseWhitespaceAndNumbers() {
        let zero = FormCheckCore.SourceLocation(line: 1, column: 1, offset: 0)
        let moved = FormCheckCore.SourceLocation(line: 40, column: 7, offset: 900)
        let a = Diagnostic(ruleID: "r", severity: .error, message: "Found  12 items", path: "./a.md", range: SourceRange(at: zero))
        let b = Diagnostic(ruleID: "r", severity: .error, message: "found 13 items ", path: "a.md", range: SourceRange(at: moved))
        #expect(Fingerprint.of(a) == Fingerprint.of(b))
        #expect(Fingerprint.of(a) != Fingerprint.of(ruleID: "other", path: "a.md", message: "found 12 items"))
        #expect(Fingerprint.of(a) != Fingerprint.of(ruleID: "r", path: "b.md", message: "found 12 items"))
        #expect(Fingerprint.of(a) != Fingerprint.of(ruleID: "r", path: "a.md", message: "found items"))
    }

    @Test func reportContextListsRulesFromTheRuleSet() {
        let context = ReportContext(ruleSet: .words(["b-rule": "b", "a-rule": "a"]))
        #expect(context.rules.map(\.id) == ["a-rule", "b-rule"])
        #expect(context.rules.first?.description == "Flags a.")
    }
}
