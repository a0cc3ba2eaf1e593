import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct FieldExtractionTests {
    private func fields(_ markdown: String) -> (ContentDocument, [Field]) {
        let document = Fixture.parse(markdown)
        return (document, document.listFields)
    }

    @Test func colonInsideAndOutsideTheStrongRun() {
        let (document, fields) = fields("- **Inside:** One\n- **Outside**: Two\n")
        #expect(fields.map { "\($0.key) \(spot($0.keyRange, in: document)) | \(spot($0.valueRange, in: document))" } == [
            "Inside 1:5-1:11 Inside | 1:15-1:18 One",
            "Outside 2:5-2:12 Outside | 2:16-2:19 Two",
        ])
    }

    @Test func commaSeparatedValuesEachHaveARange() throws {
        let (document, fields) = fields("- **Muscles:** Glutes,  Hamstrings , Calves\n")
        let field = try #require(fields.first)
        #expect(field.value == "Glutes,  Hamstrings , Calves")
        #expect(field.values.map { spot($0.range, in: document) } == [
            "1:16-1:22 Glutes", "1:25-1:35 Hamstrings", "1:38-1:44 Calves",
        ])
        #expect(field.values.map(\.text) == ["Glutes", "Hamstrings", "Calves"])
    }

    @Test func emptyValueIsAnEmptyRangeAfterTheColon() throws {
        let (document, fields) = fields("- **Empty:**\n- **Blank**:\n")
        #expect(fields.map(\.key) == ["Empty", "Blank"])
        #expect(fields.map(\.value) == ["", ""])
        #expect(fields.map { spot($0.valueRange, in: document) } == ["1:11-1:11 ", "2:13-2:13 "])
        #expect(fields.allSatisfy { $0.values.isEmpty && $0.valueRange.isEmpty })
    }

    @Test func listItemsThatAreNotFields() {
        let (document, fields) = fields("""
            - plain item
            - **Bold** without colon
            - text then **Key:** value
            - *Emphasis:* value
            - **:** no key

            """)
        #expect(fields.isEmpty)
        #expect(document.allLists.first?.items.count == 5)
        #expect(document.allLists.first?.items.allSatisfy { $0.field == nil } == true)
    }

    @Test func valueWithEmphasisOrLink() {
        let (document, fields) = fields("- **Tip:** go *slowly* now\n- **See:** [the guide](https://g.example/x)\n- **Both:** a [b](u), c\n")
        #expect(fields.map { "\($0.key)=\($0.value) \(spot($0.valueRange, in: document))" } == [
            "Tip=go slowly now 1:12-1:27 go *slowly* now",
            // The range covers the value's text; the link's closing `](…)` is not text.
            "See=the guide 2:13-2:22 the guide",
            "Both=a b, c 3:13-3:24 a [b](u), c",
        ])
        #expect(fields[2].values.map { spot($0.range, in: document) } == ["3:13-3:17 a [b", "3:23-3:24 c"])
        #expect(document.links.map { spot($0.range, in: document) } == [
            "2:12-2:44 [the guide](https://g.example/x)", "3:15-3:21 [b](u)",
        ])
        #expect(document.links.map(\.kind) == [.inline, .inline])
    }

    @Test func fieldsNestedInSectionsCarryTheirPath() {
        let (_, fields) = fields("## Outer\n\n### Inner\n\n- **K:** v\n")
        #expect(fields.map(\.sectionPath) == [["Outer", "Inner"]])
    }
}
