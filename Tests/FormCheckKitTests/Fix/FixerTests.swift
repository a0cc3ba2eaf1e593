import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct FixerTests {
    static let golden = try! FixSupport.sample("box-jump.md")

    @Test func crlfAndBOMAreKept() {
        let broken = FixSupport.breaking(Self.golden, "## Pro tips", "## Pro tipps")
        let bytes = [0xEF, 0xBB, 0xBF] + Array(broken.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let outcome = FixSupport.fix(bytes)
        let expected = [0xEF, 0xBB, 0xBF] + Array(Self.golden.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(outcome.fixed == expected)
    }

    @Test func replacementLineBreaksFollowTheFile() {
        let edit = Edit(range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 1)), replacement: "x\ny\r\nz")
        #expect(Fixer.apply([edit], to: Array("a\r\nb".utf8)) == Array("ax\r\ny\r\nz\r\nb".utf8))
        #expect(Fixer.apply([edit], to: Array("a\nb".utf8)) == Array("ax\ny\nz\nb".utf8))
    }

    @Test func missingTrailingNewlineStaysMissing() {
        var broken = FixSupport.breaking(Self.golden, "## Pro tips", "## Pro tipps")
        broken.removeLast()
        var expected = Self.golden
        expected.removeLast()
        #expect(FixSupport.text(FixSupport.fix(broken).fixed) == expected)
    }

    @Test func overlappingFixesFirstRuleInPackOrderWins() throws {
        // Two rules that both fix the same field value: the first rule's fix is taken,
        // the second's is rejected in that pass.
        let pack = """
            pack: test
            taxonomy:
              level: [Beginner, Intermediate]
              tier: [{ value: Easy, aliases: [beginner] }]
            fields:
              from: { section: Quick answer }
              names: [Level]
            rules:
              - { id: first, check: fields, field: Level, enum: tier }
              - { id: second, check: fields, field: Level, enum: level }
            """
        let ruleSet = try PackLoader.load(text: pack, path: "pack.yml")
        let fixer = Fixer(linter: Linter(ruleSet: ruleSet))
        let page = "# T\n\n## Quick answer\n\n- **Level:** beginner\n"
        let diagnostics = fixer.linter.lint(MarkdownParser.parse(SourceFile(path: "p.md", text: page)))
        let (accepted, rejected) = fixer.select(diagnostics)
        #expect(accepted.map(\.ruleID) == ["first"])
        #expect(rejected.map(\.ruleID) == ["second"])
        #expect(Fixer.apply(accepted.flatMap { $0.fix!.edits }, to: Array(page.utf8)) == Array("# T\n\n## Quick answer\n\n- **Level:** Easy\n".utf8))
    }

    @Test func editOverlapRules() {
        func edit(_ range: Range<Int>) -> Edit {
            Edit(range: SourceRange(start: SourceLocation(line: 1, column: range.lowerBound + 1, offset: range.lowerBound),
                                    end: SourceLocation(line: 1, column: range.upperBound + 1, offset: range.upperBound)), replacement: "")
        }
        #expect(edit(0..<3).overlaps(edit(2..<5)))
        #expect(!edit(0..<3).overlaps(edit(3..<5)))
        #expect(edit(3..<3).overlaps(edit(0..<3)))
        #expect(edit(3..<3).overlaps(edit(3..<3)))
        #expect(!edit(4..<4).overlaps(edit(0..<3)))
    }

    /// Equally near two values: no guess at all (did-you-mean needs a clear winner).
    @Test func ambiguousNearMissIsNotFixed() throws {
        let pack = """
            pack: test
            taxonomy:
              size: [Cat, Car]
            fields:
              from: { section: Quick answer }
              names: [Size]
            rules:
              - { id: size, check: fields, field: Size, enum: size }
            """
        let ruleSet = try PackLoader.load(text: pack, path: "pack.yml")
        let outcome = Fixer(linter: Linter(ruleSet: ruleSet)).fix(SourceFile(path: "p.md", text: "# T\n\n## Quick answer\n\n- **Size:** Cax\n"))
        #expect(outcome.changed == false)
        #expect(outcome.remaining.first?.fixApplicability == nil)
        #expect(outcome.remaining.first?.message == #"Size "Cax" is not an allowed value; expected one of: Cat, Car"#)
    }

    @Test func missingStandardSentenceIsOnlySuggested() {
        let page = FixSupport.breaking(Self.golden, " Intermediate legs exercise using other.", "")
        let outcome = FixSupport.fix(page)
        #expect(outcome.changed == false)
        let missing = outcome.remaining.first { $0.ruleID == "summary-profile-standard" }
        #expect(missing?.fix == nil)
        #expect(missing?.suggestion?.edits.map { $0.replacement } == ["Intermediate legs exercise using other. "])
    }
}
