import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct ReporterGoldenTests {
    let result = ReporterFixture.result
    let context = ReporterFixture.context

    @Test(arguments: [(ReportFormat.github, "github.txt"), (.junit, "junit.xml"), (.markdown, "markdown.md"), (.text, "text.txt")])
    func textualFormats(format: ReportFormat, file: String) throws {
        let actual = Golden.normalise(format.reporter(context: context).report(result))
        #expect(actual == (try Golden.expected(file, actual: actual)))
    }

    /// JSON formats are compared structurally: key order and whitespace don't matter.
    @Test(arguments: [(ReportFormat.sarif, "sarif.json"), (.json, "json.json")])
    func jsonFormats(format: ReportFormat, file: String) throws {
        let actual = Golden.normalise(format.reporter(context: context).report(result))
        #expect(try Golden.json(actual) == Golden.json(try Golden.expected(file, actual: actual)))
    }

    @Test func everyFormatHasAGoldenFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.directory.path)
        for format in ReportFormat.allCases {
            #expect(files.contains { $0.hasPrefix(format.rawValue + ".") }, "no golden file for \(format)")
        }
    }
}
