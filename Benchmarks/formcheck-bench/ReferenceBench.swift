import Foundation
import FormCheckKit

/// `--references N`: what references between pages cost. Beside the generated exercise
/// pages it writes N listing pages (the built-in `listing` format: a count, a difficulty
/// breakdown, entries grouped by equipment, one target muscle per page) and a
/// `.formcheck.yml` with two page types, then times in this process, medians of the runs:
///
/// - the lint of every page with its type's pack (the base, as `formcheck lint` lints);
/// - the same lint recording each page's catalog record without and with its
///   `ReferenceRecord` (the difference: what recording references adds);
/// - `LintSession.checkReferences` over every record (the references pass itself).
struct ReferenceBench {
    var generator: PageGenerator
    var listings: Int
    var repeats: Int

    func run(pages: Int, root: URL) throws -> String {
        let exercisesFolder = root.appendingPathComponent("exercises")
        _ = try generator.write(count: pages, into: exercisesFolder)
        try writeListings(pages: pages, into: root.appendingPathComponent("listings"))
        let config = root.appendingPathComponent(".formcheck.yml")
        try """
            types:
              - { name: exercise, files: ["exercises/*.md"], extends: [exercise] }
              - { name: listing, files: ["listings/*.md"], extends: [listing] }
            """.write(to: config, atomically: true, encoding: .utf8)
        let session = try LintSession(SessionSetup(configPath: config.path))
        let files = try session.files([root.path])

        func seconds(_ work: () -> Void) -> Double {
            let clock = ContinuousClock()
            let elapsed = clock.measure(work)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        func median(_ work: () -> Void) -> Double {
            let samples = (0..<repeats).map { _ in seconds(work) }.sorted()
            return samples[samples.count / 2]
        }
        var records: [CatalogPage] = []
        let lint = median { _ = session.lint(files) }
        let withCatalog = median { _ = session.lint(files, collecting: [.catalog]) }
        let withReferences = median { records = session.lint(files, collecting: [.catalog, .references]).catalog }
        let linted = Set(records.map(\.key))
        var findings = 0
        let pass = median { findings = session.checkReferences(records, linted: linted).count }
        let entries = records.reduce(0) { $0 + ($1.references?.references.reduce(0) { $0 + $1.references.count } ?? 0) }
        let recording = max(0, withReferences - withCatalog)
        let share = (recording + pass) / lint * 100
        func format(_ value: Double) -> String { String(format: "%.3f s", value) }
        return """
            References: \(pages) exercise pages + \(listings) listing pages (\(entries) references), median of \(repeats)
              lint, every page with its type's pack      \(format(lint))
              + catalog records                          \(format(withCatalog))
              + reference records                        \(format(withReferences))  (recording references: \(format(recording)))
              references pass (resolve, compare, count)  \(format(pass))  (\(findings) findings)
              references cost: \(String(format: "%.1f", share))% of the lint
            """
    }

    /// Listing pages over the generated exercise pages: listing k lists the pages of one
    /// target muscle (at most 40 of them, grouped by equipment) with their true difficulty
    /// and body part, its count and breakdown those of the entries it lists.
    private func writeListings(pages: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let exercises = generator.exercises
        var random = SplitMix64(seed: generator.seed ^ 0x1157)
        // The generated pages' names and fields (names repeat with a number, as the generator writes them).
        let generated: [Exercise] = (0..<pages).map { index in
            var exercise = exercises[index % exercises.count]
            if index >= exercises.count { exercise.name += " \(index / exercises.count + 1)" }
            return exercise
        }
        let byMuscle = Dictionary(grouping: generated.indices) { generated[$0].targetMuscle }
        let muscles = byMuscle.keys.sorted()
        for index in 0..<listings {
            let muscle = muscles[index % muscles.count]
            let pool = byMuscle[muscle] ?? []
            let start = Int(random.next() % UInt64(max(pool.count, 1)))
            let chosen = (0..<min(40, pool.count)).map { generated[pool[(start + $0) % pool.count]] }
            let groups = Dictionary(grouping: chosen, by: \.equipment).sorted { $0.key < $1.key }
            let levels = ["Beginner", "Intermediate", "Advanced"].map { level in "\(chosen.count { $0.difficulty == level }) \(level)" }
            var text = "# \(muscle) Exercises \(index + 1)\n\n\(chosen.count) exercises targeting your \(muscle.lowercased()).\n\n"
            text += levels.joined(separator: " | ") + "\n\n## Exercises\n"
            for (equipment, members) in groups {
                text += "\n### \(equipment) (\(members.count) exercise\(members.count == 1 ? "" : "s"))\n\n"
                text += members.map { "- **\($0.name)** — \($0.difficulty) | Body Part: \($0.bodyPart)\n" }.joined()
            }
            try text.write(to: folder.appendingPathComponent(String(format: "listing-%05d.md", index)), atomically: true, encoding: .utf8)
        }
    }
}
