import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The repository root (`PackageRoot`, in TestSupport).
let repositoryRoot = PackageRoot.url

/// The seed page lives outside the repository, next to it (`../shared/seed/`); the
/// repository never copies it. Tests that read it are skipped where it is absent.
let seedPagePath = SharedFolder.seedPage

@Suite struct BuiltinPackTests {
    static let ruleSet: RuleSet? = try? PackLoader.load(PackLoader.defaultPack)

    static var rulesWithExamples: [Rule] {
        (ruleSet?.rules ?? []).filter { !$0.examples.pass.isEmpty || !$0.examples.fail.isEmpty }
    }

    @Test func loads() throws {
        let set = try PackLoader.load(PackLoader.defaultPack)
        #expect(set.name == "exercise")
        #expect(!Self.rulesWithExamples.isEmpty)
    }

    @Test(arguments: rulesWithExamples.map(\.id))
    func examplesOfTheRule(_ id: String) throws {
        var set = try #require(Self.ruleSet)
        // A rule the pack ships off shows its examples once a project turns it on.
        for index in set.rules.indices where set.rules[index].id == id { set.rules[index].enabled = true }
        let rule = try #require(set.rule(id))
        let linter = Linter(ruleSet: set)
        for example in rule.examples.fail {
            let found = linter.lint(MarkdownParser.parse(SourceFile(path: "fail.md", text: example))).filter { $0.ruleID == id }
            #expect(!found.isEmpty, "fail example of '\(id)' gave no finding:\n\(example)")
        }
        for example in rule.examples.pass {
            let found = linter.lint(MarkdownParser.parse(SourceFile(path: "pass.md", text: example))).filter { $0.ruleID == id }
            #expect(found.isEmpty, "pass example of '\(id)' gave: \(found.map { "\($0.range.start): \($0.message)" })")
        }
    }

    @Test func everyRuleHasExamples() throws {
        let set = try #require(Self.ruleSet)
        let without = set.rules.filter { $0.examples.pass.isEmpty || $0.examples.fail.isEmpty }.map(\.id)
        #expect(without.isEmpty, "rules without a pass and a fail example: \(without)")
    }

    // Reads ../shared/seed, outside the repository: skipped where it is absent.
    @Test(.enabled(if: SharedFolder.has("seed"), SharedFolder.missing("seed")))
    func seedPageLintsClean() throws {
        let set = try PackLoader.load(PackLoader.defaultPack)
        let file = try SourceFileLoader.load(seedPagePath)
        let found = Linter(ruleSet: set).lint(MarkdownParser.parse(file))
        #expect(found.isEmpty, "\(found.map { "\($0.range.start): \($0.message) [\($0.ruleID)]" })")
    }
}
