import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// `check: fields` — pass/fail examples with `↓` where each finding must point.
@Suite struct FieldsCheckTests {
    static let header = """
        taxonomy:
          equipment:
            - Band
            - { value: Body Weight, aliases: [Bodyweight] }
            - Dumbbell
          muscle: [Glutes, Calves, Hamstrings]
        fields:
          from: { section: Quick answer }
          names: [Equipment, Secondary Muscles, Reps, Level]
        """

    func verify(_ rule: String, pass: [String] = [], fail: [Failing] = [],
                variants: [ExampleVariant] = ExampleVariant.allCases,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try verifyRule(rule, header: Self.header, pass: pass, fail: fail, variants: variants, sourceLocation: sourceLocation)
    }

    static func page(_ items: String...) -> String {
        "# Squat\n\n## Quick answer\n\n" + items.map { "- " + $0 + "\n" }.joined()
    }

    @Test func requiredField() throws {
        try verify("id: f\ncheck: fields\nfields: [Equipment, Reps]\nrequired: true", pass: [
            Self.page("**Equipment:** Band", "**Reps:** 10"),
            // Keys compare case-insensitively; `**Key**: Value` is a field too.
            Self.page("**equipment:** Band", "**Reps**: 10"),
        ], fail: [
            Failing("# Squat\n\n## ↓Quick answer\n\n- **Equipment:** Band\n", "missing required field 'Reps'"),
            // A field outside the pack's field section does not count.
            Failing("# Squat\n\n- **Reps:** 10\n\n## ↓Quick answer\n\n- **Equipment:** Band\n", "missing required field 'Reps'"),
        ])
    }

    /// An empty value is an empty range just after the colon (inside `**…**`).
    @Test func emptyValue() throws {
        try verify("id: f\ncheck: fields\nfield: Equipment\nrequired: true", fail: [
            Failing(Self.page("**Equipment:↓**"), "field 'Equipment' is empty"),
        ])
    }

    @Test func enumValues() throws {
        try verify("id: f\ncheck: fields\nfield: Equipment\nenum: equipment", pass: [
            Self.page("**Equipment:** Body Weight"),
            // Not required: a page without the field passes this rule.
            Self.page("**Reps:** 10"),
        ], fail: [
            Failing(Self.page("**Equipment:** ↓body weight"), #"Equipment is "body weight"; write it "Body Weight""#),
            Failing(Self.page("**Equipment:** ↓Bodyweight"), #"Equipment "Bodyweight" is another name for "Body Weight"; use "Body Weight""#),
            Failing(Self.page("**Equipment:** ↓Dumbell"), #"Equipment "Dumbell" is not an allowed value; did you mean "Dumbbell"?"#),
            Failing(Self.page("**Equipment:** ↓Spoon"), #"Equipment "Spoon" is not an allowed value; expected one of: Band, Body Weight, Dumbbell"#),
            // Markup around the value: the finding points at the value's text.
            Failing(Self.page("**Equipment:** *↓Spoon*"), #"Equipment "Spoon" is not an allowed value; expected one of: Band, Body Weight, Dumbbell"#),
        ])
    }

    @Test func multipleWithNone() throws {
        let rule = "id: f\ncheck: fields\nfield: Secondary Muscles\nenum: muscle\nmultiple: true\nnone: None"
        try verify(rule, pass: [
            Self.page("**Secondary Muscles:** Glutes, Calves"),
            Self.page("**Secondary Muscles:** None"),
        ], fail: [
            // One slip is offered; "Calfs" (two edits from "Calves" in five letters) is not.
            Failing(Self.page("**Secondary Muscles:** Glutes, ↓Calvs"),
                    #"Secondary Muscles "Calvs" is not an allowed value; did you mean "Calves"?"#),
            Failing(Self.page("**Secondary Muscles:** Glutes, ↓Calfs"),
                    #"Secondary Muscles "Calfs" is not an allowed value; expected one of: Glutes, Calves, Hamstrings, None"#),
            Failing(Self.page("**Secondary Muscles:** Glutes, ↓None"), #"Secondary Muscles lists "None" together with other values"#),
            Failing(Self.page("**Secondary Muscles:** ↓Nope"),
                    #"Secondary Muscles "Nope" is not an allowed value; expected one of: Glutes, Calves, Hamstrings, None"#),
            // Columns count Unicode scalars: CJK before the second value.
            Failing(Self.page("**Secondary Muscles:** ↓臀部, ↓Calvs"),
                    #"Secondary Muscles "臀部" is not an allowed value; expected one of: Glutes, Calves, Hamstrings, None"#,
                    #"Secondary Muscles "Calvs" is not an allowed value; did you mean "Calves"?"#),
        ])
    }

    @Test func pattern() throws {
        try verify("id: f\ncheck: fields\nfield: Reps\npattern: '^[0-9]+$'", pass: [Self.page("**Reps:** 12")], fail: [
            Failing(Self.page("**Reps:** ↓ten"), #"Reps "ten" does not match /^[0-9]+$/"#),
        ])
    }

    @Test func duplicates() throws {
        try verify("id: f\ncheck: fields\nduplicates: true", pass: [Self.page("**Equipment:** Band", "**Reps:** 10")], fail: [
            Failing(Self.page("**Equipment:** Band", "**Reps:** 10", "**↓Equipment:** Dumbbell"),
                    "field 'Equipment' appears twice (first on line 5)"),
        ])
    }

    @Test func unknownKeys() throws {
        try verify("id: f\ncheck: fields\nunknown: true", pass: [Self.page("**Equipment:** Band", "**Level:** 2")], fail: [
            Failing(Self.page("**↓Levle:** 2"), "unknown field 'Levle'; did you mean 'Level'?"),
            Failing(Self.page("**↓Colour:** red"), "unknown field 'Colour'"),
        ])
    }

    @Test func frontMatterFieldsCount() throws {
        // Front matter must open the file, so it is not re-run after a line, in a fence or with a BOM.
        try verify("id: f\ncheck: fields\nfield: Equipment\nenum: equipment", pass: [
            "---\nEquipment: Band\n---\n# Squat\n",
        ], fail: [
            Failing("---\nEquipment: ↓Spoon\n---\n# Squat\n",
                    #"Equipment "Spoon" is not an allowed value; expected one of: Band, Body Weight, Dumbbell"#),
        ], variants: [.plain, .crlf])
    }
}
