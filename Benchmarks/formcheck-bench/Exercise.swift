/// What one generated page is about: the name and the six fields of the seed's format,
/// written with the site's canonical values (the built-in pack's taxonomy).
struct Exercise: Sendable, Equatable {
    var name: String
    var bodyPart: String
    var equipment: String
    var targetMuscle: String
    var secondaryMuscles: [String]
    var difficulty: String
    var category: String
    /// Steps from the catalog when there is one; generated otherwise.
    var instructions: [String]
}

/// The vocabulary the generator draws from when the real catalog is absent. The bench may
/// hold exercise words: it is not the engine.
enum Vocabulary {
    static let bodyParts = ["Arms", "Back", "Cardio", "Chest", "Core", "Full Body", "Legs", "Neck", "Shoulders"]
    static let equipment = [
        "Barbell", "Body Weight", "Bosu Ball", "Cable", "Dumbbell", "EZ Bar", "Foam Roller", "Kettlebell",
        "Leverage Machine", "Machine", "Medicine Ball", "Resistance Band", "Rope", "Sled", "Smith Machine",
        "Stability Ball", "Trap Bar", "Weighted", "Other",
    ]
    static let muscles = [
        "Abs", "Abductors", "Adductors", "Biceps", "Calves", "Chest", "Forearms", "Glutes", "Hamstrings",
        "Hip Flexors", "Lats", "Lower Back", "Middle Back", "Neck", "Obliques", "Quads", "Shoulders", "Traps",
        "Triceps", "Upper Back",
    ]
    static let difficulties = ["Beginner", "Intermediate", "Advanced"]
    static let categories = [
        "Cardio", "Mobility", "Olympic Weightlifting", "Plyometrics", "Powerlifting", "Strength", "Stretching", "Strongman",
    ]
    static let movements = ["Curl", "Press", "Row", "Raise", "Squat", "Lunge", "Stretch", "Pull", "Fly", "Extension", "Hold"]
    static let modifiers = ["Seated", "Standing", "Incline", "Decline", "Single-Arm", "Alternating", "Kneeling", "Lying", "Wide-Grip"]

    /// The body part a target muscle belongs to, so fields agree with each other.
    static func bodyPart(for muscle: String) -> String {
        switch muscle {
        case "Biceps", "Triceps", "Forearms": "Arms"
        case "Lats", "Lower Back", "Middle Back", "Upper Back", "Traps": "Back"
        case "Chest": "Chest"
        case "Abs", "Obliques": "Core"
        case "Neck": "Neck"
        case "Shoulders": "Shoulders"
        default: "Legs"
        }
    }

    /// A made-up exercise with consistent fields, which agree with its name.
    static func randomExercise(using generator: inout SplitMix64) -> Exercise {
        let target = muscles.pick(using: &generator)
        let equipment = equipment.pick(using: &generator)
        let count = Int(generator.next() % 3)
        let secondary = (0..<count).map { _ in muscles.pick(using: &generator) }.filter { $0 != target }
        let name = "\(modifiers.pick(using: &generator)) \(equipment) \(target) \(movements.pick(using: &generator))"
        let exercise = Exercise(
            name: name, bodyPart: bodyPart(for: target), equipment: equipment, targetMuscle: target,
            secondaryMuscles: Array(Set(secondary)).sorted(), difficulty: difficulties.pick(using: &generator),
            category: categories.pick(using: &generator), instructions: [])
        // The name names more than its equipment and target when one holds the other's word
        // ("Trap Bar" names the muscle "Traps" for the pack): the fields must agree with it.
        return NameAgreement.builtin?.reconcile(exercise) ?? exercise
    }
}
