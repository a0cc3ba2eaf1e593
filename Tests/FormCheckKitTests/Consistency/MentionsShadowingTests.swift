import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A word inside a longer value of another taxonomy is not a mention of its own value.
@Suite struct MentionsShadowingTests {
    static let pack = """
        pack: t
        fields: { names: [Tool, Part] }
        taxonomy:
          tool: [Trap Bar, Rope]
          part: [Traps, Legs]
        rules:
          - id: part-mentions
            check: mentions
            section: Summary
            enum: part
            field: Part
            label: summary
        """

    static func findings(_ summary: String) throws -> [String] {
        let ruleSet = try PackLoader.load(text: pack, path: "t.yml")
        let page = "# P\n\n## Summary\n\n\(summary)\n\n- **Tool:** Trap Bar\n- **Part:** Legs\n"
        return Linter(ruleSet: ruleSet).lint(MarkdownParser.parse(SourceFile(path: "p.md", text: page)))
            .map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }
    }

    @Test func aWordInsideAnotherTaxonomysValueIsNotAMention() throws {
        #expect(try Self.findings("Lift the trap bar with your legs.") == [])
    }

    @Test func theSameWordAloneStillIs() throws {
        #expect(try Self.findings("Lift the trap bar; it builds the traps.") == [
            "5:34 summary names \"traps\" but Part is \"Legs\"",
        ])
    }
}
