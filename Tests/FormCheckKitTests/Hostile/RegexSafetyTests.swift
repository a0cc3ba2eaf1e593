import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Pack regexes that could backtrack exponentially on a page are refused at load, with
/// their location; ordinary patterns still load.
@Suite struct RegexSafetyTests {
    @Test(arguments: [
        "(a+)+", "(a*)*", "(a+)*", "(?:a|b+)+", "(\\w+\\s?)*", "(.*a){20}", "(x+x+)+y", "((a+))+",
        "(a{2,})+", "(a+){2,5}", "(?i)(ab+)+$", "([a-z]+)*$", "(a+?)+", "(\\d+,?)+$",
    ])
    func refused(_ pattern: String) {
        #expect(RegexSafety.problem(in: pattern) != nil, "\(pattern) was accepted")
    }

    @Test(arguments: [
        "\\bjust\\b", "^[0-9]+$", "(?:left|right)+", "(a+)?", "(ab)+", "a+b*c{2,}", "(?>a+)+", "(a++)+",
        "[(a+)+]", "\\(a+\\)+", "\\Q(a+)+\\E", "(?#note)x+", "[\\]+(]*", "(a{2})+", "(?:\\s*,\\s*)?[A-Z]\\w*",
        "\\p{L}+(?:[-' ]\\p{L}+)?", "^(?:Beginner|Intermediate|Advanced)$", "(a|b)(c+)",
    ])
    func accepted(_ pattern: String) throws {
        #expect(RegexSafety.problem(in: pattern) == nil, "\(pattern): \(RegexSafety.problem(in: pattern) ?? "")")
        _ = try NSRegularExpression(pattern: pattern)
    }

    @Test func messageNamesTheGroupAndBothQuantifiers() {
        #expect(RegexSafety.problem(in: "x(a+)*")
            == "the group at column 2 is repeated by '*' and itself holds '+': backtracking on a long text can take exponential time")
    }

    /// `/…/` in a text rule, `pattern:` in a fields rule and `matches:` in a condition.
    @Test func everyPackRegexIsGuardedWithItsLocation() {
        func errors(_ rule: String) -> [String] {
            do {
                _ = try PackLoader.load(text: "pack: p\nrules:\n  - id: r\n    description: d\n" + rule, path: "pack.yml")
                Issue.record("the pack loaded")
                return []
            } catch {
                return error.errors.map(\.description)
            }
        }
        #expect(errors("    check: text\n    forbid: ['/(a+)+b/']\n") == [
            "pack.yml:6:14: error: unsafe regular expression '(a+)+b': the group at column 1 is repeated by '+' and itself holds '+': backtracking on a long text can take exponential time",
        ])
        #expect(errors("    check: faq\n    section: FAQ\n    question: Why?\n    forbid: ['/(a+)+b/']\n") == [
            "pack.yml:8:14: error: unsafe regular expression '(a+)+b': the group at column 1 is repeated by '+' and itself holds '+': backtracking on a long text can take exponential time",
        ])
        #expect(errors("    check: fields\n    fields: [Reps]\n    pattern: '^(\\d+\\s*)*$'\n").first?
            .hasPrefix("pack.yml:7:14: error: unsafe regular expression '^(\\d+\\s*)*$': the group at column 2") == true)
        #expect(errors("    check: sections\n    required: [A]\n    when: { field: Reps, matches: '(.*,){10}' }\n").first?
            .hasPrefix("pack.yml:7:35: error: unsafe regular expression '(.*,){10}'") == true)
    }

    @Test func safePatternsStillLoadAndMatch() throws {
        let pack = """
            pack: p
            rules:
              - id: t
                check: text
                description: d
                forbid: ['/\\bjust\\b/', '/(?:very|really)+ /']
              - id: f
                check: fields
                description: d
                fields: [Reps]
                pattern: '^[0-9]+(?:-[0-9]+)?$'
                when: { field: Reps, matches: '^\\S+$' }
            """
        let ruleSet = try PackLoader.load(text: pack, path: "pack.yml")
        let document = MarkdownParser.parse(SourceFile(path: "p.md", text: "# T\n\nIt is just fine.\n\n- **Reps:** x\n"))
        let found = Linter(ruleSet: ruleSet).lint(document).map(\.ruleID)
        #expect(found.contains("t"))
        #expect(found.contains("f"))
    }

    /// The built-in pack's patterns pass the guard (it loads at all).
    @Test func builtinPackLoads() throws {
        _ = try PackLoader.load(PackLoader.defaultPack)
    }
}
