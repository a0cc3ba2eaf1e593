import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Prose in other words: no contradiction means no error; only the standard sentences'
/// absence is reported, as warnings. And contradictions in free prose are caught.
@Suite struct ConsistencyProseTests {
    static func page(summary: String, muscleAnswer: String, beginnerAnswer: String, difficulty: String = "Beginner") -> String {
        """
        # Wall Sit

        ## Quick answer

        \(summary)

        - **Body Part:** Legs
        - **Equipment:** Body Weight
        - **Target Muscle:** Quads
        - **Secondary Muscles:** Glutes, Calves
        - **Difficulty:** \(difficulty)
        - **Category:** Strength

        ## How to perform

        1. Lean your back against a wall.
        2. Slide down until your thighs are level with the floor.
        3. Hold, then stand up.

        ## Pro tips

        - Keep your knees over your ankles.
        - Breathe steadily while you hold.

        ## Common mistakes

        - Letting the knees drift inward.
        - Resting the hands on the thighs.

        ## FAQ

        ### What muscles does the Wall Sit work?

        \(muscleAnswer)

        ### Is the Wall Sit good for beginners?

        \(beginnerAnswer)

        ## Related exercises

        - [More Legs Exercises](https://forgetrainer.ai/exercises/legs)
        - [More Body Weight Exercises](https://forgetrainer.ai/exercises/equipment/bodyweight)
        - [More Quads Exercises](https://forgetrainer.ai/exercises/muscle/quads)

        """
    }

    @Test func rephrasedProseWithoutContradictionHasNoError() {
        let text = Self.page(
            summary: "The wall sit is an isometric hold that burns the quads while the glutes and calves help. Hold the position against any wall, no equipment needed, and build up the time as your legs adapt over the weeks.",
            muscleAnswer: "Mostly the quads, helped by the glutes and the calves, as a strength move for the legs.",
            beginnerAnswer: "Absolutely, anyone can start with short holds.")
        let diagnostics = lintText(text)
        #expect(diagnostics.filter { $0.severity == .error }.map { "\($0.ruleID): \($0.message)" } == [])
        #expect(Set(diagnostics.map(\.ruleID)) == ["summary-profile-standard", "summary-muscles-standard", "faq-muscles-standard"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func standardSentencesAgreeingGiveNothing() {
        let text = Self.page(
            summary: "The wall sit is a static leg exercise done against a wall with the thighs level to the floor for time. Beginner legs exercise using body weight. Targets quadriceps, also works glutes and calves.",
            muscleAnswer: "The Wall Sit primarily targets the quadriceps, with the glutes and calves assisting. It's a strength exercise for the legs.",
            beginnerAnswer: "Yes, the Wall Sit is rated as a beginner-level exercise.")
        #expect(lintText(text).map { "\($0.ruleID): \($0.message)" } == [])
    }

    static let bareMention = Self.page(
        summary: "The wall sit is a static hold for the hamstrings, done against a wall with the thighs level to the floor. Beginner legs exercise using body weight. Targets quadriceps, also works glutes and calves.",
        muscleAnswer: "The Wall Sit primarily targets the quadriceps, with the glutes and calves assisting. It's a strength exercise for the legs.",
        beginnerAnswer: "Yes, the Wall Sit is rated as a beginner-level exercise.")

    @Test func aBareMentionWithoutACueIsNoFindingOfTheBuiltInPack() {
        #expect(lintText(Self.bareMention).map { "\($0.ruleID): \($0.message)" } == [])
    }

    @Test func aProjectThatTurnsMentionsOnGetsThemAtTheWord() throws {
        let config = try ProjectConfig.parse(SourceFile(path: ".formcheck.yml", text: "rules:\n  summary-muscle-mentions: warning\n"))
        let linter = Linter(ruleSet: try config.apply(to: builtinLinter.ruleSet))
        let diagnostics = linter.lint(MarkdownParser.parse(SourceFile(path: "page.md", text: Self.bareMention)))
        #expect(diagnostics.map(\.ruleID) == ["summary-muscle-mentions"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "the summary names \"hamstrings\" but Target Muscle is \"Quads\"")
        #expect(diagnostic.range.start.line == 5)
        #expect(diagnostic.range.start.column == 39)
    }

    @Test func faqAnswerMissingASecondaryMuscleIsReported() {
        let text = Self.page(
            summary: "The wall sit is a static leg exercise done against a wall with the thighs level to the floor for time. Beginner legs exercise using body weight. Targets quadriceps, also works glutes and calves.",
            muscleAnswer: "The Wall Sit primarily targets the quadriceps, with the glutes assisting. It's a strength exercise for the legs.",
            beginnerAnswer: "Yes, the Wall Sit is rated as a beginner-level exercise.")
        #expect(lintText(text).map(\.message) == ["the answer to \"What muscles does the Wall Sit work?\" does not mention \"Calves\" (Secondary Muscles)"])
    }

    @Test func beginnerAnswerOnIntermediatePageIsReported() {
        let text = Self.page(
            summary: "The wall sit is a static leg exercise done against a wall with the thighs level to the floor for time. Intermediate legs exercise using body weight. Targets quadriceps, also works glutes and calves.",
            muscleAnswer: "The Wall Sit primarily targets the quadriceps, with the glutes and calves assisting. It's a strength exercise for the legs.",
            beginnerAnswer: "No, the Wall Sit is rated as a beginner-level exercise.", difficulty: "Intermediate")
        let found = lintText(text)
        #expect(found.map(\.message) == ["\"rated as a beginner-level\" claims Difficulty Beginner; the field says Intermediate"])
        // The standard sentence: the field's value is written in, with the article it needs
        // ("a beginner-level" becomes "an intermediate-level", never "a intermediate-level").
        #expect(found.first?.fix?.edits.map(\.replacement) == ["an intermediate"])
    }
}

/// A field whose value is invalid is reported by its own rule only; the consistency rules
/// do not repeat it.
@Suite struct ConsistencyInvalidFieldTests {
    static let agreeing = (
        summary: "The wall sit is a static leg exercise done against a wall with the thighs level to the floor for time. Beginner legs exercise using body weight. Targets quadriceps, also works glutes and calves.",
        muscles: "The Wall Sit primarily targets the quadriceps, with the glutes and calves assisting. It's a strength exercise for the legs.",
        beginner: "Yes, the Wall Sit is rated as a beginner-level exercise.")

    @Test func unknownDifficultyIsReportedOnce() {
        let text = ConsistencyProseTests.page(
            summary: Self.agreeing.summary, muscleAnswer: Self.agreeing.muscles, beginnerAnswer: Self.agreeing.beginner, difficulty: "Expert")
        #expect(lintText(text).map(\.ruleID) == ["difficulty-value"])
    }

    @Test func aliasInTheFieldStillMatchesTheLinkText() {
        let text = ConsistencyProseTests.page(
            summary: Self.agreeing.summary, muscleAnswer: Self.agreeing.muscles, beginnerAnswer: Self.agreeing.beginner)
            .replacingOccurrences(of: "**Equipment:** Body Weight", with: "**Equipment:** Bodyweight")
        #expect(lintText(text).map(\.ruleID) == ["equipment-value"])
    }
}
