import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct SourceSnippetTests {
    func snippet(_ text: String, line: Int, from start: Int, to end: Int, endLine: Int? = nil) -> String? {
        let file = SourceFile(path: "t.yml", text: text)
        let range = SourceRange(
            start: file.location(line: line, column: start),
            end: file.location(line: endLine ?? line, column: end))
        return SourceSnippet(file: file, range: range)?.rendered()
    }

    @Test func caretAndTildesUnderTheRange() {
        #expect(snippet("a: 1\n  key: value\n", line: 2, from: 3, to: 6) == "  key: value\n  ^~~")
    }

    @Test func emptyRangeIsACaretOnly() {
        #expect(snippet("abc\n", line: 1, from: 2, to: 2) == "abc\n ^")
    }

    @Test func multiLineRangeRunsToTheEndOfTheFirstLine() {
        #expect(snippet("k: |\n  x\n", line: 1, from: 2, to: 4, endLine: 2) == "k: |\n ^~~")
    }

    @Test func tabsAreCopiedAndScalarsCountOneSpace() {
        #expect(snippet("\tñ😀: bad\n", line: 1, from: 6, to: 9) == "\tñ😀: bad\n\t    ^~~")
    }

    @Test func lineOutsideTheFileHasNoSnippet() {
        let file = SourceFile(path: "t.yml", text: "a\n")
        let far = SourceLocation(line: 9, column: 1, offset: 2)
        #expect(SourceSnippet(file: file, range: SourceRange(at: far)) == nil)
    }
}
