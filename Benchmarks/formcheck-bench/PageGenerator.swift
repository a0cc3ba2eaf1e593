import Foundation

/// Writes seed-like exercise pages (the format of the seed page): the same seed and count
/// always give byte-identical pages. A clean page has exactly the seed's shapes — summary
/// sentences, FAQ answers, related links and closing line — so the built-in pack reports
/// nothing on it. A fraction of pages carries one defect, so the finding path (messages,
/// section paths, source lines) is measured too.
struct PageGenerator {
    /// A defect the built-in pack reports.
    enum Defect: CaseIterable {
        case misspelledSection, wrongCaseEquipment, unknownDifficulty, skippedStep, oneTip
        /// The summary's profile sentence names another difficulty than the field.
        case contradictingSummary
        /// The target-muscle link points at another muscle's page.
        case wrongMuscleLink
    }

    /// One generated page and the defect it carries, if any.
    struct Page {
        var text: String
        var defect: Defect?
    }

    var exercises: [Exercise]
    var seed: UInt64
    /// Share of pages with one defect, 0...1.
    var defectRate: Double

    /// Writes `count` pages into `directory` and returns their total size in bytes.
    func write(count: Int, into directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: seed)
        var total = 0
        for index in 0..<count {
            let page = self.page(index, using: &generator)
            let data = Data(page.utf8)
            let name = String(format: "%06d-%@.md", index, Self.slug(exercises[index % exercises.count].name))
            try data.write(to: directory.appendingPathComponent(name))
            total += data.count
        }
        return total
    }

    /// The Markdown of page `index`.
    func page(_ index: Int, using generator: inout SplitMix64) -> String {
        generatedPage(index, using: &generator).text
    }

    /// Page `index` with its defect (the same draws as `page(_:using:)`).
    func generatedPage(_ index: Int, using generator: inout SplitMix64) -> Page {
        var exercise = exercises[index % exercises.count]
        if index >= exercises.count { exercise.name += " \(index / exercises.count + 1)" }
        let defect: Defect? =
            Double(generator.next() % 10_000) < defectRate * 10_000 ? Defect.allCases.pick(using: &generator) : nil
        return Page(text: render(exercise, defect: defect, using: &generator), defect: defect)
    }

    private func render(_ exercise: Exercise, defect: Defect?, using generator: inout SplitMix64) -> String {
        let name = exercise.name
        let target = exercise.targetMuscle.lowercased()
        let secondary = exercise.secondaryMuscles.map { $0.lowercased() }
        let equipment = defect == .wrongCaseEquipment ? exercise.equipment.uppercased() : exercise.equipment
        let difficulty = defect == .unknownDifficulty ? "Expert" : exercise.difficulty
        let steps = self.steps(for: exercise, using: &generator)
        let numbered = steps.enumerated().map { offset, step in
            let number = defect == .skippedStep && offset == steps.count - 1 ? offset + 2 : offset + 1
            return "\(number). \(step)"
        }
        let tipsHeading = defect == .misspelledSection ? "Pro Tip" : "Pro tips"
        var tips = [
            "Keep your core braced and your spine neutral through every repetition of the \(name.lowercased()).",
            "Move with control: two seconds down, one second up, and no bouncing at the bottom.",
            "Breathe out as you work against the load and in as you return.",
        ]
        if defect == .oneTip { tips = [tips[0]] }
        let faqCount = 2 + Int(generator.next() % 4)
        let faq = (0..<faqCount).map { faqEntry($0, exercise) }.joined(separator: "\n\n")
        var muscleLink = exercise.targetMuscle
        if defect == .wrongMuscleLink {
            muscleLink = Vocabulary.muscles.first { $0 != exercise.targetMuscle } ?? "Neck"
        }
        return """
            # \(name)

            ## Quick answer

            \(summary(exercise, defect: defect))

            - **Body Part:** \(exercise.bodyPart)
            - **Equipment:** \(equipment)
            - **Target Muscle:** \(exercise.targetMuscle)
            - **Secondary Muscles:** \(secondary.isEmpty ? "None" : exercise.secondaryMuscles.joined(separator: ", "))
            - **Difficulty:** \(difficulty)
            - **Category:** \(exercise.category)

            ---

            ## How to perform

            \(numbered.joined(separator: "\n"))

            ## \(tipsHeading)

            \(tips.map { "- " + $0 }.joined(separator: "\n"))

            ## Common mistakes

            - Rushing the movement, which shifts the work away from the \(target).
            - Using more load than you can control, which shortens the range of motion.
            - Letting the shoulders round forward, which strains the lower back.

            ## FAQ

            \(faq)

            ## Related exercises

            - [More \(exercise.bodyPart) Exercises](https://forgetrainer.ai/exercises/\(Self.slug(exercise.bodyPart)))
            - [More \(exercise.equipment) Exercises](https://forgetrainer.ai/exercises/equipment/\(Self.slug(exercise.equipment)))
            - [More \(exercise.targetMuscle) Exercises](https://forgetrainer.ai/exercises/muscle/\(Self.slug(muscleLink)))

            ---

            Get a personalized workout plan with [Forge](https://forgetrainer.ai).

            """
    }

    /// The seed's summary: "The … is a … exercise targeting …", a sentence naming no field
    /// value, the profile sentence and the muscle sentence.
    private func summary(_ exercise: Exercise, defect: Defect?) -> String {
        let target = exercise.targetMuscle.lowercased()
        let secondary = exercise.secondaryMuscles.map { $0.lowercased() }
        let worked = Self.list([target] + secondary)
        var difficulty = exercise.difficulty
        if defect == .contradictingSummary {
            difficulty = Vocabulary.difficulties.first { $0 != exercise.difficulty } ?? "Advanced"
        }
        let muscles = secondary.isEmpty ? "Targets \(target)." : "Targets \(target), also works \(Self.list(secondary))."
        return """
            The \(exercise.name.lowercased()) is \(Self.article(exercise.category.lowercased())) exercise targeting the \
            \(worked). It is done slowly, with control, through the full range of motion. \(difficulty) \
            \(exercise.bodyPart.lowercased()) exercise using \(exercise.equipment.lowercased()). \(muscles)
            """
    }

    private func steps(for exercise: Exercise, using generator: inout SplitMix64) -> [String] {
        if exercise.instructions.count >= 3 { return exercise.instructions }
        let generic = [
            "Set up with your feet shoulder-width apart and your core braced.",
            "Take a controlled breath and begin the movement slowly.",
            "Move through the full range of motion while keeping good posture.",
            "Pause briefly at the end of the movement and feel the \(exercise.targetMuscle.lowercased()) working.",
            "Return to the starting position under control.",
            "Repeat for the recommended number of repetitions.",
        ]
        return Array(generic.prefix(3 + Int(generator.next() % 4)))
    }

    /// FAQ entries with the seed's standard questions and answer shapes.
    private func faqEntry(_ index: Int, _ exercise: Exercise) -> String {
        let name = exercise.name
        let target = exercise.targetMuscle.lowercased()
        let secondary = exercise.secondaryMuscles.map { $0.lowercased() }
        let primarily = secondary.isEmpty
            ? "The \(name) primarily targets the \(target)."
            : "The \(name) primarily targets the \(target), with secondary activation in the \(Self.list(secondary))."
        let level = "\(Self.article(exercise.difficulty.lowercased()))-level exercise"
        let beginner = exercise.difficulty == "Beginner"
            ? "Yes, the \(name) is rated as \(level). It's a great starting point for building \(target) strength."
            : "No, the \(name) is rated as \(level). Build a base with easier variations first."
        let questions = [
            ("Is the \(name) good for beginners?", beginner),
            ("What muscles does the \(name) work?",
             "\(primarily) It's classified as \(Self.article(exercise.category.lowercased())) exercise for the \(exercise.bodyPart.lowercased())."),
            ("How often should I do the \(name)?",
             "Two or three times a week is plenty for most people. Leave a day of rest between hard sessions."),
            ("Can I do it at home?",
             "Yes, if you have the equipment and enough clear space to move freely."),
            ("How many sets and reps?",
             "Three sets of eight to twelve repetitions is a good default. Adjust to your goal."),
        ]
        let (question, answer) = questions[index % questions.count]
        return "### \(question)\n\n\(answer)"
    }

    /// "a", "a and b", "a, b and c": the pack's `list` filter.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// The text with "a" or "an" before it: the pack's `article` filter.
    static func article(_ text: String) -> String {
        let vowel = text.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + text
    }

    /// The site's URL slug (Rules/taxonomy.yml): the explicit slugs there, else lowercase
    /// and hyphenated.
    static func slug(_ text: String) -> String {
        if let explicit = explicitSlugs[text] { return explicit }
        let allowed = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }

    private static let explicitSlugs = ["Body Weight": "bodyweight"]
}
