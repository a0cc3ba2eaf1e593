import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Every rule of the built-in pack that carries examples: `pass` gives none of its
/// findings, `fail` at least one.
@Suite struct PackExampleTests {
    static var rulesWithExamples: [String] {
        builtinLinter.ruleSet.rules.filter { !$0.examples.pass.isEmpty || !$0.examples.fail.isEmpty }.map(\.id)
    }

    @Test(arguments: rulesWithExamples) func examplesBehave(ruleID: String) throws {
        var rule = try #require(builtinLinter.ruleSet.rules.first { $0.id == ruleID })
        rule.enabled = true   // a rule the pack ships off shows what it does once a project turns it on
        var ruleSet = builtinLinter.ruleSet
        ruleSet.rules = [rule]
        let linter = Linter(ruleSet: ruleSet)
        if rule.check is any CatalogCheck {
            // A catalog rule's examples are catalogs: each list is linted as one set of pages.
            func catalog(_ pages: [String]) -> [Diagnostic] {
                linter.lint(catalog: pages.enumerated().map { MarkdownParser.parse(SourceFile(path: "page-\($0 + 1).md", text: $1)) })
            }
            #expect(catalog(rule.examples.pass).map(\.message) == [])
            #expect(!catalog(rule.examples.fail).isEmpty)
            return
        }
        for example in rule.examples.pass {
            #expect(linter.lint(MarkdownParser.parse(SourceFile(path: "pass.md", text: example))).map(\.message) == [])
        }
        for example in rule.examples.fail {
            #expect(!linter.lint(MarkdownParser.parse(SourceFile(path: "fail.md", text: example))).isEmpty, "\(example)")
        }
    }
}
