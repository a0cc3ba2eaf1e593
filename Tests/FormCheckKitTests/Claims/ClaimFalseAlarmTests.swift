import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The false-alarm classes of issue #15, each from real pages: none gives an error from a
/// prose rule of the built-in pack (and none is special-cased in Swift: the pack's
/// vocabulary, relations, cues and `prose:` words decide).
@Suite struct ClaimFalseAlarmTests {
    static let plankFields = [
        ("Body Part", "Core"), ("Equipment", "Body Weight"), ("Target Muscle", "Abs"),
        ("Secondary Muscles", "Obliques, Shoulders"), ("Difficulty", "Beginner"), ("Category", "Strength"),
    ]

    @Test func anatomyInDescriptionProseClaimsNothing() {
        let page = exercisePage(
            title: "Side Plank",
            summary: "The Side Plank is held on your side, supported by your forearm and feet, engaging the core and the glutes.",
            fields: Self.plankFields)
        #expect(proseErrors(page) == [])
    }

    @Test(arguments: [
        ("Shoulders", "The Face Pull primarily targets the rear deltoids, with secondary activation in the traps."),
        ("Triceps", "The Face Pull targets the long head of the triceps."),
        ("Abs", "The Face Pull primarily targets the core, with the obliques helping."),
    ])
    func partAndWholeAgree(target: String, answer: String) {
        let page = exercisePage(
            title: "Face Pull", summary: "A pull.",
            fields: [("Target Muscle", target), ("Secondary Muscles", "Traps, Obliques"), ("Category", "Strength")],
            muscleAnswer: answer)
        #expect(proseErrors(page) == [])
    }

    @Test(arguments: [
        ("Cable", "The Cable Crunch is a strength exercise performed with a cable machine."),
        ("Smith Machine", "The Smith Squat is a strength exercise performed with a barbell."),
        ("Band", "The Band Pull Apart is a strength exercise performed with a resistance band."),
        ("Resistance Band", "The Band Pull Apart is a strength exercise performed with a band."),
    ])
    func compoundAndRelatedEquipmentAgree(equipment: String, summary: String) {
        let page = exercisePage(title: "Some Exercise", summary: summary, fields: [("Equipment", equipment), ("Category", "Strength")])
        #expect(proseErrors(page) == [])
    }

    @Test func theExercisesOwnNameIsNoClaim() throws {
        // With the mention rules turned on by a project, words of the title still name it.
        let config = try ProjectConfig.parse(SourceFile(path: ".formcheck.yml", text: """
            rules:
              summary-equipment-mentions: warning
              summary-difficulty-mentions: warning
            """))
        let linter = Linter(ruleSet: try config.apply(to: builtinLinter.ruleSet))
        for (title, equipment, difficulty) in [
            ("Close Grip EZ Bar Curl", "Barbell", "Beginner"), ("Advanced Kettlebell Windmill", "Kettlebell", "Intermediate"),
        ] {
            let page = exercisePage(
                title: title, summary: "The \(title) is a strength exercise. Keep the \(title) slow and controlled.",
                fields: [("Equipment", equipment), ("Difficulty", difficulty)])
            let found = linter.lint(MarkdownParser.parse(SourceFile(path: "p.md", text: page))).filter { $0.ruleID.hasSuffix("-mentions") }
            #expect(found.map(\.message) == [], "\(title)")
        }
    }

    @Test func aLinkTextIsANameNotAClaim() {
        let page = exercisePage(
            title: "Goblet Squat", summary: "The Goblet Squat is a strength exercise performed with a [kettlebell](https://example.com/kettlebell) held at the chest.",
            fields: [("Equipment", "Dumbbell"), ("Category", "Strength")])
        #expect(proseErrors(page) == [])
    }

    @Test func aHandWrittenMuscleAnswerIsAtMostAStyleNote() {
        let page = exercisePage(
            title: "Human Flag", summary: "A hold.",
            fields: [
                ("Body Part", "Core"), ("Target Muscle", "Obliques"), ("Secondary Muscles", "Lats, Shoulders, Forearms"),
                ("Category", "Strength"), ("Difficulty", "Advanced"),
            ],
            muscleAnswer: "Holding your body sideways off a pole takes the obliques, lats and shoulders working together.")
        // The answer names no value wrongly; it only leaves the standard opening out (template
        // conformance: a warning) and Forearms, Strength and Core unnamed (a style note).
        let findings = lintText(page).filter { claimAndConsistencyRules.contains($0.ruleID) }
        #expect(findings.filter { $0.severity == .error }.map(\.message) == [])
        #expect(Set(findings.filter { $0.ruleID.hasPrefix("faq-") }.map { "\($0.ruleID) \($0.severity.rawValue)" })
            == ["faq-muscles-standard warning", "faq-muscles info"])
    }

    @Test(arguments: [
        ("Bodyweight Incline Side Plank", "What muscles does the incline side plank work?"),
        ("Archer Push Up", "What muscles does the Archer Push Ups work?"),
        ("Butt Up", "What muscles does the Butt Up exercise work?"),
        ("Push-Up", "What muscles does the Push Up work?"),
        ("Conan's Wheel", "What muscles does the Conan’s Wheel work?"),
    ])
    func normalNamingVariationAgrees(title: String, question: String) {
        let page = "# \(title)\n\n## FAQ\n\n### \(question)\n\nThe whole body.\n"
        #expect(lintText(page).filter { $0.ruleID == "title-agreement" }.map(\.message) == [])
    }

    @Test func wordsNotInTheTitleAreAWarning() {
        let page = "# Single Arm Row\n\n## FAQ\n\n### What muscles does the One Arm Row work?\n\nThe back.\n"
        let found = lintText(page).filter { $0.ruleID == "title-agreement" }
        #expect(found.map(\.severity) == [.warning])
        #expect(found.map(\.message) == ["the question names \"One Arm Row\" but the title is \"Single Arm Row\""])
    }

    @Test(arguments: [
        "It is harder than a beginner-level squat.",
        "Unlike a beginner exercise, it needs a coach.",
        "It is not an advanced exercise; it is rated as an intermediate-level exercise.",
        "Rather than an advanced-level progression, treat it as a stepping stone.",
        "It isn't rated as an advanced-level exercise, whatever you may have read.",
    ])
    func comparisonsAndNegationsClaimNothingAboutThePage(answer: String) {
        let page = exercisePage(
            title: "Goblet Squat", summary: "A squat.", fields: [("Difficulty", "Intermediate")], beginnerAnswer: "Mostly. " + answer)
        #expect(proseErrors(page) == [])
    }
}
