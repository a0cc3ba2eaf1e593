import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The destination range of inline links, read from each link's own bytes after parsing.
@Suite struct LinkDestinationTests {
    /// The destination as written (from the recorded range) of the page's only link.
    func written(_ markdown: String) -> String? {
        let file = SourceFile(path: "p.md", text: markdown)
        let links = MarkdownParser.parse(file).links
        guard links.count == 1, let range = links[0].destinationRange else { return nil }
        return String(decoding: file.bytes[range.byteRange], as: UTF8.self)
    }

    @Test(arguments: [
        ("See [a](https://x.org/a).\n", "https://x.org/a"),
        ("See [a](https://x.org/a \"A title\").\n", "https://x.org/a"),
        ("See [a](https://x.org/a 'it\\'s').\n", "https://x.org/a"),
        ("See [a](https://x.org/a (paren title)).\n", "https://x.org/a"),
        ("See [a](<https://x.org/a b> \"t\").\n", "<https://x.org/a b>"),
        ("See [a](https://x.org/(a)_(b)).\n", "https://x.org/(a)_(b)"),
        ("See [a](https://x.org/a\\)b).\n", "https://x.org/a\\)b"),
        ("See [a [b] c](https://x.org/n).\n", "https://x.org/n"),
        ("See [**bold** `code](x)`](https://x.org/c).\n", "https://x.org/c"),
        ("See [a\\]](https://x.org/e).\n", "https://x.org/e"),
        ("See [a](\n  https://x.org/l\n  \"t\").\n", "https://x.org/l"),
        ("See ![alt](https://x.org/i.png \"t\").\n", "https://x.org/i.png"),
        ("- [é ü](https://x.org/ü)\n", "https://x.org/ü"),
    ])
    func destinationIsFound(_ markdown: String, _ expected: String) {
        let file = SourceFile(path: "p.md", text: markdown)
        let ranges = MarkdownParser.parse(file).links.map { String(decoding: file.bytes[$0.range.byteRange], as: UTF8.self) }
        #expect(written(markdown) == expected, "links: \(ranges)")
    }

    @Test func emptyDestinationIsAnEmptyRange() {
        #expect(written("See [a]().\n") == "")
    }

    @Test func referenceAndAutolinksHaveNone() {
        #expect(written("See [a][r].\n\n[r]: https://x.org\n") == nil)
        #expect(written("See <https://x.org>.\n") == nil)
    }

    @Test func spellingIsBareOrAngled() {
        #expect(LinkDestination.spelling(of: "https://x.org/a", angled: false) == "https://x.org/a")
        #expect(LinkDestination.spelling(of: "https://x.org/a", angled: true) == "<https://x.org/a>")
        #expect(LinkDestination.spelling(of: "https://x.org/a b", angled: false) == "<https://x.org/a b>")
        #expect(LinkDestination.spelling(of: "https://x.org/a)", angled: false) == "<https://x.org/a)>")
        #expect(LinkDestination.spelling(of: "https://x.org/<a>", angled: false) == nil)
    }
}

/// Links that span lines: cmark-gfm records their end on the wrong line; the range and
/// kind are read from the bytes.
@Suite struct MultiLineLinkTests {
    @Test(arguments: [
        "See [more legs\nexercises](https://x.org/legs) today.\n",
        "See [a](\n  https://x.org/legs\n  \"t\") today.\n",
        "See [a](https://x.org/legs\n'title\nover lines') today.\n",
    ])
    func rangeEndsAtTheClosingParenthesis(_ markdown: String) throws {
        let file = SourceFile(path: "p.md", text: markdown)
        let link = try #require(MarkdownParser.parse(file).links.first)
        let written = String(decoding: file.bytes[link.range.byteRange], as: UTF8.self)
        #expect(written.hasPrefix("[") && written.hasSuffix(")"), "\(written)")
        #expect(link.kind == .inline)
        #expect(link.destinationRange.map { String(decoding: file.bytes[$0.byteRange], as: UTF8.self) } == "https://x.org/legs")
    }

    @Test func referenceLinkIsNotReadAsInline() throws {
        let file = SourceFile(path: "p.md", text: "See [a][r] and [b](https://x.org).\n\n[r]: https://x.org\n")
        let links = MarkdownParser.parse(file).links
        #expect(links.map(\.kind) == [.reference, .inline])
        #expect(links.first?.destinationRange == nil)
    }
}
