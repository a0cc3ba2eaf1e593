import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckRules

@Suite struct DeriveTests {
    static func page(_ index: Int, steps: Int = 4, notes: Bool = true, time: String? = nil) -> String {
        var text = "# Dish \(index)\n\n## Overview\n\nA dish.\n\n- **Course:** \(index % 2 == 0 ? "Main" : "Starter")\n- **Prep Time:** \(time ?? "\(10 + index) min")\n\n## Steps\n\n"
        text += (1...steps).map { "\($0). Do step \($0)." }.joined(separator: "\n") + "\n"
        if notes { text += "\n## Notes\n\nServe hot.\n" }
        return text
    }

    func derive(_ texts: [String]) -> (pack: String, ruleSet: RuleSet?, errorPages: Int) {
        let documents = texts.enumerated().map { MarkdownParser.parse(SourceFile(path: "p\($0).md", text: $1)) }
        let pack = LintSession(ruleSet: RuleSet(name: "empty")).derive(documents)
        let ruleSet = try? PackLoader.load(text: pack, path: "derived.yml")
        let linter = ruleSet.map { Linter(ruleSet: $0) }
        let errorPages = documents.count { document in linter?.lint(document).contains { $0.severity == .error } ?? true }
        return (pack, ruleSet, errorPages)
    }

    @Test func infersSectionsFieldsAndListsWithTheirEvidence() throws {
        let result = derive((0..<10).map { Self.page($0) })
        let ruleSet = try #require(result.ruleSet, "the derived pack loads:\n\(result.pack)")
        #expect(ruleSet.rules.map(\.id) == ["required-sections", "course-value", "prep-time-value", "unknown-field", "steps-list"])
        #expect(result.pack.contains("      - \"Overview\"   # in 10 of 10 pages\n"))
        #expect(result.pack.contains("    enum: course\n"))
        #expect(result.pack.contains("    pattern: \"^[0-9]+ min$\"   # 10 of 10 values\n"))
        #expect(result.pack.contains("    min: 4   # 10 of 10 lists have at least 4 items\n    ordered: true   # numbered in 10 of 10\n"))
        #expect(result.errorPages == 0)
        // The derived pack still catches what the pages never do.
        let linter = Linter(ruleSet: ruleSet)
        let bad = MarkdownParser.parse(SourceFile(path: "bad.md", text: Self.page(1, steps: 2, time: "soon")))
        #expect(Set(linter.lint(bad).map(\.ruleID)) == ["prep-time-value", "steps-list"])
    }

    @Test func ruleFailingTooManyOfItsOwnPagesBecomesAWarning() throws {
        // 9 of 10 pages have Notes: required, but as an error it would fail 10% of the pages.
        let result = derive((0..<10).map { Self.page($0, notes: $0 != 3) })
        let ruleSet = try #require(result.ruleSet)
        #expect(ruleSet.rule("required-sections")?.severity == .warning)
        #expect(result.pack.contains("    severity: warning   # as an error it failed 1 of 10 pages\n"))
        #expect(result.errorPages == 0)
    }

    @Test func valueShapes() {
        #expect(ValuePattern.infer(["10 min", "1 h 5 min", "25 min"])?.regex == "^([0-9]+ h [0-9]+ min|[0-9]+ min)$")
        #expect(ValuePattern.infer(["1.5 kg", "2 kg"])?.regex == "^[0-9]+(\\.[0-9]+)? kg$")
        #expect(ValuePattern.infer(["Italian", "Thai"]) == nil)
    }
}
