import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The whole shape of a page in the seed's format.
@Suite struct SeedPageTests {
    let document = Fixture.parse(Fixture.seedLikePage)

    @Test func titleAndSectionsInOrder() {
        #expect(document.title?.text == "Seated Wall Calf Raise")
        #expect(document.title.map { spot($0.textRange, in: document) } == "1:3-1:25 Seated Wall Calf Raise")
        #expect(document.titles.count == 1)
        #expect(document.sections.map(\.title) == [
            "Quick answer", "How to perform", "Pro tips", "Common mistakes", "FAQ", "Related exercises",
        ])
        #expect(document.sections.map(\.heading.level) == [2, 2, 2, 2, 2, 2])
        #expect(document.sections.map { $0.heading.range.start.line } == [3, 16, 24, 29, 33, 55])
        #expect(document.problems.isEmpty)
        #expect(document.preamble.isEmpty)
    }

    @Test func sixFieldsWithValuePositions() {
        let fields = document.listFields.map { "\($0.key) = \(spot($0.valueRange, in: document))" }
        #expect(fields == [
            "Body Part = 7:18-7:22 Legs",
            "Equipment = 8:18-8:29 Body Weight",
            "Target Muscle = 9:22-9:28 Calves",
            "Secondary Muscles = 10:26-10:42 Soleus, Tibialis",
            "Difficulty = 11:19-11:27 Beginner",
            "Category = 12:17-12:25 Strength",
        ])
        #expect(document.listFields.map(\.value) == ["Legs", "Body Weight", "Calves", "Soleus, Tibialis", "Beginner", "Strength"])
        #expect(document.listFields.allSatisfy { $0.sectionPath == ["Quick answer"] })
        #expect(document.listFields.map { spot($0.keyRange, in: document) }.first == "7:5-7:14 Body Part")
        #expect(document.listFields[3].values.map { spot($0.range, in: document) } == [
            "10:26-10:32 Soleus", "10:34-10:42 Tibialis",
        ])
    }

    @Test func fiveFAQSubsections() throws {
        let faq = try #require(document.sections.first { $0.title == "FAQ" })
        #expect(faq.subsections.map { spot($0.heading.textRange, in: document) } == [
            "35:5-35:47 Is the seated calf raise good for runners?",
            "39:5-39:31 How many sets should I do?",
            "43:5-43:22 Can I add weight?",
            "47:5-47:33 Does it help ankle mobility?",
            "51:5-51:30 Is it safe for beginners?",
        ])
        #expect(faq.subsections.map(\.heading.level) == [3, 3, 3, 3, 3])
        #expect(faq.subsections.map { $0.paragraphs.map(\.text) } == [
            ["Yes. It builds endurance in the lower leg."],
            ["Start with two sets, e.g. 2 x 12."],
            ["Yes, a dumbbell on each knee works well."],
            ["Somewhat. Pair it with stretches."],
            ["Yes, it is rated beginner-level."],
        ])
        #expect(faq.blocks.isEmpty)
    }

    @Test func fiveNumberedSteps() throws {
        let steps = try #require(document.sections[1].lists.first)
        #expect(steps.ordered)
        #expect(steps.items.map(\.number) == [1, 2, 3, 4, 5])
        #expect(steps.items.map { spot($0.markerRange, in: document) } == [
            "18:1-18:3 1.", "19:1-19:3 2.", "20:1-20:3 3.", "21:1-21:3 4.", "22:1-22:3 5.",
        ])
        #expect(steps.items.map(\.text) == [
            "Sit tall with your back against a wall.",
            "Place both feet flat on the floor.",
            "Press through the balls of your feet.",
            "Lower your heels slowly.",
            "Repeat for 12 reps.",
        ])
        #expect(steps.items.allSatisfy { $0.field == nil })
    }

    @Test func fourLinks() {
        let links = document.links.map { "\($0.kind) \($0.text) -> \($0.destination) \(spot($0.range, in: document)) \($0.sectionPath)" }
        #expect(links == [
            "inline More Legs Exercises -> https://example.org/exercises/legs 57:3-57:60 [More Legs Exercises](https://example.org/exercises/legs) [\"Related exercises\"]",
            "inline More Body Weight Exercises -> https://example.org/exercises/equipment/bodyweight 58:3-58:83 [More Body Weight Exercises](https://example.org/exercises/equipment/bodyweight) [\"Related exercises\"]",
            "inline More Calves Exercises -> https://example.org/exercises/muscle/calves 59:3-59:71 [More Calves Exercises](https://example.org/exercises/muscle/calves) [\"Related exercises\"]",
            "inline Trainer -> https://example.org 63:17-63:47 [Trainer](https://example.org) [\"Related exercises\"]",
        ])
    }

    @Test func sectionRangesEndAtTheirLastBlock() {
        #expect(document.sections.map { position($0.range) } == [
            "3:1-14:4", "16:1-22:23", "24:1-27:36", "29:1-31:38", "33:1-53:33", "55:1-63:48",
        ])
    }

    // Reads the shared seed page; skipped when ../shared is not next to the package.
    @Test(.enabled(if: SharedFolder.has("seed"), SharedFolder.missing("seed")))
    func sharedSeedPage() throws {
        let document = MarkdownParser.parse(try SourceFileLoader.load(Fixture.seedPath))
        #expect(document.title?.text == "Leg Up Hamstring Stretch")
        #expect(document.sections.map(\.title) == [
            "Quick answer", "How to perform", "Pro tips", "Common mistakes", "FAQ", "Related exercises",
        ])
        #expect(document.listFields.map { "\($0.key) = \(spot($0.valueRange, in: document))" } == [
            "Body Part = 7:18-7:22 Legs",
            "Equipment = 8:18-8:29 Body Weight",
            "Target Muscle = 9:22-9:32 Hamstrings",
            "Secondary Muscles = 10:26-10:32 Glutes",
            "Difficulty = 11:19-11:27 Beginner",
            "Category = 12:17-12:27 Stretching",
        ])
        #expect(document.sections[4].subsections.map { $0.heading.textRange.start.line } == [38, 42, 46, 50, 54])
        #expect(document.sections[1].lists.first?.items.map(\.number) == [1, 2, 3, 4, 5])
        #expect(document.links.map { "\($0.text) \(position($0.range))" } == [
            "More Legs Exercises 60:3-60:64",
            "More Body Weight Exercises 61:3-61:87",
            "More Hamstrings Exercises 62:3-62:83",
            "Forge 66:38-66:70",
        ])
        #expect(document.problems.isEmpty)
    }
}
