import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// What a parallel run keeps per page: only what the caller asks for, and links compactly.
@Suite struct CollectedDataTests {
    /// Writes the catalog fixture's pages to a folder and returns their paths.
    func writePages(_ fixture: LinkFixture) throws -> [String] {
        try CatalogReportFixture.pages.map { path, text in try fixture.write(path, text + "\n") }
    }

    @Test func keepsOnlyWhatIsAskedFor() throws {
        let fixture = try LinkFixture()
        let paths = try writePages(fixture)
        let linter = Linter(ruleSet: try CatalogReportFixture.ruleSet())

        let bare = linter.lint(paths: paths)
        #expect(bare.files.count == paths.count)
        #expect(bare.links.isEmpty)
        #expect(bare.pages.isEmpty)

        let links = linter.lint(paths: paths, collecting: .links)
        #expect(links.links.map(\.path) == paths)
        #expect(links.pages.isEmpty)
        // Pages on disk do not keep their lines: the link check reads them back.
        #expect(links.links.allSatisfy { $0.lines.isEmpty })

        let both = linter.lint(paths: paths, collecting: [.links, .pageFacts])
        #expect(both.links.count == paths.count)
        #expect(both.pages.map(\.path) == paths)
        // Collecting changes nothing in the findings.
        let summary = { (result: LintResult) in result.diagnostics.map { "\($0.path):\($0.range) \($0.ruleID) \($0.message)" } }
        #expect(!summary(bare).isEmpty)
        #expect(summary(both) == summary(bare))
    }

    @Test func sharesRepeatedDestinationsAndSectionPathsAcrossPages() throws {
        let fixture = try LinkFixture()
        let interner = LinkInterner()
        let text = "# P\n\n## Related\n\n- [a](https://site.test/a-long-shared-url) and [b](https://site.test/a-long-shared-url)\n"
        let pages = try (1...3).map { number in
            let path = try fixture.write("p\(number).md", text)
            return PageLinks(document: MarkdownParser.parse(SourceFile(path: path, text: text)), keepsLines: false, interner: interner)
        }
        #expect(pages.flatMap(\.links).count == 6)
        #expect(interner.sectionPaths.count == 1)
        // One URL and the anchors "p" and "related", whatever the number of pages.
        #expect(interner.strings.count == 3)
        #expect(pages[2].links[1].destination == "https://site.test/a-long-shared-url")
        #expect(pages[2].links[1].sectionPath == ["Related"])
    }
}

@Suite struct CompactLinkTests {
    @Test func rangeRoundTrips() {
        let range = SourceRange(
            start: SourceLocation(line: 7, column: 3, offset: 1_000_000), end: SourceLocation(line: 7, column: 40, offset: 1_000_050))
        let link = PageLink(destination: "x.md", range: range, sectionPath: [])
        #expect(link.range == range)
    }

    @Test func anchorsAnswerMembership() {
        let anchors = PageAnchors(["steps", "faq", "faq-1", "a", "steps"])
        #expect(anchors.sorted == ["a", "faq", "faq-1", "steps"])
        for present in ["a", "faq", "faq-1", "steps"] { #expect(anchors.contains(present)) }
        for absent in ["", "b", "faq-2", "z", "Steps"] { #expect(!anchors.contains(absent)) }
        #expect(!PageAnchors([]).contains("a"))
    }

    @Test func findingReadsItsLineBackFromTheFile() async throws {
        let fixture = try LinkFixture()
        let text = "# A\n\nSee [gone](missing.md) and [top](#a).\n\n- [nope](#nowhere)\n"
        let path = try fixture.write("a.md", text)
        let page = PageLinks(document: MarkdownParser.parse(SourceFile(path: path, text: text)), keepsLines: false)
        #expect(page.lines.isEmpty)
        let diagnostics = await LinkChecker(settings: LinkSettings(), mode: .offline).check(LinkInventory(pages: [page]))
        #expect(diagnostics.map(\.ruleID) == ["links/broken", "links/fragment"])
        #expect(diagnostics.map(\.sourceLine) == ["See [gone](missing.md) and [top](#a).", "- [nope](#nowhere)"])
        #expect(diagnostics.map(\.range.start.description) == ["3:5", "5:3"])
    }

    @Test func keptLinesServePagesNotOnDisk() async throws {
        let text = "# A\n\n[gone](#nowhere)\n"
        let page = PageLinks(document: MarkdownParser.parse(SourceFile(path: "<stdin>", text: text)), keepsLines: true)
        let diagnostics = await LinkChecker(settings: LinkSettings(), mode: .offline).check(LinkInventory(pages: [page]))
        #expect(diagnostics.map(\.sourceLine) == ["[gone](#nowhere)"])
    }
}
