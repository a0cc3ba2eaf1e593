import Foundation

/// Writes seed-like exercise pages (the format of the seed page): the same seed and count
/// always give byte-identical pages. A fraction of pages carries one defect, so the
/// finding path (messages, section paths, source lines) is measured too.
struct PageGenerator {
    /// A defect the built-in pack reports.
    enum Defect: CaseIterable {
        case misspelledSection, wrongCaseEquipment, unknownDifficulty, skippedStep, oneTip
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
            let name = String(format: "%06d-%@.md", index, slug(exercises[index % exercises.count].name))
            try data.write(to: directory.appendingPathComponent(name))
            total += data.count
        }
        return total
    }

    /// The Markdown of page `index`.
    func page(_ index: Int, using generator: inout SplitMix64) -> String {
        var exercise = exercises[index % exercises.count]
        if index >= exercises.count { exercise.name += " \(index / exercises.count + 1)" }
        let defect: Defect? =
            Double(generator.next() % 10_000) < defectRate * 10_000 ? Defect.allCases.pick(using: &generator) : nil
        return render(exercise, defect: defect, using: &generator)
    }

    private func render(_ exercise: Exercise, defect: Defect?, using generator: inout SplitMix64) -> String {
        let lower = exercise.name.lowercased()
        let target = exercise.targetMuscle.lowercased()
        let secondary = exercise.secondaryMuscles.isEmpty ? "None" : exercise.secondaryMuscles.joined(separator: ", ")
        let quickAnswer = """
            The \(lower) is a \(exercise.category.lowercased()) exercise targeting the \(target). \
            It is done with \(exercise.equipment.lowercased()) and suits \(exercise.difficulty.lowercased()) lifters \
            who want to train the \(exercise.bodyPart.lowercased()). \(exercise.difficulty) \
            \(exercise.bodyPart.lowercased()) exercise using \(exercise.equipment.lowercased()). Targets \(target).
            """
        let equipment = defect == .wrongCaseEquipment ? exercise.equipment.uppercased() : exercise.equipment
        let difficulty = defect == .unknownDifficulty ? "Expert" : exercise.difficulty
        let steps = self.steps(for: exercise, using: &generator)
        let numbered = steps.enumerated().map { offset, step in
            let number = defect == .skippedStep && offset == steps.count - 1 ? offset + 2 : offset + 1
            return "\(number). \(step)"
        }
        let tipsHeading = defect == .misspelledSection ? "Pro Tip" : "Pro tips"
        var tips = [
            "Keep your core braced and your spine neutral through every repetition of the \(lower).",
            "Move with control: two seconds down, one second up, and no bouncing at the bottom.",
            "Breathe out as you work against the load and in as you return.",
        ]
        if defect == .oneTip { tips = [tips[0]] }
        let faqCount = 2 + Int(generator.next() % 4)
        let faq = (0..<faqCount).map { faqEntry($0, exercise) }.joined(separator: "\n\n")
        return """
            # \(exercise.name)

            ## Quick answer

            \(quickAnswer)

            - **Body Part:** \(exercise.bodyPart)
            - **Equipment:** \(equipment)
            - **Target Muscle:** \(exercise.targetMuscle)
            - **Secondary Muscles:** \(secondary)
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

            - [More \(exercise.bodyPart) Exercises](https://example.com/exercises/\(slug(exercise.bodyPart)))
            - [More \(exercise.equipment) Exercises](https://example.com/exercises/equipment/\(slug(exercise.equipment)))
            - [More \(exercise.targetMuscle) Exercises](https://example.com/exercises/muscle/\(slug(exercise.targetMuscle)))

            ---

            Get a personalized workout plan with [our trainer](https://example.com).

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

    private func faqEntry(_ index: Int, _ exercise: Exercise) -> String {
        let questions = [
            ("Is the \(exercise.name) good for beginners?",
             "It is rated \(exercise.difficulty.lowercased()). Start light and add load only when your form stays clean."),
            ("What muscles does the \(exercise.name) work?",
             "It primarily targets the \(exercise.targetMuscle.lowercased()). It is a \(exercise.category.lowercased()) exercise for the \(exercise.bodyPart.lowercased())."),
            ("How often should I do it?",
             "Two or three times a week is plenty for most people. Leave a day of rest between hard sessions."),
            ("Can I do it at home?",
             "Yes, if you have \(exercise.equipment.lowercased()) available. Clear enough space to move freely."),
            ("How many sets and reps?",
             "Three sets of eight to twelve repetitions is a good default. Adjust to your goal."),
        ]
        let (question, answer) = questions[index % questions.count]
        return "### \(question)\n\n\(answer)"
    }

    private func slug(_ text: String) -> String {
        let allowed = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }
}
