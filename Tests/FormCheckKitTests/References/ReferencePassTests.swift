import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckRules

/// The references pass over records of pages held in memory: names resolved by title,
/// values compared through the taxonomy, counts compared with the catalog.
@Suite struct ReferencePassTests {
    static let header = ReferencesCheckTests.header + """

        fields: { names: [Level, Kind, Part, Also] }
        """

    static let rule = """
        id: listed
        check: references
        type: item
        entries: ["**{{name}}** — {{Level}} | Part: {{Part}}"]
        headings: ["{{Kind}} ({{count}} items)", "{{Kind}} ({{count}} item)"]
        sentences: ["{{count}} items for your {{Part}}"]
        table: header
        attributes:
          Level: { taxonomy: level }
          Kind: { taxonomy: kind }
          Part: { taxonomy: part }
          Also: { taxonomy: part, multiple: true, none: None }
        catalog-counts: true
        """

    static func item(_ name: String, level: String, kind: String, part: String, also: String = "None") -> String {
        "# \(name)\n\n- **Level:** \(level)\n- **Kind:** \(kind)\n- **Part:** \(part)\n- **Also:** \(also)\n"
    }

    /// The findings of the pass over `pages` (path → text); pages named `item-*` are of type `item`.
    func findings(_ pages: [(String, String)]) throws -> [String] {
        let set = try onePack(rule: Self.rule, header: Self.header)
        let recorder = CatalogRecorder(ruleSet: set, recordsReferences: true)
        let records = pages.map { path, text in
            let document = MarkdownParser.parse(SourceFile(path: path, text: text))
            let page = recorder.record(CheckContext(document: document, taxonomy: set.taxonomy, fieldSource: set.fieldSource))
            return ReferencePass.Page(path: path, type: path.hasPrefix("item-") ? "item" : "list", record: page.references!)
        }
        let rules = Dictionary(set.referenceRules.map { ($0.rule.id, ($0.rule, $0.check, set.taxonomy)) }) { first, _ in first }
        let texts = Dictionary(uniqueKeysWithValues: pages)
        return ReferencePass(pages: records).run(rules: { _, id in rules[id] }, source: { path in texts[path].map { SourceFile(path: path, text: $0) } })
            .map { diagnostic in
                "\(diagnostic.path):\(diagnostic.range.start) \(diagnostic.message)"
                    + diagnostic.related.map { " → \($0.path ?? "-"):\($0.range.start)" }.joined()
                    + (diagnostic.suggestion?.edits.first.map { " [\($0.replacement)]" } ?? "")
            }
    }

    static let catalog = [
        ("item-squat.md", item("Squat", level: "Hard", kind: "Bar", part: "Legs", also: "Calves")),
        ("item-raise.md", item("Calf Raise", level: "Easy", kind: "Bell", part: "Calves")),
        ("item-curl.md", item("Curl", level: "Easy", kind: "Band", part: "Arms")),
    ]

    @Test func agreeingPagesGiveNothing() throws {
        // An alias (Bells), case, and part-of (Calves are part of the Legs) all agree.
        let list = "# Legs\n\n2 items for your legs.\n\n## Items\n\n### Bar (1 item)\n\n- **Squat** — hard | Part: Legs\n\n### Bells (1 item)\n\n- **calf raise** — Easy | Part: Calves\n"
        #expect(try findings(Self.catalog + [("list.md", list)]) == [])
    }

    @Test func disagreementsPointAtTheNamedPage() throws {
        let list = "# Legs\n\n## Items\n\n### Bar (1 item)\n\n- **Squat** — Easy | Part: Legs\n\n### Band (2 items)\n\n- **Calf Raise** — Easy | Part: Calves\n- **Curls** — Easy | Part: Arms\n"
        let found = try findings(Self.catalog + [("list.md", list)])
        #expect(found == [
            "list.md:7:15 'Squat' is listed with Level 'Easy' but its page says Level 'Hard' → item-squat.md:3:14 [Hard]",
            "list.md:11:5 'Calf Raise' is listed under 'Band' but its page says Kind 'Bell' → item-raise.md:4:13",
            "list.md:12:5 no item page is titled 'Curls'; did you mean 'Curl'? [Curl]",
            // Two entries under "Band (2 items)", as it says, but one page of the catalog is a Band.
            "list.md:9:11 the page says 2 but the catalog has 1 page with Kind 'Band'",
        ], "\(found)")
    }

    @Test func countsAreComparedWithTheCatalog() throws {
        // 1 item for your arms is listed, and the catalog has 1: fine. 2 for the legs
        // (Squat, and Calf Raise through part-of) but one listed and claimed: a finding.
        let arms = "# Arms\n\n1 items for your arms.\n\n## Items\n\n### Band (1 item)\n\n- **Curl** — Easy | Part: Arms\n"
        let legs = "# Legs\n\n1 items for your legs.\n\n## Items\n\n### Bar (1 item)\n\n- **Squat** — Hard | Part: Legs\n"
        #expect(try findings(Self.catalog + [("arms.md", arms), ("legs.md", legs)]) == [
            "legs.md:3:1 the page says 1 but the catalog has 2 pages with Part 'Legs'",
        ])
    }

    @Test func tableCellsAndListsAreCompared() throws {
        let table = "# Squat vs Curl\n\n| | Squat | Curl |\n|---|---|---|\n| Level | Hard | Hard |\n| Also | Calves | Legs |\n"
        let found = try findings(Self.catalog + [("vs.md", table)])
        #expect(found == [
            "vs.md:5:18 'Curl' is listed with Level 'Hard' but its page says Level 'Easy' → item-curl.md:3:14 [Easy]",
            "vs.md:6:19 'Curl' is listed with Also 'Legs' but its page says Also 'None' → item-curl.md:6:13 [None]",
        ], "\(found)")
    }

    @Test func recordsRoundTripThroughCodable() throws {
        let set = try onePack(rule: Self.rule, header: Self.header)
        let list = "# Legs\n\n1 items for your legs.\n\n## Items\n\n### Bar (1 item)\n\n- **Squat** — Hard | Part: Legs\n"
        let document = MarkdownParser.parse(SourceFile(path: "list.md", text: list))
        let page = CatalogRecorder(ruleSet: set, recordsReferences: true)
            .record(CheckContext(document: document, taxonomy: set.taxonomy, fieldSource: set.fieldSource))
        let data = try JSONEncoder().encode(page)
        #expect(try JSONDecoder().decode(CatalogPage.self, from: data) == page)
        let read = try #require(page.references?.references.first)
        #expect(read.references.map(\.name) == ["Squat"])
        #expect(read.references.first?.values.map(\.attribute) == ["Level", "Part", "Kind"])
        #expect(read.counts.map(\.count) == [1, 1])
    }
}
