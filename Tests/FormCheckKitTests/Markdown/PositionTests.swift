import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct PositionTests {
    @Test func fieldValueLinkAndQuestionHeading() throws {
        let document = Fixture.parse("## FAQ\n\n### Why *this* one?\n\nSee [docs](https://d.example).\n\n- **Key:** Value here\n")
        let question = try #require(document.sections.first?.subsections.first)
        #expect(question.heading.text == "Why this one?")
        #expect(spot(question.heading.textRange, in: document) == "3:5-3:20 Why *this* one?")
        #expect(spot(question.heading.range, in: document) == "3:1-3:20 ### Why *this* one?")
        #expect(document.links.map { spot($0.range, in: document) } == ["5:5-5:30 [docs](https://d.example)"])
        #expect(document.links.first?.sectionPath == ["FAQ", "Why this one?"])
        #expect(document.listFields.map { spot($0.valueRange, in: document) } == ["7:12-7:22 Value here"])
    }

    @Test func columnsCountScalarsAfterEmojiAndCJK() throws {
        let document = Fixture.parse("## 日本 😀 Title\n\n- **Mood 😀:** Happy 日本\n\n日本語 [link](https://l.example) 😀 end.\n")
        let field = try #require(document.listFields.first)
        #expect(field.key == "Mood 😀")
        #expect(spot(field.valueRange, in: document) == "3:15-3:23 Happy 日本")
        #expect(document.source.utf16Column(of: field.valueRange.start) == 16)
        #expect(document.source.utf16Column(of: field.valueRange.end) == 24)
        #expect(field.valueRange.start.offset == document.source.lineStarts[2] + 17)

        let link = try #require(document.links.first)
        #expect(spot(link.range, in: document) == "5:5-5:30 [link](https://l.example)")
        #expect(document.source.utf16Column(of: link.range.start) == 5)

        let heading = try #require(document.sections.first?.heading)
        #expect(spot(heading.textRange, in: document) == "1:4-1:14 日本 😀 Title")
        #expect(document.source.utf16Column(of: heading.textRange.end) == 15)
        let sentence = try #require(document.allParagraphs.last?.sentences.first)
        #expect(spot(sentence.range, in: document) == "5:1-5:37 日本語 [link](https://l.example) 😀 end.")
    }

    /// Every field, link, heading and sentence position of a page.
    private func positions(_ document: ContentDocument) -> [String] {
        document.listFields.flatMap { field in
            ["field \(field.key) \(position(field.keyRange)) \(position(field.valueRange))"]
                + field.values.map { "value \($0.text) \(position($0.range))" }
        }
        + document.links.map { "link \($0.text) \(position($0.range))" }
        + document.titles.map { "title \(position($0.range)) \(position($0.textRange))" }
        + document.allSections.map { "heading \($0.title) \(position($0.heading.range)) \(position($0.heading.textRange))" }
        + document.allParagraphs.flatMap { $0.sentences.map { "sentence \(position($0.range))" } }
    }

    @Test func lineEndingsAndBOMDoNotMovePositions() {
        let page = Fixture.seedLikePage
        let plain = Fixture.parse(page)
        let expected = positions(plain)
        #expect(expected.count > 40)
        let variants: [(String, [UInt8])] = [
            ("CRLF", Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("CR", Array(page.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("BOM", [0xEF, 0xBB, 0xBF] + Array(page.utf8)),
            ("BOM+CRLF", [0xEF, 0xBB, 0xBF] + Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ]
        for (name, bytes) in variants {
            let document = Fixture.parse(bytes: bytes)
            #expect(positions(document) == expected, "\(name)")
            #expect(document.listFields.map(\.value) == plain.listFields.map(\.value), "\(name)")
            #expect(document.listFields.map { document.source.text($0.valueRange) } == plain.listFields.map(\.value), "\(name)")
            #expect(document.links.map { document.source.text($0.range) } == plain.links.map { plain.source.text($0.range) }, "\(name)")
            #expect(document.problems.isEmpty, "\(name)")
        }
    }
}
