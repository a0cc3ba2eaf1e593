import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct SuppressionTests {
    let ruleSet = RuleSet.words(["no-bad": "BAD", "no-ugly": "UGLY"])

    /// Every finding as `line:column rule: message`, so a test asserts all of them, whole.
    func findings(_ markdown: String) -> [String] {
        Linter(ruleSet: ruleSet).lint(MarkdownParser.parse(SourceFile(path: "p.md", text: markdown)))
            .map { "\($0.range.start) \($0.ruleID): \($0.message)" }
    }

    @Test func withoutCommentsEverythingIsReported() {
        #expect(findings("# T\n\nBAD UGLY\n") == ["3:1 no-bad: found \"BAD\"", "3:5 no-ugly: found \"UGLY\""])
    }

    @Test func disableEnableRegion() {
        let page = "# T\n\n<!-- formcheck-disable no-bad -->\n\nBAD UGLY\n\n<!-- formcheck-enable no-bad -->\n\nBAD\n"
        #expect(findings(page) == ["5:5 no-ugly: found \"UGLY\"", "9:1 no-bad: found \"BAD\""])
    }

    @Test func disableWithoutEnableRunsToTheEnd() {
        #expect(findings("# T\n\nBAD\n\n<!-- formcheck-disable no-bad, no-ugly -->\n\nBAD UGLY\n") == ["3:1 no-bad: found \"BAD\""])
    }

    @Test func disableWithoutIDSilencesEveryRule() {
        #expect(findings("# T\n\n<!-- formcheck-disable -->\n\nBAD UGLY\n\n<!-- formcheck-enable -->\n\nUGLY\n") == ["9:1 no-ugly: found \"UGLY\""])
    }

    @Test func disableNextLine() {
        let page = "# T\n\n<!-- formcheck-disable-next-line no-bad -- quoted on purpose -->\nBAD UGLY\n\nBAD\n"
        #expect(findings(page) == ["4:5 no-ugly: found \"UGLY\"", "6:1 no-bad: found \"BAD\""])
    }

    @Test func disableFileAnywhere() {
        #expect(findings("# T\n\nBAD UGLY\n\n<!-- formcheck-disable-file no-ugly -->\n") == ["3:1 no-bad: found \"BAD\""])
    }

    @Test func unusedSuppressionIsAWarningAtTheComment() {
        let lint = Linter(ruleSet: ruleSet).lint(MarkdownParser.parse(SourceFile(path: "p.md", text: "# T\n\n<!-- formcheck-disable-next-line no-ugly -->\nBAD\n")))
        #expect(lint.map { "\($0.range) \($0.severity) \($0.ruleID): \($0.message)" } == [
            "3:1-3:45 warning unused-suppression: formcheck-disable-next-line for 'no-ugly' suppresses nothing; remove it",
            "4:1-4:4 error no-bad: found \"BAD\"",
        ])
    }

    @Test func unusedSuppressionOfAllRules() {
        #expect(findings("# T\n\n<!-- formcheck-disable-file -->\n\nfine\n") == [
            "3:1 unused-suppression: formcheck-disable-file for all rules suppresses nothing; remove it"
        ])
    }

    @Test func unknownRuleIDSuggestsTheClosest() {
        #expect(findings("# T\n\n<!-- formcheck-disable-file no-bda -->\n\nBAD\n") == [
            "3:1 unused-suppression: formcheck-disable-file names unknown rule 'no-bda'; did you mean 'no-bad'?",
            "5:1 no-bad: found \"BAD\"",
        ])
    }

    @Test func enableWithoutDisableIsReported() {
        #expect(findings("# T\n\n<!-- formcheck-enable no-bad -->\n") == [
            "3:1 unused-suppression: formcheck-enable for 'no-bad' has no matching formcheck-disable before it"
        ])
    }

    @Test func otherCommentsAndCodeAreNotDirectives() {
        let page = "# T\n\n<!-- a note about formcheck-disable -->\n\n```\n<!-- formcheck-disable -->\n```\n\nBAD\n"
        #expect(findings(page) == ["9:1 no-bad: found \"BAD\""])
    }

    @Test func disabledByteProblemKindsAreKnownIDs() {
        #expect(findings("# T\n\n<!-- formcheck-disable-file nul-byte -->\n") == [
            "3:1 unused-suppression: formcheck-disable-file for 'nul-byte' suppresses nothing; remove it"
        ])
    }
}
