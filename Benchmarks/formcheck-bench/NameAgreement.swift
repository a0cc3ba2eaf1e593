import FormCheckKit

/// Brings a catalog exercise's fields into agreement with its name, by the built-in
/// pack's taxonomy. The catalog is coarser than the site ("machine" for "Smith Machine
/// Squat", no equipment for "Sled Push", no secondary muscle for "Oblique Crunches"), and
/// the seed's summary opens with the exercise's name: a page whose name names an
/// equipment, a muscle or a level that its fields contradict is one the pack reports,
/// so it could not be a clean page.
struct NameAgreement {
    private let equipment: (values: TaxonomyEnum, scanner: WordScanner)
    private let muscles: (values: TaxonomyEnum, scanner: WordScanner)
    private let levels: (values: TaxonomyEnum, scanner: WordScanner)

    /// From the built-in pack's taxonomy; nil if the pack lacks one of the enums.
    static let builtin: NameAgreement? = (try? PackLoader.load(PackLoader.defaultPack)).flatMap { NameAgreement(taxonomy: $0.taxonomy) }

    init?(taxonomy: Taxonomy) {
        guard let equipment = taxonomy["equipment"], let muscles = taxonomy["muscle"], let levels = taxonomy["difficulty"]
        else { return nil }
        func scanner(_ values: TaxonomyEnum) -> WordScanner {
            WordScanner(phrases: values.values.flatMap { [$0.canonical] + $0.aliases })
        }
        self.equipment = (equipment, scanner(equipment))
        self.muscles = (muscles, scanner(muscles))
        self.levels = (levels, scanner(levels))
    }

    /// The exercise with the equipment and level its name names, and every muscle its name
    /// names among the target and secondary muscles; nil when no fields can agree (the name
    /// names two kinds of equipment or two levels).
    func reconcile(_ exercise: Exercise) -> Exercise? {
        var result = exercise
        let namedEquipment = Self.named(in: exercise.name, equipment)
        let namedLevels = Self.named(in: exercise.name, levels)
        guard namedEquipment.count <= 1, namedLevels.count <= 1 else { return nil }
        if let only = namedEquipment.first { result.equipment = only }
        if let only = namedLevels.first { result.difficulty = only }
        for muscle in Self.named(in: exercise.name, muscles)
        where muscle != result.targetMuscle && !result.secondaryMuscles.contains(muscle) {
            result.secondaryMuscles.append(muscle)
        }
        return result
    }

    /// The canonical values named in `text`, in order, each once.
    private static func named(in text: String, _ values: (values: TaxonomyEnum, scanner: WordScanner)) -> [String] {
        var seen: [String] = []
        for hit in values.scanner.hits(in: text) {
            if let canonical = values.values.value(matching: hit.phrase.text)?.canonical, !seen.contains(canonical) {
                seen.append(canonical)
            }
        }
        return seen
    }
}
