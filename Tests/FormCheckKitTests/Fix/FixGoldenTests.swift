import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// For each fixable kind: a broken page, fixed, equals the golden page byte for byte, and
/// fixing again changes nothing. The golden page is the clean sample the break came from,
/// or an inline string where the fix keeps something the sample lacks (a link title).
@Suite struct FixGoldenTests {
    static let golden = try! FixSupport.sample("box-jump.md")

    /// Every case: (what the sample says, the broken form, the rule whose fix repairs it).
    static let cases: [(String, String, String)] = [
        ("- **Difficulty:** Intermediate", "- **Difficulty:** intermediate", "fields: wrong case"),
        ("- **Category:** Plyometrics", "- **Category:** Plyometrcs", "fields: near miss (unsafe)"),
        ("3. Swing your arms forward", "4. Swing your arms forward", "list: numbering"),
        ("5. Stand up tall", "9. Stand up tall", "list: numbering"),
        ("## Pro tips", "## Pro tipps", "sections: misspelled"),
        ("Intermediate legs exercise using other.", "Intermediate arms exercise using other.", "consistency: body part"),
        ("Targets quads, also works", "Targets hamstrings, also works", "consistency: target muscle"),
        ("[More Legs Exercises](https://forgetrainer.ai/exercises/legs)", "[More Legs Exercises](https://forgetrainer.ai/exercises/arms)", "links: URL (unsafe: no links: settings)"),
    ]

    @Test(arguments: cases.indices)
    func brokenPageIsFixedToTheGoldenPage(_ index: Int) {
        let (original, broken, kind) = Self.cases[index]
        let page = FixSupport.breaking(Self.golden, original, broken)
        let unsafe = kind.contains("(unsafe")
        if unsafe {
            // A default fix leaves an unsafe fix to the writer, labelled.
            let outcome = FixSupport.fix(page)
            #expect(outcome.changed == false, "\(kind)")
            #expect(outcome.unsafeLeft.count == 1, "\(kind)")
        }
        let outcome = FixSupport.fix(page, unsafe: unsafe)
        #expect(outcome.applied.count >= 1, "\(kind): nothing fixed")
        #expect(FixSupport.text(outcome.fixed) == Self.golden, "\(kind)")
        #expect(FixSupport.fix(FixSupport.text(outcome.fixed), unsafe: unsafe).changed == false, "\(kind): a second fix changed the page")
    }

    @Test func aliasBecomesTheCanonicalValue() throws {
        let golden = try FixSupport.sample("box-jump.md")
        let outcome = FixSupport.fix(FixSupport.breaking(golden, "- **Body Part:** Legs", "- **Body Part:** legs"))
        #expect(FixSupport.text(outcome.fixed) == golden)
    }

    @Test func everyBreakAtOnceIsFixed() {
        var page = Self.golden
        for (original, broken, _) in Self.cases { page = FixSupport.breaking(page, original, broken) }
        let outcome = FixSupport.fix(page, unsafe: true)
        #expect(FixSupport.text(outcome.fixed) == Self.golden)
        #expect(outcome.passes == 1)
    }

    @Test func linkTitleAndAngleBracketsAreKept() {
        let page = FixSupport.breaking(
            Self.golden, "[More Legs Exercises](https://forgetrainer.ai/exercises/legs)",
            "[More Legs Exercises](<https://forgetrainer.ai/exercises/arms> \"Leg day (all of it)\")")
        let expected = FixSupport.breaking(
            Self.golden, "[More Legs Exercises](https://forgetrainer.ai/exercises/legs)",
            "[More Legs Exercises](<https://forgetrainer.ai/exercises/legs> \"Leg day (all of it)\")")
        #expect(FixSupport.text(FixSupport.fix(page, unsafe: true).fixed) == expected)
    }

    @Test func linkWithNestedParenthesesAndTitleOnItsOwnLine() {
        let page = FixSupport.breaking(
            Self.golden, "[More Legs Exercises](https://forgetrainer.ai/exercises/legs)",
            "[More Legs Exercises](https://forgetrainer.ai/exercises/(arms)_x\n  'Leg day')")
        let expected = FixSupport.breaking(
            Self.golden, "[More Legs Exercises](https://forgetrainer.ai/exercises/legs)",
            "[More Legs Exercises](https://forgetrainer.ai/exercises/legs\n  'Leg day')")
        #expect(FixSupport.text(FixSupport.fix(page, unsafe: true).fixed) == expected)
    }

    @Test func headingMarkupAroundTheTitleIsKept() {
        let page = FixSupport.breaking(Self.golden, "## Pro tips", "## *Pro tipps*")
        #expect(FixSupport.text(FixSupport.fix(page).fixed) == FixSupport.breaking(Self.golden, "## Pro tips", "## *Pro tips*"))
    }

    @Test func headingWithMarkupInsideIsNotRewritten() {
        let page = FixSupport.breaking(Self.golden, "## Pro tips", "## Pro *tipps*")
        let outcome = FixSupport.fix(page)
        #expect(outcome.changed == false)
        #expect(outcome.remaining.contains { $0.message.contains("misspelling") && $0.fix == nil })
    }

    @Test func mentionInProseIsOnlySuggested() throws {
        let page = FixSupport.breaking(
            Self.golden, "It involves jumping from the floor", "It involves a barbell and jumping from the floor")
        // The built-in pack ships mention rules off; a project turns this one on.
        let config = try ProjectConfig.parse(SourceFile(path: ".formcheck.yml", text: "rules:\n  summary-equipment-mentions: warning\n"))
        let fixer = Fixer(linter: Linter(ruleSet: try config.apply(to: FixSupport.ruleSet)))
        let outcome = fixer.fix(SourceFile(path: "page.md", text: page))
        #expect(outcome.changed == false)
        let mention = outcome.remaining.first { $0.found == "barbell" }
        #expect(mention?.fix == nil)
        #expect(mention?.suggestion?.edits.map { $0.replacement } == ["other"])
    }

    @Test func fixFalseTurnsTheFixIntoASuggestion() throws {
        let pack = """
            pack: test
            rules:
              - id: steps
                check: list
                section: Steps
                sequential: true
                fix: false
            """
        let ruleSet = try PackLoader.load(text: pack, path: "pack.yml")
        let outcome = Fixer(linter: Linter(ruleSet: ruleSet)).fix(SourceFile(path: "p.md", text: "# T\n\n## Steps\n\n1. A\n3. B\n"))
        #expect(outcome.changed == false)
        #expect(outcome.remaining.first?.suggestion?.edits.map { $0.replacement } == ["2"])
    }
}
