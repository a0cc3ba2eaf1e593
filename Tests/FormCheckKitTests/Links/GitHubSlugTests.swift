import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckLinks

/// Fragment links resolve with GitHub's heading anchors: github-slugger's published cases
/// (GitHubSlugFixtures.swift), written as Markdown headings, parsed, and slugged.
@Suite struct GitHubSlugTests {
    /// A heading line for the text: ASCII punctuation backslash-escaped, so Markdown reads
    /// every character literally (`__proto__` is no emphasis, `[` no link).
    static func headingLine(_ fixture: SlugFixture) -> String {
        if let markdown = fixture.markdown { return markdown }
        var line = "# "
        for scalar in fixture.input.unicodeScalars {
            if CharacterSetASCII.punctuation.contains(scalar) {
                line += "\\"
            }
            line.unicodeScalars.append(scalar)
        }
        return line
    }

    /// The anchors of the page's headings, in order.
    static func anchors(_ fixtures: [SlugFixture]) -> [String] {
        let page = fixtures.map(headingLine).joined(separator: "\n\n") + "\n"
        let document = MarkdownParser.parse(SourceFile(path: "slugs.md", text: page))
        return HeadingSlugs.slugs(document.headingTexts)
    }

    @Test func everyCaseOfThePageGetsGitHubsAnchor() {
        let found = Self.anchors(GitHubSlugFixtures.sequence)
        #expect(found.count == GitHubSlugFixtures.sequence.count)
        for (fixture, anchor) in zip(GitHubSlugFixtures.sequence, found) {
            #expect(anchor == fixture.expected, "\(fixture.name)")
        }
    }

    @Test(arguments: GitHubSlugFixtures.categoryPrefixes)
    func categoryCaseGetsGitHubsAnchor(_ fixture: SlugFixture) {
        #expect(Self.anchors([fixture]) == [fixture.expected])
    }

    @Test func anchorsSetHoldsTheNumberedRepeats() {
        #expect(HeadingSlugs.anchors(["echo", "echo", "echo 1", "echo-1", "echo"]) == ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"])
    }
}

/// ASCII punctuation as CommonMark defines it (backslash-escapable).
enum CharacterSetASCII {
    static let punctuation: Set<Unicode.Scalar> = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.unicodeScalars)
}
