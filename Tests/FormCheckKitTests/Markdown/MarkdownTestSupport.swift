import Foundation
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Helpers shared by the Markdown parser tests.
enum Fixture {
    static func parse(_ text: String, path: String = "test.md") -> ContentDocument {
        MarkdownParser.parse(SourceFile(path: path, text: text))
    }

    static func parse(bytes: [UInt8], path: String = "test.md") -> ContentDocument {
        MarkdownParser.parse(SourceFile(path: path, bytes: bytes))
    }

    /// The shared seed page; tests reading it are skipped when ../shared is absent.
    static let seedPath = SharedFolder.seedPage

    /// A page in the seed's format, written for these tests. Line numbers are in the
    /// comments of the tests that use it.
    static let seedLikePage = """
        # Seated Wall Calf Raise

        ## Quick answer

        The seated wall calf raise is a strength exercise for the calves. Beginner legs exercise using body weight.

        - **Body Part:** Legs
        - **Equipment:** Body Weight
        - **Target Muscle:** Calves
        - **Secondary Muscles:** Soleus, Tibialis
        - **Difficulty:** Beginner
        - **Category:** Strength

        ---

        ## How to perform

        1. Sit tall with your back against a wall.
        2. Place both feet flat on the floor.
        3. Press through the balls of your feet.
        4. Lower your heels slowly.
        5. Repeat for 12 reps.

        ## Pro tips

        - Keep the movement slow and controlled.
        - Pause for 1.5 seconds at the top.

        ## Common mistakes

        - Bouncing at the bottom of each rep.

        ## FAQ

        ### Is the seated calf raise good for runners?

        Yes. It builds endurance in the lower leg.

        ### How many sets should I do?

        Start with two sets, e.g. 2 x 12.

        ### Can I add weight?

        Yes, a dumbbell on each knee works well.

        ### Does it help ankle mobility?

        Somewhat. Pair it with stretches.

        ### Is it safe for beginners?

        Yes, it is rated beginner-level.

        ## Related exercises

        - [More Legs Exercises](https://example.org/exercises/legs)
        - [More Body Weight Exercises](https://example.org/exercises/equipment/bodyweight)
        - [More Calves Exercises](https://example.org/exercises/muscle/calves)

        ---

        Get a plan with [Trainer](https://example.org).

        """
}

/// `line:column-line:column source-text`: a range's lines, columns and text in one
/// comparable value (the text comes from the byte offsets, so all three are checked).
func spot(_ range: SourceRange, in document: ContentDocument) -> String {
    spot(range, in: document.source)
}

func spot(_ range: SourceRange, in file: SourceFile) -> String {
    "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column) \(file.text(range))"
}

/// `line:column-line:column` alone, for comparing the same page across line endings.
func position(_ range: SourceRange) -> String {
    "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
}

extension ContentDocument {
    /// Every paragraph in the page, depth first, in order.
    var allParagraphs: [Paragraph] {
        func visit(_ blocks: [Block]) -> [Paragraph] {
            blocks.flatMap { block -> [Paragraph] in
                switch block {
                case .paragraph(let paragraph): [paragraph]
                case .list(let list): list.items.flatMap { visit($0.blocks) }
                case .quote(let quote): visit(quote.blocks)
                default: []
                }
            }
        }
        return visit(preamble) + allSections.flatMap { visit($0.blocks) }
    }

    /// Every range the document holds: fields and their values, links, comments,
    /// problems, titles, headings, sections and sentences.
    var everyRange: [SourceRange] {
        var ranges = listFields.flatMap { [$0.keyRange, $0.valueRange] + $0.values.map(\.range) }
        ranges += links.map(\.range) + comments.map(\.range) + problems.map(\.range)
        ranges += links.compactMap(\.destinationRange)
        ranges += (titles + allSections.map(\.heading)).flatMap { [$0.range, $0.textRange] }
        ranges += allSections.map(\.range)
        ranges += allParagraphs.flatMap { $0.sentences.map(\.range) }
        return ranges
    }

    var allLists: [ListBlock] {
        (preamble + allSections.flatMap(\.blocks)).compactMap { if case .list(let list) = $0 { list } else { nil } }
    }
}

/// A small deterministic generator (SplitMix64), so random inputs are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
