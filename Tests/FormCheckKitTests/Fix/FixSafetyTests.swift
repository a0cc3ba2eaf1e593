import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Issue #14: `fix` never writes a wrong fact and never breaks a working link. Each case
/// the issue saw on a real catalog, on our own page (built from Samples/box-jump.md).
@Suite struct FixSafetyTests {
    static let golden = try! FixSupport.sample("box-jump.md")

    /// The page with Secondary Muscles written `value`, its summary sentence and FAQ answer
    /// saying the same (so the prose agrees with the field as written).
    static func page(secondary value: String) -> String {
        var page = FixSupport.breaking(golden, "- **Secondary Muscles:** Glutes, Calves", "- **Secondary Muscles:** Glutes, \(value)")
        page = FixSupport.breaking(page, "also works glutes, calves.", "also works glutes, \(value.lowercased()).")
        return FixSupport.breaking(page, "in the glutes and calves.", "in the glutes and \(value.lowercased()).")
    }

    /// The near misses the issue saw applied as facts. None is close enough to offer: the
    /// finding lists the allowed values, no fix or suggestion, and neither `fix` nor
    /// `fix --unsafe-fixes` changes a byte.
    @Test(arguments: ["Back", "Wrist Flexors", "Hands", "Grip Muscles", "Lower Abs"])
    func nearMissOfAnotherMuscleIsNeverWritten(_ value: String) throws {
        let page = Self.page(secondary: value)
        for unsafe in [false, true] {
            let outcome = Fixer(linter: FixSupport.fixer.linter, unsafeFixes: unsafe).fix(SourceFile(path: "page.md", text: page))
            #expect(FixSupport.text(outcome.fixed) == page, "unsafe: \(unsafe)")
            let finding = try #require(outcome.remaining.first { $0.ruleID == "secondary-muscles-value" })
            #expect(finding.message.hasPrefix("Secondary Muscles \"\(value)\" is not an allowed value; expected one of: Abductors, Abs, "))
            #expect(!finding.message.contains("did you mean"))
            #expect(finding.fixApplicability == nil)
            #expect(finding.range.start.line == 10)
        }
    }

    /// A real typo is still offered, as an unsafe fix: `fix` leaves the value (and the
    /// finding keeps the fix, labelled); `--unsafe-fixes` applies it.
    @Test func typoIsAnUnsafeFixAppliedOnlyOnRequest() throws {
        let page = FixSupport.breaking(Self.golden, "- **Secondary Muscles:** Glutes, Calves", "- **Secondary Muscles:** Glutes, Calvse")
        let outcome = FixSupport.fix(page)
        #expect(FixSupport.text(outcome.fixed) == page)
        let finding = try #require(outcome.remaining.first { $0.ruleID == "secondary-muscles-value" })
        #expect(finding.message == #"Secondary Muscles "Calvse" is not an allowed value; did you mean "Calves"?"#)
        #expect(finding.fixApplicability == .unsafe)
        #expect(finding.fix?.edits.map(\.replacement) == ["Calves"])
        #expect(outcome.unsafeLeft.map(\.ruleID) == ["secondary-muscles-value"])

        let unsafe = Fixer(linter: FixSupport.fixer.linter, unsafeFixes: true).fix(SourceFile(path: "page.md", text: page))
        #expect(FixSupport.text(unsafe.fixed) == Self.golden)
        #expect(unsafe.applied.map { $0.fix?.applicability } == [.unsafe])
    }

    /// An alias is safe, and the sentence re-rendered from the repaired field is safe too
    /// (a later pass derives it from the now valid value).
    @Test func aliasAndTheSentenceDerivedFromItAreSafe() {
        var page = FixSupport.breaking(Self.golden, "- **Target Muscle:** Quads", "- **Target Muscle:** Hamstring")
        let outcome = FixSupport.fix(page)
        let fixed = FixSupport.text(outcome.fixed)
        #expect(fixed.contains("- **Target Muscle:** Hamstrings\n"))
        #expect(fixed.contains("Targets hamstrings, also works glutes, calves."))
        #expect(outcome.applied.allSatisfy { $0.fix?.applicability == .safe })
        #expect(outcome.applied.map(\.ruleID).contains("summary-muscles"))
        // The related link would need a URL nothing configured can verify: left, unsafe.
        #expect(fixed.contains("- [More Quads Exercises](https://forgetrainer.ai/exercises/muscle/quads)\n"))
        #expect(outcome.remaining.first { $0.ruleID == "related-links" }?.fixApplicability == .unsafe)
    }

    /// A sentence is never re-rendered from a value that is not valid: in a default run the
    /// writer's near miss stays in the field, and the sentence is not "corrected" to it.
    @Test func sentenceIsNotDerivedFromAnInvalidValue() throws {
        var page = FixSupport.breaking(Self.golden, "- **Target Muscle:** Quads", "- **Target Muscle:** Quadz")
        page = FixSupport.breaking(page, "Targets quads, also works", "Targets hamstrings, also works")
        let outcome = FixSupport.fix(page)
        #expect(FixSupport.text(outcome.fixed) == page)
        #expect(outcome.remaining.first { $0.ruleID == "target-muscle-value" }?.fixApplicability == .unsafe)

        // With --unsafe-fixes the field is repaired first, then the sentence from it: unsafe.
        let unsafe = Fixer(linter: FixSupport.fixer.linter, unsafeFixes: true).fix(SourceFile(path: "page.md", text: page))
        #expect(FixSupport.text(unsafe.fixed) == Self.golden)
        #expect(unsafe.applied.map(\.ruleID) == ["target-muscle-value", "summary-muscles"])
        #expect(unsafe.applied.map { $0.fix?.applicability } == [.unsafe, .unsafe])
    }

    /// While a field's value has a finding (here an alias), a sentence rendered from it is a
    /// suggestion only; the next pass, from the canonical value, is safe.
    @Test func sentenceFromAFieldWithAFindingIsASuggestion() throws {
        var page = FixSupport.breaking(Self.golden, "- **Target Muscle:** Quads", "- **Target Muscle:** Hamstring")
        page = FixSupport.breaking(page, "Targets quads, also works", "Targets calves, also works")
        let diagnostics = FixSupport.fixer.linter.lint(MarkdownParser.parse(SourceFile(path: "page.md", text: page)))
        let sentence = try #require(diagnostics.first { $0.ruleID == "summary-muscles" })
        #expect(sentence.fix == nil)
        #expect(sentence.fixApplicability == .suggestion)
        #expect(sentence.suggestion?.edits.map(\.replacement) == ["hamstring"])
        #expect(diagnostics.first { $0.ruleID == "target-muscle-value" }?.fixApplicability == .safe)
    }
}
