import Testing
@testable import FormCheckKit

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
        ("See [a](https://x.org/a 'it''s').\n", "https://x.org/a"),
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
        #expect(written(markdown) == expected)
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
