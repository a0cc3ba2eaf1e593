import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Issue #14: a related link that works is never rewritten to a URL that does not; a
/// rewritten URL is safe only when offline resolution finds it, and its text changes with it.
@Suite struct FixLinkSafetyTests {
    static let golden = try! FixSupport.sample("box-jump.md")
    static let listing = "https://forgetrainer.ai/exercises/muscle/"

    /// Target Muscle written with the alias `Abdominals`, linked as that page's site does: `/muscle/abdominals`.
    static let page: String = {
        var page = FixSupport.breaking(golden, "- **Target Muscle:** Quads", "- **Target Muscle:** Abdominals")
        page = FixSupport.breaking(page, "Targets quads, also works", "Targets abdominals, also works")
        page = FixSupport.breaking(page, "primarily targets the quadriceps,", "primarily targets the abdominals,")
        return FixSupport.breaking(
            page, "- [More Quads Exercises](https://forgetrainer.ai/exercises/muscle/quads)",
            "- [More Abdominals Exercises](https://forgetrainer.ai/exercises/muscle/abdominals)")
    }()

    /// The built-in pack with a `links:` sitemap listing these muscle pages (nil: no `links:`).
    static func fixer(sitemap slugs: [String]?, unsafe: Bool = false) -> Fixer {
        var ruleSet = FixSupport.ruleSet
        if let slugs {
            var settings = LinkSettings()
            settings.sites = [NormalizedURL("https://forgetrainer.ai")!]
            settings.sitemap = Sitemap.urls(in: (["legs", "equipment/other"].map { "https://forgetrainer.ai/exercises/" + $0 } + slugs.map { listing + $0 }).joined(separator: "\n"))
            ruleSet.links = settings
        }
        return Fixer(linter: Linter(ruleSet: ruleSet), unsafeFixes: unsafe)
    }

    static func link(in bytes: [UInt8]) -> String? {
        FixSupport.text(bytes).split(separator: "\n").first { $0.contains(listing) }.map(String.init)
    }

    /// The case: the alias is made canonical (safe), the sentences follow (safe), but
    /// `/muscle/abs` is not in the sitemap: the link is left working, and its finding
    /// carries the rewrite as a suggestion.
    @Test func workingLinkIsNotRewrittenToAURLTheSitemapLacks() throws {
        for unsafe in [false, true] {
            let outcome = Self.fixer(sitemap: ["abdominals"], unsafe: unsafe).fix(SourceFile(path: "page.md", text: Self.page))
            let fixed = FixSupport.text(outcome.fixed)
            #expect(fixed.contains("- **Target Muscle:** Abs\n"))
            #expect(Self.link(in: outcome.fixed) == "- [More Abdominals Exercises](https://forgetrainer.ai/exercises/muscle/abdominals)")
            let finding = try #require(outcome.remaining.first { $0.ruleID == "related-links" })
            #expect(finding.fixApplicability == .suggestion)
            #expect(finding.suggestion?.edits.map(\.replacement) == ["More Abs Exercises", "https://forgetrainer.ai/exercises/muscle/abs"])
        }
    }

    /// Nothing configured can resolve the URL: the rewrite is unsafe, applied only with
    /// `--unsafe-fixes`, text and URL together.
    @Test func unverifiableURLIsUnsafeAndMovesWithItsText() {
        let safe = Self.fixer(sitemap: nil).fix(SourceFile(path: "page.md", text: Self.page))
        #expect(Self.link(in: safe.fixed) == "- [More Abdominals Exercises](https://forgetrainer.ai/exercises/muscle/abdominals)")
        #expect(safe.unsafeLeft.map(\.ruleID) == ["related-links"])

        let unsafe = Self.fixer(sitemap: nil, unsafe: true).fix(SourceFile(path: "page.md", text: Self.page))
        #expect(Self.link(in: unsafe.fixed) == "- [More Abs Exercises](https://forgetrainer.ai/exercises/muscle/abs)")
        #expect(unsafe.applied.first { $0.ruleID == "related-links" }?.fix?.applicability == .unsafe)
    }

    /// The sitemap has the new URL: the rewrite is verified, safe, and applied by default.
    @Test func verifiedURLIsSafe() {
        let outcome = Self.fixer(sitemap: ["abdominals", "abs"]).fix(SourceFile(path: "page.md", text: Self.page))
        #expect(Self.link(in: outcome.fixed) == "- [More Abs Exercises](https://forgetrainer.ai/exercises/muscle/abs)")
        #expect(outcome.applied.allSatisfy { $0.fix?.applicability == .safe })
        #expect(outcome.remaining.isEmpty, "\(outcome.remaining.map(\.message))")
    }
}
