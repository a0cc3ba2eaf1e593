import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The repository root, found from this file's path (Tests/FormCheckKitTests/Rules/…).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The seed page lives outside the repository, next to it (`../shared/seed/`); the
/// repository never copies it. Tests that read it are skipped where it is absent.
let seedPagePath = repositoryRoot.appendingPathComponent("../shared/seed/leg-up-hamstring-stretch.md").standardizedFileURL.path

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
        if rule.check is any CatalogCheck {
            // A catalog rule's examples are catalogs: each list is linted as one set of pages.
            #expect(!catalogFindings(linter, rule.examples.fail, id: id).isEmpty, "fail examples of '\(id)' gave no finding")
            let found = catalogFindings(linter, rule.examples.pass, id: id)
            #expect(found.isEmpty, "pass examples of '\(id)' gave: \(found.map { "\($0.path):\($0.range.start): \($0.message)" })")
            return
        }
        for example in rule.examples.fail {
            let found = linter.lint(MarkdownParser.parse(SourceFile(path: "fail.md", text: example))).filter { $0.ruleID == id }
            #expect(!found.isEmpty, "fail example of '\(id)' gave no finding:\n\(example)")
        }
        for example in rule.examples.pass {
            let found = linter.lint(MarkdownParser.parse(SourceFile(path: "pass.md", text: example))).filter { $0.ruleID == id }
            #expect(found.isEmpty, "pass example of '\(id)' gave: \(found.map { "\($0.range.start): \($0.message)" })")
        }
    }

    /// The findings of rule `id` when `pages` are linted as one catalog (page-1.md, page-2.md…).
    func catalogFindings(_ linter: Linter, _ pages: [String], id: String) -> [Diagnostic] {
        let documents = pages.enumerated().map { MarkdownParser.parse(SourceFile(path: "page-\($0 + 1).md", text: $1)) }
        return linter.lint(catalog: documents).filter { $0.ruleID == id }
    }

    @Test func everyRuleHasExamples() throws {
        let set = try #require(Self.ruleSet)
        let without = set.rules.filter { $0.examples.pass.isEmpty || $0.examples.fail.isEmpty }.map(\.id)
        #expect(without.isEmpty, "rules without a pass and a fail example: \(without)")
    }

    // Reads ../shared/seed, outside the repository: skipped where it is absent.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPagePath), "the seed page ../shared/seed/ is absent"))
    func seedPageLintsClean() throws {
        let set = try PackLoader.load(PackLoader.defaultPack)
        let file = try SourceFileLoader.load(seedPagePath)
        let found = Linter(ruleSet: set).lint(MarkdownParser.parse(file))
        #expect(found.isEmpty, "\(found.map { "\($0.range.start): \($0.message) [\($0.ruleID)]" })")
    }
}
