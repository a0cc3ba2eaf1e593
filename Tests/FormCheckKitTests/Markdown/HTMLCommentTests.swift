import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct HTMLCommentTests {
    @Test func blockAndInlineComments() {
        let document = Fixture.parse("<!-- block note -->\n\n## S\n\nText <!-- inline  note --> more.\n\n- item <!--x-->\n")
        #expect(document.comments.map { "\($0.text) | \(spot($0.range, in: document))" } == [
            "block note | 1:1-1:20 <!-- block note -->",
            "inline  note | 5:6-5:27 <!-- inline  note -->",
            "x | 7:8-7:16 <!--x-->",
        ])
        #expect(document.allParagraphs.first?.text == "Text  more.")
    }

    @Test func otherHTMLIsNotAComment() {
        let document = Fixture.parse("<div>hi</div>\n\nSome <b>bold</b>.\n")
        #expect(document.comments.isEmpty)
    }

    @Test func multiLineBlockComment() {
        let document = Fixture.parse("<!--\nfirst\nsecond\n-->\n\nAfter.\n")
        #expect(document.comments.map(\.text) == ["first\nsecond"])
        #expect(document.comments.map { position($0.range) } == ["1:1-4:4"])
    }
}
