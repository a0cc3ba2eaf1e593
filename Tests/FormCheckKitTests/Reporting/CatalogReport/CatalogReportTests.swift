import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct CatalogReportTests {
    /// The JSON form is a published format (docs/report.md): any change shows here.
    /// `FORMCHECK_RECORD=1 swift test` re-records it.
    @Test func jsonMatchesGolden() async throws {
        let json = try await CatalogReportFixture.report().json()
        let expected = try Golden.expected("catalog-report.json", actual: json)
        #expect(json == expected)
    }

    @Test func jsonRoundTrips() async throws {
        let report = try await CatalogReportFixture.report()
        let decoded = try CatalogReport(json: Data(report.json().utf8))
        #expect(decoded == report)
    }

    @Test func otherVersionsAreRefused() {
        #expect(throws: CatalogReport.DecodingFailure.self) {
            _ = try CatalogReport(json: Data(#"{"version": 99}"#.utf8))
        }
        #expect(throws: CatalogReport.DecodingFailure.self) {
            _ = try CatalogReport(json: Data("[]".utf8))
        }
    }

    /// A page loses 10 points per error, 3 per warning and 1 per info, down to 0
    /// (docs/report.md). The fixture's pages have 2 errors; 1 error and 2 warnings; nothing.
    @Test func scoresFollowTheWeights() async throws {
        let report = try await CatalogReportFixture.report()
        #expect(report.summary.pages == 3)
        #expect(report.summary.cleanPages == 1)
        #expect(report.pagesToFix.map(\.path) == ["recipes/hostile.md", "recipes/soup.md"])
        #expect(report.pagesToFix.map(\.score) == [80, 84])
        #expect(report.summary.score == 88)  // (80 + 84 + 100) / 3
        let result = try await CatalogReportFixture.result()
        #expect(ScoreWeights.standard.score(Array(repeating: result.diagnostics[0], count: 50)) == 0)
    }

    @Test func completenessCountsPagesWithEachRequirement() async throws {
        let report = try await CatalogReportFixture.report()
        let sections = Dictionary(uniqueKeysWithValues: report.completeness.sections.map { ($0.name, $0.pages) })
        #expect(sections == ["At a glance": 3, "Ingredients": 3, "Method": 1])
        let fields = Dictionary(uniqueKeysWithValues: report.completeness.fields.map { ($0.name, $0.share) })
        #expect(fields == ["Cuisine": 1, "Course": 0.667])
    }

    @Test func groupsFollowThePackAndKeepPagesWithoutTheField() async throws {
        let report = try await CatalogReportFixture.report()
        #expect(report.groups.map(\.field) == ["Cuisine", "Course"])
        #expect(report.groups[0].values.map(\.value) == [CatalogReportFixture.hostileValue, "Italian", "Thai"])
        #expect(report.groups[1].values.map(\.value) == ["Main", "Mains", CatalogReport.noValue])
        #expect(report.groups[1].values.map(\.pages) == [1, 1, 1])
        #expect(report.groups[1].values[0].score == 100)
    }

    @Test func linkHealthCountsUniqueAndBrokenTargets() async throws {
        let report = try await CatalogReportFixture.report()
        #expect(report.links.broken == 1)
        #expect(report.links.byReason.map(\.rule) == ["links/fragment"])
        #expect(report.summary.deadLinks == 1)
        #expect(report.rules.contains { $0.id == "links/fragment" })
    }

    /// Unique links are counted the way the link check counts them: `/x` and `/x/` are one
    /// target unless the pack makes the trailing slash significant.
    @Test(arguments: [(false, 1), (true, 2)])
    func uniqueLinksFollowThePacksTrailingSlashSetting(significant: Bool, unique: Int) throws {
        var ruleSet = try CatalogReportFixture.ruleSet()
        var settings = ruleSet.links ?? LinkSettings()
        settings.trailingSlashSignificant = significant
        ruleSet.links = settings
        let pages = ["https://a.example/x", "https://a.example/x/"].enumerated().map { index, url in
            MarkdownParser.parse(SourceFile(path: "p\(index).md", text: "# P\n\n[x](\(url))\n"))
        }
        let result = LintResult(
            files: pages.map { LintResult.FileResult(path: $0.path, diagnostics: []) }, links: pages.map { PageLinks(document: $0) })
        #expect(CatalogReport(result: result, ruleSet: ruleSet, pagesToFix: 5).links.unique == unique)
    }

    @Test func rulesAreCountedMostFindingsFirst() async throws {
        let report = try await CatalogReportFixture.report()
        #expect(report.rules.map(\.findings) == report.rules.map(\.findings).sorted(by: >))
        let course = try #require(report.rules.first { $0.id == "course-value" })
        #expect(course.findings == 1)
        #expect(course.severity == .warning)
        #expect(course.link == "https://example.com/rules/course-value")
    }

    @Test func trendShowsDeltasPerFigureRuleAndGroup() async throws {
        let now = try await CatalogReportFixture.report()
        var before = now
        before.summary.errors += 4
        before.summary.score -= 12.5
        before.rules = before.rules.map { var rule = $0; rule.findings += 1; return rule }
        let italian = try #require(before.groups[0].values.firstIndex { $0.value == "Italian" })
        before.groups[0].values[italian].score = 50
        let trend = try #require(now.compared(with: before).trend)
        #expect(trend.summary.first { $0.name == "errors" }?.delta == -4)
        #expect(trend.summary.first { $0.name == "score" }?.delta == 12.5)
        #expect(trend.rules.allSatisfy { $0.delta == -1 })
        #expect(trend.groups.first { $0.name == "Cuisine: Italian" }?.delta == 50)
        let added = try #require(now.compared(with: { var empty = now; empty.groups = []; return empty }()).trend)
        #expect(added.groups.allSatisfy { $0.previous == nil && $0.delta == nil })
    }

    @Test func markdownSummaryEscapesTableCells() async throws {
        let markdown = try await CatalogReportFixture.report().markdown()
        #expect(markdown.hasPrefix("# Content-quality report\n"))
        #expect(markdown.contains("## Pages to fix first"))
        #expect(markdown.contains("`recipes/hostile.md`"))
        #expect(!markdown.contains("\n\n\n"))
    }

    @Test func requirementsComeFromThePack() throws {
        let requirements = ReportRequirements(ruleSet: try CatalogReportFixture.ruleSet())
        #expect(requirements.sections == ["At a glance", "Ingredients", "Method"])
        #expect(requirements.fields == ["Cuisine", "Course"])
        #expect(requirements.groupBy == ["Cuisine", "Course"])
    }

    @Test func groupByMustNameAPackField() {
        let pack = CatalogReportFixture.pack.replacingOccurrences(of: "group-by: [Cuisine, Course]", with: "group-by: [Cusine]")
        do {
            _ = try PackLoader.load(text: pack, path: "recipes.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.message) == ["report.group-by: 'Cusine' is not one of the pack's fields; did you mean 'Cuisine'?"])
        }
    }

    @Test func builtinPackGroupsByItsFields() throws {
        let ruleSet = try PackLoader.load(PackLoader.defaultPack)
        let groupBy = try #require(ruleSet.report?.groupBy)
        #expect(!groupBy.isEmpty)
        #expect(groupBy.allSatisfy { name in ruleSet.fieldSource.names.contains(name) })
    }
}
