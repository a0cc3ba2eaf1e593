import Testing
@testable import FormCheckCore
@testable import FormCheckEngine
@testable import FormCheckRules
@testable import FormCheckReporting

@Suite struct VocabularyTests {
    static let pack = """
        pack: test
        fields: { names: [Muscle, Region, Note] }
        taxonomy:
          muscle: [{ value: Quads, aliases: [Quadriceps] }, Traps, Adductors, Abductors, Core]
          region: [Legs, Core, Back]
        rules:
          - { id: muscle, check: fields, field: Muscle, enum: muscle, multiple: true }
          - { id: region, check: fields, field: Region, enum: region }
        """

    func vocabulary(_ pages: [[(String, [String])]], rareBelow: Int = 5) throws -> Vocabulary {
        var counts = FieldValueCounts()
        for page in pages { counts.add(page.map { (field: $0.0, values: $0.1) }) }
        return VocabularyAnalysis(ruleSet: try PackLoader.load(text: Self.pack, path: "p.yml"), rareBelow: rareBelow).vocabulary(counts)
    }

    func marks(_ vocabulary: Vocabulary, _ field: String) -> [String] {
        (vocabulary.fields.first { $0.name == field }?.values ?? []).map { value in
            "\(value.pages) \(value.value)" + value.marks.map { " [\($0.kind.rawValue)] \($0.note)" }.joined()
        }
    }

    @Test func marksDriftAnEditorShouldSee() throws {
        var pages: [[(String, [String])]] = Array(repeating: [("Muscle", ["Quads"]), ("Region", ["Legs"])], count: 20)
        pages += Array(repeating: [("Muscle", ["Quadriceps"]), ("Region", ["Legs"])], count: 3)
        pages.append([("Muscle", ["Trapezius", "Core"]), ("Region", ["Back"])])
        pages.append([("Muscle", ["Traps", "Adductors", "Abductors"]), ("Region", ["Back"])])
        let found = try vocabulary(pages)
        #expect(found.pages == 25)
        #expect(marks(found, "Muscle") == [
            "20 Quads",
            "3 Quadriceps [alias] another spelling of \"Quads\" [rare] on 3 pages [duplicate] likely the same as \"Quads\" (two spellings of \"Quads\")",
            "1 Abductors [rare] on 1 page",
            "1 Adductors [rare] on 1 page",
            "1 Core [other-field] a value of Region (\"Core\") [rare] on 1 page",
            "1 Trapezius [not-in-taxonomy] not in taxonomy 'muscle' [rare] on 1 page [duplicate] likely the same as \"Traps\" (abbreviation)",
            "1 Traps [rare] on 1 page",
        ])
        #expect(found.duplicates.map { "\($0.field): \($0.duplicate) → \($0.canonical)" } == [
            "Muscle: Quadriceps → Quads", "Muscle: Trapezius → Traps",
        ])
    }

    @Test func smallCatalogsMarkNothingRareAndCleanValuesNothing() throws {
        let found = try vocabulary([[("Muscle", ["Quads"]), ("Region", ["Legs"]), ("Note", ["Lower Abs"])], [("Muscle", ["Traps"]), ("Note", ["Upper Chest"])]])
        #expect(marks(found, "Muscle") == ["1 Quads", "1 Traps"])
        #expect(marks(found, "Note") == ["1 Lower Abs", "1 Upper Chest"])
    }

    @Test func taxonomyBlockAddsMissingValuesWithTheirDuplicatesAsAliases() throws {
        let found = try vocabulary([
            [("Muscle", ["Grip Muscles"])], [("Muscle", ["Grip Muscles"])], [("Muscle", ["Grip Muscle"])], [("Note", ["Lower Abs"])],
        ])
        #expect(VocabularyText.taxonomyBlock(found) == """
            # Suggested by `formcheck vocab --write-taxonomy` from 4 pages: review before use.
            taxonomy:
              muscle:      # Muscle
                add:
                  - { value: Grip Muscles, aliases: [Grip Muscle] }
            # Fields without a taxonomy (declare one in a pack to hold them to these values):
            #   Note: [Lower Abs]

            """)
    }
}
