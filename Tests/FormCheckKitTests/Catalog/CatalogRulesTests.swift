import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckRules

/// Lints `pages` (named a.md, b.md, c.md… in order) as one catalog with a one-rule pack and
/// gives each finding as `path:line:column: message` followed by its related locations.
private func catalogFindings(_ rule: String, header: String = "", _ pages: [String]) throws -> [String] {
    try catalogFindings(ruleSet: try onePack(rule: rule, header: header), pages)
}

private func catalogFindings(ruleSet: RuleSet, _ pages: [String]) throws -> [String] {
    let names = "abcdefgh".map { "\($0).md" }
    let documents = zip(names, pages).map { MarkdownParser.parse(SourceFile(path: $0, text: $1)) }
    return Linter(ruleSet: ruleSet).lint(catalog: documents).map { diagnostic in
        let related = diagnostic.related.map { " [\($0.path ?? "?"):\($0.range.start.line):\($0.range.start.column) \($0.message)]" }
        return "\(diagnostic.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column): \(diagnostic.message)" + related.joined()
    }
}

@Suite struct UniqueCheckTests {
    @Test func sameTitleOnTwoPagesIsReportedOnBoth() throws {
        let found = try catalogFindings("id: unique-title\ncheck: unique\nof: title", ["# Squat\n", "# Lunge\n", "#  squat\n"])
        #expect(found == [
            "a.md:1:3: title \"Squat\" is also used by 1 other page [c.md:1:4 the same title here]",
            "c.md:1:4: title \"squat\" is also used by 1 other page [a.md:1:3 the same title here]",
        ])
    }

    @Test func distinctTitlesAreSilent() throws {
        #expect(try catalogFindings("id: unique-title\ncheck: unique\nof: title", ["# Squat\n", "# Front Squat\n"]) == [])
    }

    @Test func renderedTemplateComparesTheSlug() throws {
        let found = try catalogFindings(
            "id: unique-slug\ncheck: unique\ntemplate: \"{{title | slug}}\"", ["# Goblet Squat\n", "# Goblet-Squat\n", "# Squat\n"])
        #expect(found == [
            "a.md:1:3: '{{title | slug}}' \"goblet-squat\" is also used by 1 other page [b.md:1:3 the same '{{title | slug}}' here]",
            "b.md:1:3: '{{title | slug}}' \"goblet-squat\" is also used by 1 other page [a.md:1:3 the same '{{title | slug}}' here]",
        ])
    }

    @Test func fieldValuesCompareWithCaseForgiven() throws {
        let header = "fields:\n  names: [Code]\n"
        let found = try catalogFindings(
            "id: unique-code\ncheck: unique\nfield: Code", header: header,
            ["# A\n\n- **Code:** X1\n", "# B\n\n- **Code:** x1\n", "# C\n\n- **Code:** X2\n", "# D\n"])
        #expect(found == [
            "a.md:3:13: Code \"X1\" is also used by 1 other page [b.md:3:13 the same Code here]",
            "b.md:3:13: Code \"x1\" is also used by 1 other page [a.md:3:13 the same Code here]",
        ])
    }

    @Test func needsExactlyOneValue() {
        #expect(throws: PackTestError.self) { try onePack(rule: "id: u\ncheck: unique") }
        #expect(throws: PackTestError.self) { try onePack(rule: "id: u\ncheck: unique\nof: title\ntemplate: \"{{title}}\"") }
        #expect(throws: PackTestError.self) { try onePack(rule: "id: u\ncheck: unique\nof: slug") }
    }
}

@Suite struct NearDuplicateCheckTests {
    static let rule = "id: near-duplicate\ncheck: near-duplicate\nsection: Overview"
    static let header = "fields:\n  names: [Level]\n"

