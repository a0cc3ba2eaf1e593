import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct TemplateMatchTests {
    let profile = TemplatePattern(try! Template("{{Difficulty}} {{Body Part | lower}} exercise using {{Equipment | lower}}."))
    let muscles = TemplatePattern(try! Template("Targets {{Target Muscle | lower}}, also works {{Secondary Muscles | lower | list}}."))

    func values(_ fields: [Field], title: String? = nil) -> TemplateValues {
        TemplateValues(fields: fields, title: title, taxonomy: builtinTaxonomy)
    }

    @Test func renderedTextMatchesItsOwnTemplate() {
        let fields = values([field("Difficulty", "Beginner"), field("Body Part", "Legs"), field("Equipment", "Body Weight")])
        let text = profile.template.render(fields)!
        #expect(text == "Beginner legs exercise using body weight.")
        #expect(profile.agreement(of: Substring(text), with: fields) == .agrees)
        #expect(profile.match(Substring(text))?.map(\.text) == ["Beginner", "legs", "body weight"])
    }

    @Test func shapeIsCaseAndSpaceTolerantAndForgivesFinalPunctuation() {
        let fields = values([field("Difficulty", "Beginner"), field("Body Part", "Legs"), field("Equipment", "Body Weight")])
        #expect(profile.agreement(of: "  BEGINNER Legs   exercise\nusing Body-Weight!", with: fields) == .agrees)
        #expect(profile.agreement(of: "Beginner legs exercise using body weight", with: fields) == .agrees)
    }

    @Test func wrongValueIsReportedWithItsExactBytes() {
        let fields = values([field("Difficulty", "Beginner"), field("Body Part", "Legs"), field("Equipment", "Body Weight")])
        let text: Substring = "Intermediate legs exercise using body weight."
        #expect(profile.agreement(of: text, with: fields) == .disagrees([
            TemplateMismatch(name: "Difficulty", found: "Intermediate", bytes: 0..<12, expected: "Beginner"),
        ]))
        let equipment: Substring = "Beginner legs exercise using dumbbells."
        #expect(profile.agreement(of: equipment, with: fields) == .disagrees([
            TemplateMismatch(name: "Equipment", found: "dumbbells", bytes: 29..<38, expected: "body weight"),
        ]))
    }

    @Test func otherShapeDoesNotMatch() {
        let fields = values([field("Difficulty", "Beginner"), field("Body Part", "Legs"), field("Equipment", "Body Weight")])
        #expect(profile.agreement(of: "A gentle stretch for anyone.", with: fields) == .noMatch)
    }

    @Test func listValuesCompareAsASetWithPluralsAndAliases() {
        let fields = values([field("Target Muscle", "Hamstrings"), field("Secondary Muscles", "Glutes, Calves")])
        #expect(muscles.agreement(of: "Targets hamstrings, also works glutes and calves.", with: fields) == .agrees)
        #expect(muscles.agreement(of: "Targets hamstring, also works calf and glute.", with: fields) == .agrees)
        #expect(muscles.agreement(of: "Targets hams, also works glutes, calves.", with: fields) == .agrees)
        guard case .disagrees(let mismatches) = muscles.agreement(of: "Targets hamstrings, also works glutes.", with: fields) else {
            Issue.record("a missing secondary muscle must disagree")
            return
        }
        #expect(mismatches.map(\.name) == ["Secondary Muscles"])
        #expect(mismatches.first?.expected == "glutes and calves")
    }

    @Test func noneRendersEmptyInAList() {
        let fields = values([field("Target Muscle", "Hamstrings"), field("Secondary Muscles", "None")])
        let bare = TemplatePattern(try! Template("Works {{Secondary Muscles | list}}."))
        #expect(bare.template.render(fields) == "Works .")
        #expect(muscles.agreement(of: "Targets hamstrings, also works glutes.", with: fields)
            == .disagrees([TemplateMismatch(name: "Secondary Muscles", found: "glutes", bytes: 31..<37, expected: "")]))
    }

    @Test func articleIsLeftOutOfTheReportedWord() {
        let pattern = TemplatePattern(try! Template("{{*}}, the {{title}} is rated as {{Difficulty | lower | article}}-level exercise."))
        let fields = values([field("Difficulty", "Advanced")], title: "Box Jump")
        #expect(pattern.agreement(of: "No, the Box Jump is rated as an advanced-level exercise.", with: fields) == .agrees)
        let text: Substring = "Yes, the box jump is rated as a beginner-level exercise."
        #expect(pattern.agreement(of: text, with: fields) == .disagrees([
            TemplateMismatch(name: "Difficulty", found: "beginner", bytes: 32..<40, expected: "an advanced"),
        ]))
    }

    @Test func wildcardIsNeverComparedAndRendersAsEllipsis() {
        let pattern = TemplatePattern(try! Template("The {{title}} is {{*}}"))
        let fields = values([], title: "Box Jump")
        #expect(pattern.agreement(of: "The box jump is anything at all.", with: fields) == .agrees)
        #expect(pattern.expectation(fields) == "The Box Jump is …")
    }

    /// Property: for random field values, rendering the template and matching the text
    /// recovers every value, and changing one value is reported for that placeholder only.
    @Test(arguments: 0..<8) func renderThenMatchRecoversRandomValues(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let taxonomy = builtinTaxonomy
        func pick(_ name: String) -> String { taxonomy[name]!.canonicalValues.randomElement(using: &random)! }
        for _ in 0..<50 {
            let secondary = (0..<Int.random(in: 1...3, using: &random)).map { _ in pick("muscle") }
            let fields = [
                field("Difficulty", pick("difficulty")), field("Body Part", pick("body-part")), field("Equipment", pick("equipment")),
                field("Target Muscle", pick("muscle")), field("Secondary Muscles", secondary.joined(separator: ", ")),
            ]
            let page = values(fields)
            for pattern in [profile, muscles] {
                let text = pattern.template.render(page)!
                #expect(pattern.agreement(of: Substring(text), with: page) == .agrees, "\(text)")
                let captures = pattern.match(Substring(text))!
                for capture in captures {
                    #expect(capture.text == capture.placeholder.render(page), "\(text)")
                }
            }
            let listCapture = muscles.match(Substring(muscles.template.render(page)!))!.last!
            #expect(ValueComparison.items(listCapture.text) == ValueComparison.items(TemplateFilter.joinList(secondary.map { $0.lowercased() })))

            let otherDifficulty = taxonomy["difficulty"]!.canonicalValues.first { TitleKey($0) != TitleKey(fields[0].value) }!
            let changed = values([field("Difficulty", otherDifficulty)] + fields.dropFirst())
            let text = profile.template.render(changed)!
            guard case .disagrees(let mismatches) = profile.agreement(of: Substring(text), with: page) else {
                Issue.record("\(text) must disagree with Difficulty \(fields[0].value)")
                continue
            }
            #expect(mismatches.map(\.name) == ["Difficulty"])
            #expect(mismatches.first?.found == otherDifficulty)
        }
    }
}

