import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A finding on a very long line keeps and prints a window of it, with the caret still
/// under the finding.
@Suite struct LongLineExcerptTests {
    static let pack = "pack: t\nrules:\n  - id: no-bad\n    check: text\n    forbid: [badword]\n"

    func lint(_ line: String) throws -> Diagnostic {
        let ruleSet = try PackLoader.load(text: Self.pack, path: "t.yml")
        let diagnostics = Linter(ruleSet: ruleSet).lint(MarkdownParser.parse(SourceFile(path: "p.md", text: "# T\n\n\(line)\n")))
        return try #require(diagnostics.first { $0.ruleID == "no-bad" })
    }

    /// The marker line's caret sits under the first letter of "badword" in the printed line.
    func caretIsUnderTheWord(_ diagnostic: Diagnostic) {
        let text = TextReporter().report(LintResult(files: [.init(path: "p.md", diagnostics: [diagnostic])]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let source = lines.firstIndex(where: { $0.hasPrefix(" 3 | ") }) else {
            Issue.record("no source line in \(text)")
            return
        }
        let printed = Array(lines[source].unicodeScalars)
        let marker = Array(lines[source + 1].unicodeScalars)
        let caret = marker.firstIndex(of: "^") ?? -1
        #expect(String(String.UnicodeScalarView(printed[caret..<min(caret + 7, printed.count)])) == "badword")
    }

    @Test func middleOfAMegabyteLine() throws {
        let line = String(repeating: "word ", count: 200_000) + "badword " + String(repeating: "é ", count: 100_000)
        let diagnostic = try lint(line)
        #expect(diagnostic.range.start.column == 1_000_001)
        #expect(diagnostic.sourceLine.unicodeScalars.count == SourceLineExcerpt.limit + 2)
        #expect(diagnostic.sourceLine.hasPrefix("…") && diagnostic.sourceLine.hasSuffix("…"))
        caretIsUnderTheWord(diagnostic)
    }

    @Test func startAndEndOfALongLine() throws {
        let tail = String(repeating: "x", count: 1_000)
        let atStart = try lint("badword " + tail)
        #expect(atStart.sourceLineColumn == 1)
        #expect(!atStart.sourceLine.hasPrefix("…") && atStart.sourceLine.hasSuffix("…"))
        caretIsUnderTheWord(atStart)
        let atEnd = try lint(tail + " badword")
        #expect(atEnd.sourceLine.hasPrefix("…") && !atEnd.sourceLine.hasSuffix("…"))
        caretIsUnderTheWord(atEnd)
    }

    @Test func shortLinesAreKeptWhole() throws {
        let diagnostic = try lint("A badword here.")
        #expect(diagnostic.sourceLine == "A badword here.")
        #expect(diagnostic.sourceLineColumn == 1)
    }
}