    @Test func identicalFirstSentencesAreReportedOnEveryPage() throws {
        let found = try catalogFindings(Self.rule, [
            "# A\n\n## Overview\n\nA quick dish of rice and beans for busy evenings. It keeps.\n",
            "# B\n\n## Overview\n\nA quick dish of rice and beans for busy  evenings! Serve hot.\n",
            "# C\n\n## Overview\n\nA slow roast that takes the whole afternoon to cook.\n",
        ])
        #expect(found == [
            "a.md:5:1: the first sentence of 'Overview' repeats a sentence of 1 other page [b.md:5:1 the same sentence here]",
            "b.md:5:1: the first sentence of 'Overview' repeats a sentence of 1 other page [a.md:5:1 the same sentence here]",
        ])
    }

    @Test func nearlyIdenticalSentencesAreReportedWithTheirSimilarity() throws {
        let found = try catalogFindings(Self.rule + "\nthreshold: 0.5", [
            "# A\n\n## Overview\n\nA quick dish of rice and black beans for busy weeknight evenings.\n",
            "# B\n\n## Overview\n\nA quick dish of rice and red beans for busy weeknight evenings.\n",
        ])
        #expect(found == [
            "a.md:5:1: the first sentence of 'Overview' is 53% alike on b.md [b.md:5:1 53% alike]",
            "b.md:5:1: the first sentence of 'Overview' is 53% alike on a.md [a.md:5:1 53% alike]",
        ])
    }

    @Test func differentSentencesAndShortOnesAreSilent() throws {
        let found = try catalogFindings(Self.rule, [
            "# A\n\n## Overview\n\nA quick dish of rice and beans for busy evenings.\n",
            "# B\n\n## Overview\n\nA slow roast that takes the whole afternoon to cook.\n",
            "# C\n\n## Overview\n\nQuick and easy.\n",
            "# D\n\n## Overview\n\nQuick and easy.\n",
        ])
        #expect(found == [])
    }

    @Test func sentencesOfATemplateShapeAreLeftOut() throws {
        let pack = """
            pack: test
            fields: { names: [Level] }
            rules:
              - { id: near-duplicate, check: near-duplicate, section: Overview }
              - id: profile
                check: consistency
                section: Overview
                template: "An {{Level | lower}} dish for the whole family to share."
            """
        let found = try catalogFindings(ruleSet: try PackLoader.load(text: pack, path: "test-pack.yml"), [
            "# A\n\n## Overview\n\nAn easy dish for the whole family to share.\n\n- **Level:** Easy\n",
            "# B\n\n## Overview\n\nAn easy dish for the whole family to share.\n\n- **Level:** Easy\n",
        ])
        #expect(found == [])
    }

    @Test func laterSentencesCountInTheParagraphScope() throws {
        let found = try catalogFindings(Self.rule + "\nin: first-paragraph", [
            "# A\n\n## Overview\n\nOne of a kind. A quick dish of rice and beans for busy evenings.\n",
            "# B\n\n## Overview\n\nNothing like it. A quick dish of rice and beans for busy evenings.\n",
        ])
        #expect(found == [
            "a.md:5:16: the first paragraph of 'Overview' repeats a sentence of 1 other page [b.md:5:18 the same sentence here]",
            "b.md:5:18: the first paragraph of 'Overview' repeats a sentence of 1 other page [a.md:5:16 the same sentence here]",
        ])
    }

    @Test func badOptionsAreLocatedErrors() {
        #expect(throws: PackTestError.self) { try onePack(rule: Self.rule + "\nthreshold: 1.5") }
        #expect(throws: PackTestError.self) { try onePack(rule: Self.rule + "\nin: first-sentences") }
        #expect(throws: PackTestError.self) { try onePack(rule: "id: n\ncheck: near-duplicate") }
    }
}

@Suite struct SameAnswerCheckTests {
    static let rule = "id: same-answer\ncheck: same-answer\nsection: FAQ\nseverity: info"

    @Test func copiedAnswerIsReportedOnBothPages() throws {
        let answer = "Two or three times a week, with a rest day in between sessions."
        let found = try catalogFindings(Self.rule, [
            "# A\n\n## FAQ\n\n### How often?\n\n\(answer)\n\n### Is it hard?\n\nNo.\n",
            "# B\n\n## FAQ\n\n### How often should I?\n\n\(answer)\n",
        ])
        #expect(found == [
            "a.md:7:1: the answer to 'How often?' is word for word the answer on 1 other page [b.md:7:1 the same answer to 'How often should I?' here]",
            "b.md:7:1: the answer to 'How often should I?' is word for word the answer on 1 other page [a.md:7:1 the same answer to 'How often?' here]",
        ])
    }

    @Test func shortAndDifferentAnswersAreSilent() throws {
        let found = try catalogFindings(Self.rule, [
            "# A\n\n## FAQ\n\n### Is it hard?\n\nNo, not at all.\n\n### How often?\n\nTwice a week with a day of rest between sessions.\n",
            "# B\n\n## FAQ\n\n### Is it hard?\n\nNo, not at all.\n\n### How often?\n\nDaily, as part of a warm-up before heavier work.\n",
        ])
        #expect(found == [])
    }
}

@Suite struct OrphansCheckTests {
    static let rule = "id: orphan-page\ncheck: orphans\nseverity: info"

    @Test func pageNoOtherPageLinksToIsReported() throws {
        let found = try catalogFindings(Self.rule, [
            "# A\n\nSee [B](b.md).\n",
            "# B\n\nSee [A](./a.md#top) and [itself](b.md).\n",
            "# C\n\nSee [B](b.md).\n",
        ])
        #expect(found == ["c.md:1:3: no other page of the catalog links to this page (2 other pages checked)"])
    }

    @Test func siteURLsMapToPagesThroughContentPatterns() throws {
        let header = "links:\n  site: [\"https://example.com\"]\n  content: { \"https://example.com/{slug}\": \"{slug}.md\" }\n"
        let found = try catalogFindings(Self.rule, header: header, [
            "# A\n\nSee [B](https://example.com/b).\n",
            "# B\n\nSee [A](https://example.com/a).\n",
        ])
        #expect(found == [])
    }
}
