import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckRules

/// The `references` kind on one page: what it reads, and the counts it checks against the
/// entries listed (names and values are resolved in the catalog pass: ReferencePassTests).
@Suite struct ReferencesCheckTests {
    static let header = """
        taxonomy:
          level: [Easy, Hard]
          kind: [Bar, { value: Bell, aliases: [Bells] }, Band]
          part: [Legs, Arms, { value: Calves, part-of: [Legs] }]
        """

    static let rule = """
        id: listed
        check: references
        entries: ["**{{name}}** — {{Level}} | Part: {{Part}}", "**{{name}}** — {{Level}}"]
        headings: ["{{Kind}} ({{count}} items)", "{{Kind}} ({{count}} item)"]
        sentences: ["{{count}} items for your {{Part}}"]
        breakdown: { part: "{{count}} {{Level}}", separator: "|" }
        attributes:
          Level: { taxonomy: level }
          Kind: { taxonomy: kind }
          Part: { taxonomy: part }
        catalog-counts: true
        """

    func ruleSet() throws -> RuleSet { try onePack(rule: Self.rule, header: Self.header) }

    @Test func countsAgainstTheListedEntries() throws {
        try verifyRule(Self.rule, header: Self.header, pass: [
            """
            # Leg items

            2 items for your legs. 1 Easy | 1 Hard

            ## Items

            ### Bar (1 item)

            - **Squat** — Hard | Part: Legs

            ### Bells (1 item)

            - **Swing** — Easy
            """,
            // No entries listed: nothing to count (a page that only claims).
            "# Leg items\n\n20 items for your legs.\n",
        ], fail: [
            Failing("""
                # Leg items

                ↓3 items for your legs, from easy to hard.

                1 Easy | ↓2 Hard

                ## Items

                ### Bar (↓2 items)

                - **Squat** — Hard | Part: Legs

                ### Bells (1 item)

                - **Swing** — Easy
                """,
                "the page says 3 but lists 2 entries",
                "the breakdown says 2 Hard but 1 listed entry is Hard",
                "'Bar (2 items)' says 2 but 1 entry is listed under it"),
        ])
    }

    @Test func readsEntriesWithTheirGroupsValues() throws {
        let page = """
            # Leg items

            2 items for your legs.

            ## Items

            ### Bar (1 item)

            - **Squat** — Hard | Part: Calves

            ### Bells (1 item)

            - **Swing** — Easy
            - Not an entry.
            """
        let set = try ruleSet()
        let check = try #require(set.rules.first?.check as? ReferencesCheck)
        let document = MarkdownParser.parse(SourceFile(path: "x.md", text: page))
        let read = check.pageReferences(in: CheckContext(document: document, taxonomy: set.taxonomy, fieldSource: set.fieldSource))
        let described = read.references.map { reference in
            "\(reference.name)@\(reference.range.start): " + reference.values.map { "\($0.attribute)=\($0.value)\($0.inherited ? "*" : "")@\($0.range.start)" }.joined(separator: " ")
        }
        #expect(described == [
            "Squat@9:5: Level=Hard@9:15 Part=Calves@9:28 Kind=Bar*@7:5",
            "Swing@13:5: Level=Easy@13:15 Kind=Bells*@11:5 Part=legs*@3:18",
        ])
        // Claims with values are kept for the catalog, with the values around them.
        #expect(read.counts.map { "\($0.count)@\($0.range.start) listed \($0.listed): " + $0.conditions.map { "\($0.attribute)=\($0.value)" }.joined(separator: ",") } == [
            "2@3:1 listed 2: Part=legs",
            "1@7:10 listed 1: Kind=Bar,Part=legs",
            "1@11:12 listed 1: Kind=Bells,Part=legs",
        ])
    }

    @Test func readsTablesByHeaderOrFirstColumn() throws {
        let rule = """
            id: table
            check: references
            table: header
            attributes: { Level: { taxonomy: level }, Goes for: { field: Part, taxonomy: part, multiple: true, none: None } }
            """
        let set = try onePack(rule: rule, header: Self.header)
        let check = try #require(set.rules.first?.check as? ReferencesCheck)
        let page = "# A vs B\n\n| | Squat | Curl |\n|---|---|---|\n| Level | Hard | Easy |\n| Goes for | Legs, Calves | None |\n| Colour | red | blue |\n"
        let document = MarkdownParser.parse(SourceFile(path: "x.md", text: page))
        let read = check.pageReferences(in: CheckContext(document: document, taxonomy: set.taxonomy, fieldSource: set.fieldSource))
        #expect(read.references.map { "\($0.name): " + $0.values.map { "\($0.attribute)=\($0.value)@\($0.range.start)" }.joined(separator: " ") } == [
            "Squat: Level=Hard@5:11 Goes for=Legs, Calves@6:14",
            "Curl: Level=Easy@5:18 Goes for=None@6:29",
        ])
        var byColumn = check
        byColumn.table = .firstColumn
        let rows = "# Items\n\n| Name | Level |\n|---|---|\n| Squat | Hard |\n| Curl | Easy |\n"
        let read2 = byColumn.pageReferences(in: CheckContext(document: MarkdownParser.parse(SourceFile(path: "y.md", text: rows)), taxonomy: set.taxonomy, fieldSource: set.fieldSource))
        #expect(read2.references.map { "\($0.name): \($0.values.map(\.value))" } == ["Squat: [\"Hard\"]", "Curl: [\"Easy\"]"])
    }

    @Test func packErrorsAreLocated() {
        func error(_ rule: String) -> String? {
            do { _ = try onePack(rule: rule, header: Self.header); return nil } catch { return "\(error)" }
        }
        #expect(error("id: r\ncheck: references\nattributes: { Level: { taxonomy: level } }")?
            .contains("a 'references' rule needs at least one of entries, headings, sentences, breakdown or table") == true)
        #expect(error("id: r\ncheck: references\nentries: [\"**{{name}}** — {{Levle}}\"]\nattributes: { Level: { taxonomy: level } }")?
            .contains("template names unknown attribute 'Levle'; did you mean 'Level'?") == true)
        #expect(error("id: r\ncheck: references\nentries: [\"{{Level}}\"]\nattributes: { Level: { taxonomy: level } }")?
            .contains("a template in 'entries' needs a '{{name}}' slot") == true)
        #expect(error("id: r\ncheck: references\ntable: rows\n")?.contains("unknown table reading 'rows'; expected header or first-column") == true)
        #expect(error("id: r\ncheck: references\ntable: header\nattributes: { Level: { taxonomy: levels } }")?
            .contains("unknown taxonomy 'levels'; did you mean 'level'?") == true)
        #expect(error("id: r\ncheck: references\nbreakdown: { part: \"{{count}}\" }\n")?
            .contains("a breakdown part needs a '{{count}}' slot and one attribute slot") == true)
    }
}
