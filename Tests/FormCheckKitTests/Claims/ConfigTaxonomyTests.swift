import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A project adapts the pack's vocabulary in `.formcheck.yml` without copying the pack.
@Suite struct ConfigTaxonomyTests {
    func ruleSet(_ config: String) throws(PackLoadError) -> RuleSet {
        let parsed: ProjectConfig
        do { parsed = try ProjectConfig.parse(SourceFile(path: ".formcheck.yml", text: config)) } catch { throw PackLoadError(errors: [error]) }
        return try PackLoader.load([PackLoader.defaultPack], taxonomy: parsed.taxonomy)
    }

    @Test func addAndReplaceChangeWhatEveryRuleSees() throws {
        let set = try ruleSet("""
            taxonomy:
              equipment:
                add: [Sandbag, { value: Battle Rope, aliases: [Battle Ropes] }]
              muscle:
                add: [{ value: Serratus Anterior, part-of: Chest }]
              category:
                replace: [Strength, Stretching, Cardio]
            """)
        #expect(set.taxonomy["equipment"]?.value(matching: "battle ropes")?.canonical == "Battle Rope")
        #expect(set.taxonomy["equipment"]?.value(matching: "Barbell") != nil)
        #expect(set.taxonomy["category"]?.canonicalValues == ["Strength", "Stretching", "Cardio"])
        #expect(set.taxonomy.phrases.matches(in: "a sandbag").first?.value(in: "equipment") == "Sandbag")
        let linter = Linter(ruleSet: set)
        let page = "# Carry\n\n## Quick answer\n\n- **Equipment:** Sandbag\n- **Category:** Plyometrics\n"
        let found = linter.lint(MarkdownParser.parse(SourceFile(path: "p.md", text: page)))
        #expect(found.filter { $0.ruleID == "equipment-value" }.isEmpty)
        #expect(found.filter { $0.ruleID == "category-value" }.count == 1)
    }

    @Test(arguments: [
        ("taxonomy:\n  equipmnt:\n    add: [Sandbag]\n", "2:3 no taxonomy 'equipmnt' in the packs; did you mean 'equipment'?"),
        ("taxonomy:\n  equipment:\n    add: [Barbell]\n", "3:11 'Barbell' appears twice in taxonomy 'equipment'"),
        ("taxonomy:\n  muscle:\n    add: [{ value: Serratus Anterior, part-of: Chests }]\n", "3:48 'Chests' is not a value of taxonomy 'muscle'; did you mean 'Chest'?"),
    ])
    func mistakesAreLocatedInTheConfig(config: String, expected: String) {
        do {
            _ = try ruleSet(config)
            Issue.record("loaded")
        } catch {
            #expect(error.errors.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" } == [expected])
            #expect(error.errors.allSatisfy { $0.path == ".formcheck.yml" })
        }
    }

    @Test func aKeyOtherThanAddOrReplaceIsRefused() {
        #expect(throws: YAMLError.self) {
            try ProjectConfig.parse(SourceFile(path: ".formcheck.yml", text: "taxonomy:\n  equipment:\n    remove: [Barbell]\n"))
        }
    }
}
