import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct SectionTreeTests {
    @Test func level3HeadingsBecomeSubsections() {
        let document = Fixture.parse("# T\n\n## A\n\ntext\n\n### A1\n\nx\n\n### A2\n\ny\n\n## B\n\nz\n\n\n")
        #expect(document.sections.map(\.title) == ["A", "B"])
        #expect(document.sections[0].subsections.map(\.title) == ["A1", "A2"])
        #expect(document.sections[0].paragraphs.map(\.text) == ["text"])
        #expect(document.sections[0].allBlocks.count == 3)
        // Ranges end at the last block, not at the blank lines or the next heading.
        #expect(document.sections.map { position($0.range) } == ["3:1-13:2", "15:1-17:2"])
        #expect(document.sections[0].subsections.map { position($0.range) } == ["7:1-9:2", "11:1-13:2"])
        #expect(document.allSections.map(\.title) == ["A", "A1", "A2", "B"])
    }

    @Test func level3BeforeAnyLevel2IsATopLevelSection() {
        let document = Fixture.parse("### Early\n\nx\n\n## Main\n\ny\n")
        #expect(document.sections.map { "\($0.heading.level) \($0.title) \(position($0.range))" } == ["3 Early 1:1-3:2", "2 Main 5:1-7:2"])
        #expect(document.preamble.isEmpty)
    }

    @Test func secondTitleGoesToTitles() {
        let document = Fixture.parse("Intro.\n\n# One\n\n## S\n\ntext\n\n# Two\n\nmore\n")
        #expect(document.titles.map { spot($0.textRange, in: document) } == ["3:3-3:6 One", "9:3-9:6 Two"])
        #expect(document.title?.text == "One")
        #expect(document.preamble.count == 1)
        #expect(document.sections.map(\.title) == ["S"])
    }

    @Test func headingWithoutBlocksEndsAtItself() {
        let document = Fixture.parse("## Empty\n\n## Next\n")
        #expect(document.sections.map { spot($0.range, in: document) } == ["1:1-1:9 ## Empty", "3:1-3:8 ## Next"])
    }

    @Test func setextAndEmptyHeadings() {
        let document = Fixture.parse("Title\n=====\n\nPart\n----\n\n##\n")
        #expect(document.titles.map { spot($0.textRange, in: document) } == ["1:1-1:6 Title"])
        #expect(document.sections.map(\.title) == ["Part", ""])
        #expect(document.sections.map { position($0.heading.range) } == ["4:1-5:5", "7:1-7:3"])
    }
}
