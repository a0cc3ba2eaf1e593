import Foundation
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A small recipe catalog (a generic pack, no exercise vocabulary) linted in memory: a clean
/// page, a page with an error, a warning and a dead fragment link, and a hostile page whose
/// title and field value are markup.
enum CatalogReportFixture {
    static let pack = """
        pack: recipes
        fields:
          from: { section: At a glance }
          names: [Cuisine, Course]
        report:
          group-by: [Cuisine, Course]
        taxonomy:
          course: [Starter, Main, Dessert]
        rules:
          - id: required-sections
            check: sections
            description: Pages have the standard sections.
            required: [At a glance, Ingredients, Method]
          - id: required-fields
            check: fields
            description: Pages set every field.
            fields: [Cuisine, Course]
            required: true
          - id: course-value
            check: fields
            severity: warning
            field: Course
            enum: course
            description: Course is one of the site's courses.
            link: https://example.com/rules/course-value
        """

    /// The hostile page's title once parsed (written with Markdown escapes, so it stays text).
    static let hostileTitle = "<script>alert(1)</script>"
    static let hostileValue = #"<b>Thai & "Co"</b>"#

    static let pages: [(String, String)] = [
        ("recipes/pasta.md", """
            # Pasta

            ## At a glance

            - **Cuisine:** Italian
            - **Course:** Main

            ## Ingredients

            - Flour

            ## Method

            1. Boil.
            """),
        ("recipes/soup.md", """
            # Soup

            ## At a glance

            - **Cuisine:** Thai
            - **Course:** Mains

            ## Ingredients

            - Water, see [the method](#method-steps)
            """),
        ("recipes/hostile.md", """
            # \\<script>alert(1)\\</script>

            ## At a glance

            - **Cuisine:** \\<b>Thai & "Co"\\</b>

            ## Ingredients

            - <img src=x onerror=alert(2)>
            """),
    ]

    static func ruleSet() throws -> RuleSet {
        try PackLoader.load(text: pack, path: "recipes.yml")
    }

    /// The lint result as `formcheck report` builds it: per page, then the offline link check.
    static func result() async throws -> LintResult {
        let ruleSet = try ruleSet()
        let linter = Linter(ruleSet: ruleSet)
        var result = LintResult(files: [])
        for (path, text) in pages {
            let document = MarkdownParser.parse(SourceFile(path: path, text: text + "\n"))
            let page = linter.lintPage(document)
            result.files.append(.init(path: path, diagnostics: page.diagnostics))
            result.links.append(PageLinks(document: document))
            result.pages.append(page.facts)
        }
        let inventory = LinkInventory(pages: result.links)
        result.merge(await LinkChecker(settings: LinkSettings(), mode: .offline).check(inventory))
        return result
    }

    static func report() async throws -> CatalogReport {
        CatalogReport(result: try await result(), ruleSet: try ruleSet())
    }
}