/// A small seeded generator, so a failing property case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The hand-written matcher agrees with the regular expression it stands for, on random
/// sentences over a small vocabulary (so that shapes often match, and often nearly do).
@Suite struct TemplateMatcherDifferentialTests {
    static let templates = [
        "{{A}} {{B}} exercise using {{C}}.", "Targets {{A}}, also works {{B}}.", "The {{title}} is {{*}}",
        "{{*}}, the {{title}} is rated as {{A}}-level exercise.", "Is the {{title}} good for beginners?", "{{A}}",
    ]
    static let words = ["the", "is", "a", "legs", "exercise", "using", "body", "weight", "targets", "also", "works", "rated", "as",
                        "beginner-level", "good", "for", "beginners", "Yes,", "glutes,", "Exercise", "ÉTÉ", "is.", "?"]

    func regex(for template: Template) -> NSRegularExpression {
        var pattern = "^\\s*"
        var segments = template.segments
        if case .literal(let last)? = segments.last {
            segments[segments.count - 1] = .literal(String(last.reversed().drop { ".!?".contains($0) || $0 == " " }.reversed()))
        }
        for segment in segments {
            switch segment {
            case .literal(let text):
                pattern += text.split(separator: " ", omittingEmptySubsequences: false)
                    .map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\\s+")
            case .placeholder: pattern += "(.+?)"
            }
        }
        return try! NSRegularExpression(pattern: pattern + "[.!?]*\\s*$", options: [.caseInsensitive])
    }

    @Test(arguments: 0..<4) func matcherAgreesWithTheRegularExpression(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 100)
        for source in Self.templates {
            let template = try Template(source)
            let pattern = TemplatePattern(template)
            let expression = regex(for: template)
            for _ in 0..<300 {
                var sentence: String
                if Bool.random(using: &random) {
                    // A rendering with random words for the placeholders: often the right shape.
                    sentence = template.segments.map { segment -> String in
                        if case .literal(let text) = segment { return text }
                        return (0..<Int.random(in: 1...2, using: &random)).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
                    }.joined()
                } else {
                    sentence = (0..<Int.random(in: 1...8, using: &random)).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
                }
                let expected: [String]? = expression.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).map { result in
                    (1..<result.numberOfRanges).map { String(sentence[Range(result.range(at: $0), in: sentence)!]) }
                }
                #expect(pattern.match(Substring(sentence))?.map(\.text) == expected, "\(source) ~ \(sentence)")
            }
        }
    }
}
