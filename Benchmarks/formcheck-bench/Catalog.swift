import Foundation

/// Exercises from the real free-exercise-db catalog, mapped onto the site's canonical
/// values, when the catalog file exists on this machine.
enum Catalog {
    /// `../shared/data/free-exercise-db/exercises.json` beside the package (this file is
    /// `Benchmarks/formcheck-bench/Catalog.swift`); `--catalog` names another.
    static let defaultPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/free-exercise-db/exercises.json").standardizedFileURL.path

    private struct Entry: Decodable {
        var name: String
        var level: String?
        var equipment: String?
        var category: String?
        var primaryMuscles: [String]
        var secondaryMuscles: [String]
        var instructions: [String]
    }

    /// The catalog's exercises, or nil (with the reason) when it is absent or unreadable.
    /// With `agreement`, fields are brought into agreement with each name, and exercises
    /// whose name no fields can agree with are left out.
    static func load(
        path: String = defaultPath, agreement: NameAgreement? = NameAgreement.builtin
    ) -> Result<[Exercise], CatalogUnavailable> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(CatalogUnavailable(reason: "\(path) not found; generating names and fields from the built-in lists"))
        }
        do {
            let entries = try JSONDecoder().decode([Entry].self, from: data)
            var exercises = entries.compactMap(exercise)
            if let agreement { exercises = exercises.compactMap(agreement.reconcile) }
            guard !exercises.isEmpty else { return .failure(CatalogUnavailable(reason: "\(path) holds no usable exercise")) }
            return .success(exercises)
        } catch {
            return .failure(CatalogUnavailable(reason: "\(path) unreadable (\(error)); using the built-in lists"))
        }
    }

    struct CatalogUnavailable: Error { var reason: String }

    private static func exercise(_ entry: Entry) -> Exercise? {
        guard let primary = entry.primaryMuscles.first.map(titleCase) else { return nil }
        let target = Vocabulary.muscles.contains(siteMuscle(primary)) ? siteMuscle(primary) : "Abs"
        let secondary = entry.secondaryMuscles.map { siteMuscle(titleCase($0)) }.filter { Vocabulary.muscles.contains($0) && $0 != target }
        let steps = entry.instructions.map(plainStep).filter { !$0.isEmpty }
        return Exercise(
            name: entry.name.replacingOccurrences(of: "\n", with: " "), bodyPart: Vocabulary.bodyPart(for: target),
            equipment: equipment(entry.equipment), targetMuscle: target, secondaryMuscles: secondary,
            difficulty: difficulty(entry.level), category: category(entry.category), instructions: steps)
    }

    /// A catalog step as one list item's text: on one line, without a number or bullet of
    /// its own ("6. Repeat…" inside "6. " would be a nested list).
    static func plainStep(_ step: String) -> String {
        var text = Substring(step.replacingOccurrences(of: "\n", with: " "))
        while let marker = text.prefixMatch(of: /\s*(?:\d+[.)]|[-*+>#]+)\s+/) { text = text[marker.range.upperBound...] }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The site's spelling of a catalog muscle ("Quadriceps" is "Quads" there).
    private static func siteMuscle(_ muscle: String) -> String {
        switch muscle {
        case "Abdominals": "Abs"
        case "Quadriceps": "Quads"
        default: muscle
        }
    }

    private static func titleCase(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static func equipment(_ raw: String?) -> String {
        switch raw {
        case "body only": "Body Weight"
        case "kettlebells": "Kettlebell"
        case "bands": "Resistance Band"
        case "exercise ball": "Stability Ball"
        case "foam roll": "Foam Roller"
        case "e-z curl bar": "EZ Bar"
        case let value?: Vocabulary.equipment.first { $0.lowercased() == value } ?? "Other"
        case nil: "Other"
        }
    }

    private static func difficulty(_ raw: String?) -> String {
        switch raw {
        case "intermediate": "Intermediate"
        case "expert": "Advanced"
        default: "Beginner"
        }
    }

    private static func category(_ raw: String?) -> String {
        Vocabulary.categories.first { $0.lowercased() == raw } ?? "Strength"
    }
}
