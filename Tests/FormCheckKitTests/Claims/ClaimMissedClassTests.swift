import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The contradictions issue #15 saw missed: each is found now, as an error naming its cue.
@Suite struct ClaimMissedClassTests {
    static func beginnerPage(_ answer: String, difficulty: String) -> String {
        exercisePage(title: "Goblet Squat", summary: "A squat.", fields: [("Difficulty", difficulty)], beginnerAnswer: answer)
    }

    @Test(arguments: [
        ("The Goblet Squat is rated as intermediate.", "Advanced", "\"rated as intermediate\" claims Difficulty Intermediate; the field says Advanced"),
        ("The Goblet Squat is an advanced exercise.", "Beginner", "\"is an advanced exercise\" claims Difficulty Advanced; the field says Beginner"),
        ("Not really. The Goblet Squat is rated as an advanced-level exercise.", "Intermediate",
         "\"rated as an advanced-level\" claims Difficulty Advanced; the field says Intermediate"),
        ("Yes, absolutely. It's a beginner-friendly move.", "Advanced", "\"beginner-friendly\" claims Difficulty Beginner; the field says Advanced"),
    ])
    func aLevelStatedAnywhereInTheAnswerIsCompared(answer: String, difficulty: String, message: String) {
        let errors = lintText(Self.beginnerPage(answer, difficulty: difficulty)).filter { $0.ruleID == "claim-difficulty" }
        #expect(errors.map(\.message) == [message])
        #expect(errors.map(\.severity) == [.error])
    }

    @Test func aSubjectOtherThanTheTitle() {
        let page = exercisePage(
            title: "Triceps Pushdown", summary: "A pushdown.",
            fields: [("Target Muscle", "Triceps"), ("Secondary Muscles", "Forearms")],
            muscleAnswer: "Keep your elbows pinned. It primarily targets the hamstrings.")
        #expect(proseErrors(page) == [
            "14:51 claim-target-muscle: \"primarily targets the hamstrings\" claims Target Muscle Hamstrings; the field says Triceps",
        ])
    }

    @Test func aStandardSentenceIsFixedFromTheField() throws {
        let page = exercisePage(
            title: "Triceps Pushdown", summary: "A pushdown.",
            fields: [("Target Muscle", "Triceps"), ("Secondary Muscles", "Forearms")],
            muscleAnswer: "The Triceps Pushdown primarily targets the hamstrings, with secondary activation in the forearms.")
        let finding = try #require(lintText(page).first { $0.ruleID == "claim-target-muscle" })
        #expect(finding.fix?.edits.map(\.replacement) == ["triceps"])
    }

    @Test func aTitleWithAnApostropheKeepsTheMuscleChecks() {
        let page = exercisePage(
            title: "Conan's Wheel", summary: "A carry.",
            fields: [("Target Muscle", "Quads"), ("Secondary Muscles", "Glutes"), ("Category", "Strength"), ("Body Part", "Legs")],
            muscleAnswer: "The Conan's Wheel primarily targets the lats, with secondary activation in the glutes.")
        #expect(lintText(page).filter { $0.ruleID == "claim-target-muscle" }.map(\.message) == [
            "\"primarily targets the lats\" claims Target Muscle Lats; the field says Quads",
        ])
    }

    @Test func aWrongSecondaryMuscleInTheAnswer() {
        let page = exercisePage(
            title: "Goblet Squat", summary: "A squat.",
            fields: [("Target Muscle", "Quads"), ("Secondary Muscles", "Glutes, Calves")],
            muscleAnswer: "The Goblet Squat primarily targets the quads, with secondary activation in the biceps and calves.")
        #expect(lintText(page).filter { $0.ruleID.hasPrefix("claim-") }.map(\.message) == [
            "\"secondary activation in the biceps\" claims Secondary Muscles Biceps; the field says Glutes, Calves",
        ])
    }
}

/// One cue claims every item of the list after it.
@Suite struct ClaimListTests {
    @Test func aWrongValueLaterInTheList() {
        let page = exercisePage(
            title: "Goblet Squat", summary: "A squat.",
            fields: [("Target Muscle", "Quads"), ("Secondary Muscles", "Glutes, Calves")],
            muscleAnswer: "The Goblet Squat primarily targets the quads, with secondary activation in the glutes, calves and triceps.")
        #expect(lintText(page).filter { $0.ruleID.hasPrefix("claim-") }.map(\.message) == [
            "\"secondary activation in the glutes, calves and triceps\" claims Secondary Muscles Triceps; the field says Glutes, Calves",
        ])
    }

    @Test func laterItemsMayBeSecondaryMuscles() {
        let page = exercisePage(
            title: "Goblet Squat", summary: "A squat.",
            fields: [("Target Muscle", "Quads"), ("Secondary Muscles", "Glutes, Calves")],
            muscleAnswer: "The Goblet Squat primarily targets the quads and glutes.")
        #expect(lintText(page).filter { $0.ruleID.hasPrefix("claim-") }.map(\.message) == [])
    }
}

/// A word two enums know ("chest": a body part and a muscle) in a standard sentence is
/// compared in the enum of the field it stands for: the profile sentence's body part.
@Suite struct SharedWordTests {
    @Test func aBodyPartThatIsAlsoAMuscleIsStillCompared() {
        let page = exercisePage(
            title: "Adductor", summary: "Intermediate chest exercise using foam roller.",
            fields: [("Body Part", "Legs"), ("Equipment", "Foam Roller"), ("Difficulty", "Intermediate")])
        #expect(proseErrors(page) == ["5:14 summary-profile: summary says \"chest\" for Body Part, but the field is \"Legs\""])
    }
}
