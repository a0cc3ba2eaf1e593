import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

// Front matter fields need the YAML layer (not in this tree); these only check that the
// block is skipped and that positions after it are right.
@Suite struct FrontMatterTests {
    @Test func frontMatterIsSkippedAndLinesStayRight() throws {
        let document = Fixture.parse("---\ntitle: x\n# not a heading\n---\n# T\n\n## S\n\n- **K:** v\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(position(frontMatter.range) == "1:1-5:1")
        #expect(document.titles.map { spot($0.textRange, in: document) } == ["5:3-5:4 T"])
        #expect(document.sections.map(\.title) == ["S"])
        #expect(document.listFields.map { spot($0.valueRange, in: document) } == ["9:10-9:11 v"])
        #expect(document.preamble.isEmpty)
    }

    @Test func frontMatterWithBOMAndCRLF() throws {
        let text = "---\r\ntags: [a]\r\n...\r\n## S\r\n\r\n[l](u)\r\n"
        let document = Fixture.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(document.frontMatter.map { position($0.range) } == "1:1-4:1")
        #expect(document.sections.map { spot($0.heading.textRange, in: document) } == ["4:4-4:5 S"])
        #expect(document.links.map { spot($0.range, in: document) } == ["6:1-6:7 [l](u)"])
    }

    @Test func unclosedFenceIsNotFrontMatter() {
        let document = Fixture.parse("---\ntitle: x\n")
        #expect(document.frontMatter == nil)
    }
}
