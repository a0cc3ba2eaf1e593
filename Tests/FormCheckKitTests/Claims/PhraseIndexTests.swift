import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The pack's one automaton over every taxonomy: longest match, forms, boundaries.
@Suite struct PhraseIndexTests {
    static let index = PhraseIndex(enums: [
        "tool": TaxonomyEnum(name: "tool", values: [
            TaxonomyValue(canonical: "Pan"), TaxonomyValue(canonical: "Machine"),
            TaxonomyValue(canonical: "Stand Mixer", aliases: ["Mixer"]), TaxonomyValue(canonical: "Cable", aliases: ["Cable Machine"]),
        ]),
        "food": TaxonomyEnum(name: "food", values: [TaxonomyValue(canonical: "Bell Pepper"), TaxonomyValue(canonical: "Pan")]),
    ])

    func found(_ text: String) -> [String] {
        Self.index.matches(in: text).map { match in
            String(text.utf8Slice(match.bytes)) + "=" + match.entries.map { "\($0.taxonomy):\($0.canonical)" }.sorted().joined(separator: ",")
        }
    }

    @Test func theLongestSpellingWins() {
        #expect(found("Clip it to the cable machine, then the machine.") == [
            "cable machine=tool:Cable", "machine=tool:Machine",
        ])
    }

    @Test func pluralHyphenSpacingAndOneWordForms() {
        #expect(found("Two STAND-MIXERS, a stand  mixer and a standmixer.") == [
            "STAND-MIXERS=tool:Stand Mixer", "stand  mixer=tool:Stand Mixer", "standmixer=tool:Stand Mixer",
        ])
    }

    @Test func onlyWholeWords() {
        #expect(found("Panic in the pantry; a mixers' pan.") == ["pan=food:Pan,tool:Pan"])
    }

    @Test func oneSpellingNamesEveryEnumThatHasIt() {
        #expect(Self.index.matches(in: "a bell pepper").first?.value(in: "food") == "Bell Pepper")
        #expect(Self.index.matches(in: "a bell pepper").first?.value(in: "tool") == nil)
    }

    @Test func nonASCIITextAroundMatches() {
        #expect(found("Über pan — naïve pan.") == ["pan=food:Pan,tool:Pan", "pan=food:Pan,tool:Pan"])
    }
}

/// `part-of:` and `related:` load, validate and link values.
@Suite struct TaxonomyRelationTests {
    func load(_ taxonomy: String) -> Result<RuleSet, PackLoadError> {
        Result { () throws(PackLoadError) in try PackLoader.load(text: "pack: t\ntaxonomy:\n" + taxonomy, path: "t.yml") }
    }

    @Test func relationsLinkValuesBothWays() throws {
        let set = try load("""
              area:
                - Shoulders
                - { value: Rear Delts, part-of: Shoulders }
                - { value: Bar, related: [Rod] }
                - Rod
            """).get()
        let area = try #require(set.taxonomy["area"])
        #expect(area.links("Rear Delts", "Shoulders", through: [.partOf]))
        #expect(area.links("Shoulders", "Rear Delts", through: [.partOf]))
        #expect(!area.links("Shoulders", "Rear Delts", through: [.related]))
        #expect(area.links("Rod", "Bar", through: [.related]))
        #expect(!area.links("Rod", "Shoulders", through: [.partOf, .related]))
    }

    @Test func aRelationToAnUnknownValueIsALocatedError() {
        guard case .failure(let error) = load("""
              area:
                - Shoulders
                - { value: Rear Delts, part-of: Shoulder }
            """) else { Issue.record("loaded"); return }
        #expect(error.errors.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" } == [
            "5:37 'Shoulder' is not a value of taxonomy 'area'; did you mean 'Shoulders'?",
        ])
    }
}
