import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A folder of pages for one test, removed when the test ends.
final class LinkFixture {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "formcheck-links-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ name: String) -> String { root + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = path(name)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    func page(_ name: String, _ text: String) throws -> PageLinks {
        PageLinks(document: MarkdownParser.parse(SourceFile(path: try write(name, text), text: text)))
    }
}

@Suite struct NormalizedURLTests {
    @Test func schemeHostDefaultPortAndTrailingSlash() throws {
        let url = try #require(NormalizedURL("HTTPS://Example.COM:443/Path/?q=1#Steps"))
        #expect(url.withoutFragment == "https://example.com/Path?q=1")
        #expect(url.fragment == "Steps")
        #expect(NormalizedURL("http://example.com:80")?.withoutFragment == "http://example.com/")
        #expect(NormalizedURL("http://example.com:8080/a/")?.withoutFragment == "http://example.com:8080/a")
        #expect(NormalizedURL("https://example.com/a/", trailingSlashSignificant: true)?.withoutFragment == "https://example.com/a/")
        #expect(NormalizedURL("mailto:a@example.com") == nil)
        #expect(NormalizedURL("page.md") == nil)
    }

    @Test func underABase() throws {
        let base = try #require(NormalizedURL("https://site.test/docs"))
        #expect(try #require(NormalizedURL("http://SITE.test/docs/a")).isUnder(base))
        #expect(try #require(NormalizedURL("https://site.test/docs")).isUnder(base))
        #expect(!(try #require(NormalizedURL("https://site.test/docsets")).isUnder(base)))
        #expect(!(try #require(NormalizedURL("https://other.test/docs/a")).isUnder(base)))
    }
}

@Suite struct HeadingSlugTests {
    @Test func githubRules() {
        #expect(HeadingSlugs.slug("Steps & Tips") == "steps--tips")
        #expect(HeadingSlugs.slug("What's it for? (FAQ)") == "whats-it-for-faq")
        #expect(HeadingSlugs.slug("Über_cool-Move 2") == "über_cool-move-2")
        #expect(HeadingSlugs.anchors(["FAQ", "FAQ", "FAQ"]) == ["faq", "faq-1", "faq-2"])
    }
}

@Suite struct LinkInventoryTests {
    @Test func deduplicatesByNormalisedURLAndKeepsEveryOccurrence() throws {
        let fixture = try LinkFixture()
        let a = try fixture.page("a.md", "# A\n\n[x](https://Site.test/p/) and [y](https://site.test:443/p#top)\n")
        let b = try fixture.page("b.md", "# B\n\n[z](https://site.test/p)\n")
        let inventory = LinkInventory(pages: [a, b])
        #expect(inventory.linkCount == 3)
        #expect(inventory.webURLs == ["https://site.test/p"])
        let occurrences = inventory.targets.filter { if case .web = $0.key.kind { true } else { false } }.values.flatMap { $0 }
        #expect(occurrences.count == 3)
        #expect(Set(inventory.targets.keys.map(\.fragment)) == [nil, "top"])
    }

    @Test func classifiesTargets() {
        #expect(LinkInventory.target(of: "#Steps", on: "dir/a.md", trailingSlashSignificant: false)
            == LinkTarget(kind: .samePage(path: "dir/a.md"), fragment: "Steps"))
        #expect(LinkInventory.target(of: "../b%20c.md#faq", on: "dir/sub/a.md", trailingSlashSignificant: false)
            == LinkTarget(kind: .file("dir/b c.md"), fragment: "faq"))
        #expect(LinkInventory.target(of: "mailto:x@y.z", on: "a.md", trailingSlashSignificant: false).kind == .other("mailto:x@y.z"))
    }
}

@Suite struct OfflineResolutionTests {
    /// Lints `pages` offline under a pack with the given `links:` YAML and returns "file:line:col reason".
    func findings(_ fixture: LinkFixture, pages: [PageLinks], links: String) async throws -> [String] {
        let packPath = try fixture.write("pack.yml", "pack: test\nlinks:\n" + links)
        let ruleSet = try PackLoader.load(.file(packPath))
        let settings = try #require(ruleSet.links)
        let diagnostics = await LinkChecker(settings: settings, mode: .offline).check(LinkInventory(pages: pages))
        return diagnostics.map {
            "\(($0.path as NSString).lastPathComponent):\($0.range.start.line):\($0.range.start.column) \($0.ruleID) \($0.found ?? "")"
        }
    }

