import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The pages of `Samples/` against the built-in pack: every clean page gives no finding,
/// every page of `Samples/bad/` gives exactly the findings its `.expected` file lists.
@Suite struct SamplesTests {
    static let samples = PackageRoot.url.appendingPathComponent("Samples")

    static func pages(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    static let cleanPages = pages(in: samples)
    static let badPages = pages(in: samples.appendingPathComponent("bad"))

    static func lint(_ url: URL) throws -> [Diagnostic] {
        let ruleSet = try PackLoader.load(PackLoader.defaultPack)
        let document = MarkdownParser.parse(try SourceFileLoader.load(url.path))
        return Linter(ruleSet: ruleSet).lint(document)
    }

    /// `LINE:COLUMN RULE-ID`, the format of the `.expected` files.
    static func key(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.ruleID)"
    }

    @Test func thereAreEnoughSamples() {
        #expect(Self.cleanPages.count >= 6)
        #expect(Self.badPages.count >= 20)
    }

    @Test(arguments: cleanPages)
    func cleanPageHasNoFinding(_ name: String) throws {
        let diagnostics = try Self.lint(Self.samples.appendingPathComponent(name))
        #expect(diagnostics.map { "\(Self.key($0)): \($0.message)" } == [])
    }

    @Test(arguments: badPages)
    func badPageHasExactlyItsExpectedFindings(_ name: String) throws {
        let page = Self.samples.appendingPathComponent("bad").appendingPathComponent(name)
        let expectedURL = page.deletingPathExtension().appendingPathExtension("expected")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!expected.isEmpty, "\(name): the .expected file names no finding")
        let found = try Self.lint(page)
        #expect(found.map(Self.key).sorted() == expected.sorted(), "\(name): \(found.map { "\(Self.key($0)): \($0.message)" })")
    }

    @Test func everyExpectedFileHasItsPage() throws {
        let bad = Self.samples.appendingPathComponent("bad")
        let sideFiles = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasSuffix(".expected") }
        for sideFile in sideFiles {
            let page = String(sideFile.dropLast(".expected".count)) + ".md"
            #expect(Self.badPages.contains(page), "\(sideFile) has no page \(page)")
        }
    }
}
