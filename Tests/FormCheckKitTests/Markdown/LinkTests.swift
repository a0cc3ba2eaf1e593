import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct LinkTests {
    private static let page = """
        ## Links

        Inline [one](https://a.example/1 "T") and [two][r], [r], <https://a.b>, bare https://c.d here, www.w.example too ![pic](img.png "P").

        Mail x@y.example, then ![ref pic][r] ok.

        [r]: https://r.example/ "Ref"

        """

    private func describe(_ document: ContentDocument) -> [String] {
        document.links.map { "\($0.kind) '\($0.text)' -> \($0.destination) '\($0.title)' \(spot($0.range, in: document))" }
    }

    @Test func everyKindWithItsRange() {
        let document = Fixture.parse(Self.page)
        #expect(describe(document) == [
            "inline 'one' -> https://a.example/1 'T' 3:8-3:38 [one](https://a.example/1 \"T\")",
            "reference 'two' -> https://r.example/ 'Ref' 3:43-3:51 [two][r]",
            "reference 'r' -> https://r.example/ 'Ref' 3:53-3:56 [r]",
            "autolink 'https://a.b' -> https://a.b '' 3:58-3:71 <https://a.b>",
            "autolink 'https://c.d' -> https://c.d '' 3:78-3:89 https://c.d",
            "autolink 'www.w.example' -> http://www.w.example '' 3:96-3:109 www.w.example",
            "image 'pic' -> img.png 'P' 3:114-3:133 ![pic](img.png \"P\")",
            "autolink 'x@y.example' -> mailto:x@y.example '' 5:6-5:17 x@y.example",
            "image 'ref pic' -> https://r.example/ 'Ref' 5:24-5:37 ![ref pic][r]",
        ])
        #expect(document.links.allSatisfy { $0.sectionPath == ["Links"] })
    }

    @Test func bareAutolinkRangeIsExactlyTheURL() {
        // cmark-gfm records no position for these; the range is inferred from neighbours.
        let document = Fixture.parse("See https://c.d\n\nhttps://e.f/g, then https://h.i.\n\na@b.example c@d.example\n")
        #expect(describe(document) == [
            "autolink 'https://c.d' -> https://c.d '' 1:5-1:16 https://c.d",
            "autolink 'https://e.f/g' -> https://e.f/g '' 3:1-3:14 https://e.f/g",
            "autolink 'https://h.i' -> https://h.i '' 3:21-3:32 https://h.i",
            "autolink 'a@b.example' -> mailto:a@b.example '' 5:1-5:12 a@b.example",
            "autolink 'c@d.example' -> mailto:c@d.example '' 5:13-5:24 c@d.example",
        ])
        // Text after a bare link still maps back: the sentence ends at the final period.
        let sentences = document.allParagraphs[1].sentences
        #expect(sentences.map { spot($0.range, in: document) } == ["3:1-3:33 https://e.f/g, then https://h.i."])
    }

    @Test func bareAutolinkAsAFieldValue() throws {
        let document = Fixture.parse("- **Site:** go to https://q.example now\n")
        let field = try #require(document.listFields.first)
        #expect(spot(field.valueRange, in: document) == "1:13-1:40 go to https://q.example now")
        #expect(describe(document) == ["autolink 'https://q.example' -> https://q.example '' 1:19-1:36 https://q.example"])
    }

    @Test func linkInsideEmphasisAndAcrossLines() {
        let document = Fixture.parse("*see [a\nb](https://x.example)*\n")
        #expect(describe(document) == ["inline 'a b' -> https://x.example '' 1:6-2:22 [a\nb](https://x.example)"])
    }
}