    @Test func sitemapContentFilesAndFragments() async throws {
        let fixture = try LinkFixture()
        try fixture.write("site/sitemap.txt", "https://site.test/\nhttps://site.test/about/\n# comment\n")
        try fixture.write("content/squat.md", "# Squat\n\n## Steps\n\ntext\n")
        let page = try fixture.page("content/lunge.md", """
            # Lunge

            ## Related

            - [Home](https://SITE.test)
            - [About](https://site.test/about)
            - [Squat](https://site.test/exercises/squat#steps)
            - [Squat tips](https://site.test/exercises/squat#tips)
            - [Draft](https://site.test/exercises/new-move)
            - [Pricing](https://site.test/pricing)
            - [External](https://elsewhere.test/x)
            - [Mail](mailto:a@b.c)

            """)
        let links = """
              site: https://site.test
              sitemap: site/sitemap.txt
              content:
                "https://site.test/exercises/{slug}": \(fixture.root)/content/{slug}.md
              severity: { fragment: error }

            """
        let found = try await findings(fixture, pages: [page], links: links)
        let squat = fixture.path("content/squat.md")
        let newMove = fixture.path("content/new-move.md")
        #expect(found == [
            "lunge.md:8:3 links/fragment no heading #tips in \(squat)",
            "lunge.md:9:3 links/broken not in sitemap and no file \(newMove)",
            "lunge.md:10:3 links/broken not in sitemap",
        ])
    }

    @Test func aPageWrittenInTheSameCommitResolvesThroughContent() async throws {
        let fixture = try LinkFixture()
        let page = try fixture.page("content/a.md", "# A\n\n[B](https://site.test/exercises/b) [C](https://site.test/exercises/c)\n")
        _ = try fixture.page("content/b.md", "# B\n")
        let found = try await findings(fixture, pages: [page], links: """
              site: [https://site.test]
              content:
                "https://site.test/exercises/{slug}": \(fixture.root)/content/{slug}.md

            """)
        #expect(found == ["a.md:3:36 links/broken no file \(fixture.path("content/c.md"))"])
    }

    @Test func relativeLinksAndFragmentsOnTheSamePage() async throws {
        let fixture = try LinkFixture()
        try fixture.write("docs/guide.md", "# Guide\n\n## Getting started\n")
        try fixture.write("docs/image.png", "png")
        let page = try fixture.page("docs/index.md", """
            # Index

            ## Steps

            [ok](guide.md#getting-started) [bad anchor](guide.md#install) [missing](missing.md)
            [img](./image.png#x) [here](#steps) [nowhere](#faq) [up](../docs/guide.md)

            """)
        let found = try await findings(fixture, pages: [page], links: "  timeout: 3\n")
        #expect(found == [
            "index.md:5:32 links/fragment no heading #install in \(fixture.path("docs/guide.md"))",
            "index.md:5:63 links/broken no file \(fixture.path("docs/missing.md"))",
            "index.md:6:37 links/fragment no heading #faq on this page",
        ])
    }

    @Test func oneFindingPerOccurrence() async throws {
        let fixture = try LinkFixture()
        let pages = try (1...3).map { try fixture.page("p\($0).md", "# P\n\n[gone](gone.md)\n") }
        let diagnostics = await LinkChecker(settings: LinkSettings(), mode: .offline).check(LinkInventory(pages: pages))
        #expect(diagnostics.map { ($0.path as NSString).lastPathComponent } == ["p1.md", "p2.md", "p3.md"])
        #expect(diagnostics.allSatisfy { $0.range.start.line == 3 && $0.range.start.column == 1 && $0.severity == .error })
        #expect(await LinkChecker(settings: LinkSettings(), mode: .skip).check(LinkInventory(pages: pages)).isEmpty)
    }

    @Test func sitemapXMLAndSettingsErrors() throws {
        let xml = "<urlset><url><loc>https://Site.test/a/</loc></url><url><loc>https://site.test/b?x=1&amp;y=2</loc></url></urlset>"
        #expect(Sitemap.urls(in: xml) == ["https://site.test/a", "https://site.test/b?x=1&y=2"])
        let fixture = try LinkFixture()
        let pack = try fixture.write("bad.yml", "pack: bad\nlinks:\n  accept: [200, 700]\n  per-host: 0\n  sitemapp: x\n")
        #expect(throws: PackLoadError.self) { try PackLoader.load(.file(pack)) }
        let good = try fixture.write("good.yml", "pack: good\nlinks:\n  accept: [200-204, 301]\n  exclude: '^https://skip\\.test/'\n")
        let settings = try #require(try PackLoader.load(.file(good)).links)
        #expect(settings.accept == Set(200...204).union([301]))
        #expect(settings.isExcluded("https://skip.test/a"))
    }
}

/// The seed page lives in the shared folder beside the repository, not in it; the test is
/// skipped where that folder is absent (a bare clone).
let seedPage = SharedFolder.seedPage

@Suite struct SeedPageLinkTests {
    @Test(.enabled(if: SharedFolder.has("seed"), SharedFolder.missing("seed")))
    func seedLinksAgainstASitemap() async throws {
        let document = MarkdownParser.parse(try SourceFileLoader.load(seedPage))
        let fixture = try LinkFixture()
        try fixture.write("sitemap.xml", """
            <urlset><url><loc>https://forgetrainer.ai/</loc></url>
            <url><loc>https://forgetrainer.ai/exercises/legs</loc></url>
            <url><loc>https://forgetrainer.ai/exercises/equipment/bodyweight/</loc></url></urlset>
            """)
        let pack = try fixture.write("pack.yml", """
            pack: seed
            links:
              site: https://forgetrainer.ai
              sitemap: sitemap.xml
              content:
                "https://forgetrainer.ai/exercises/{slug}": \(fixture.root)/content/{slug}.md

            """)
        let settings = try #require(try PackLoader.load(.file(pack)).links)
        let diagnostics = await LinkChecker(settings: settings, mode: .offline).check(LinkInventory(pages: [PageLinks(document: document)]))
        #expect(diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.found ?? "")" } == [
            // Two segments after /exercises/: not a slug, so only the sitemap decides.
            "62:3 not in sitemap",
        ])
        #expect(diagnostics.first?.sectionPath.isEmpty == false)
    }
}
