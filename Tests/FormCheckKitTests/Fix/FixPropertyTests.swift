import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Generated pages with random fixable defects (seeded, so a failure reproduces): the fix
/// touches nothing outside its edits, and the page lints clean of every fixable finding.
@Suite struct FixPropertyTests {
    /// SplitMix64: a small, seedable generator.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let golden = try! FixSupport.sample("box-jump.md")

    /// Defects that each break one thing the pack can fix, independent of each other.
    static let defects: [(String, [String])] = [
        ("- **Difficulty:** Intermediate", ["- **Difficulty:** intermediate", "- **Difficulty:** INTERMEDIATE", "- **Difficulty:** Intermediat"]),
        ("- **Category:** Plyometrics", ["- **Category:** Plyometrcs", "- **Category:** plyometrics"]),
        ("- **Body Part:** Legs", ["- **Body Part:** legs", "- **Body Part:** LEGS"]),
        ("2. Swing your arms back", ["7. Swing your arms back", "12. Swing your arms back"]),
        ("4. Land softly", ["3. Land softly", "40. Land softly"]),
        ("## Pro tips", ["## Pro tipps", "## Pro tip", "## Pro tisp"]),
        ("## Common mistakes", ["## Comon mistakes", "## Common mistake"]),
        ("Intermediate legs exercise using other.", ["Intermediate arms exercise using other.", "Intermediate legs exercise using barbell."]),
        ("Targets quadriceps, also works", ["Targets hamstrings, also works", "Targets calves, also works"]),
        ("(https://forgetrainer.ai/exercises/legs)", ["(https://forgetrainer.ai/exercises/arms)", "(https://forgetrainer.ai/exercises/(arms))"]),
        ("(https://forgetrainer.ai/exercises/equipment/other)", ["(https://forgetrainer.ai/exercises/equipment/others)", "(https://forgetrainer.ai/exercises/OTHER/x)"]),
    ]

    @Test(arguments: 0..<60)
    func randomDefectsAreFixedAndNothingElseMoves(_ seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed) &* 7919)
        var page = Self.golden
        var chosen: [String] = []
        for (original, variants) in Self.defects where Bool.random(using: &random) {
            let broken = variants.randomElement(using: &random)!
            page = page.replacingOccurrences(of: original, with: broken)
            chosen.append(broken)
        }
        var bytes = Array(page.utf8)
        let crlf = Int.random(in: 0..<3, using: &random) == 0, bom = Int.random(in: 0..<3, using: &random) == 0
        if crlf { bytes = Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        if bom { bytes = [0xEF, 0xBB, 0xBF] + bytes }

        // Near misses and unverified link URLs are unsafe fixes: this property holds for
        // `--unsafe-fixes` (FixSafetyPropertyTests holds the default run to stricter ones).
        let outcome = Fixer(linter: FixSupport.fixer.linter, unsafeFixes: true).fix(SourceFile(path: "page.md", bytes: bytes))
        let context = "seed \(seed), crlf \(crlf), bom \(bom), defects: \(chosen)"
        #expect(outcome.notFixed.isEmpty, "\(context)\nleft: \(outcome.notFixed.map(\.message))")
        // Bytes outside the first pass's edits are unchanged, in order.
        if outcome.passes == 1 {
            var rebuilt: [UInt8] = []
            var cursor = 0
            for edit in outcome.firstPassEdits {
                rebuilt += bytes[cursor..<edit.byteRange.lowerBound]
                rebuilt += LineBreakStyle(of: bytes).convert(edit.replacement)
                cursor = edit.byteRange.upperBound
            }
            rebuilt += bytes[cursor...]
            let rebuiltMatches = rebuilt == outcome.fixed
            #expect(rebuiltMatches, "\(context)")
        }
        #expect(outcome.passes <= 1 || chosen.isEmpty == false, "\(context)")
        // The defects are exact inverses of the fixes: the page comes back byte for byte.
        var expected = Array((crlf ? Self.golden.replacingOccurrences(of: "\n", with: "\r\n") : Self.golden).utf8)
        if bom { expected = [0xEF, 0xBB, 0xBF] + expected }
        let restored = outcome.fixed == expected
        #expect(restored, "\(context)\n\(UnifiedDiff.make(old: expected, new: outcome.fixed, path: "page"))")
        #expect(Fixer(linter: FixSupport.fixer.linter, unsafeFixes: true).fix(SourceFile(path: "page.md", bytes: outcome.fixed)).changed == false, "\(context)")
    }
}
