import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Runs hostile bytes through everything a page meets: parse, the built-in pack, and every
/// report format; checks that every finding points inside the file.
enum HostileLint {
    static let linter: Linter = {
        do { return Linter(ruleSet: try PackLoader.load(PackLoader.defaultPack)) } catch {
            fatalError("the built-in pack does not load: \(error)")
        }
    }()

    @discardableResult
    static func run(_ bytes: [UInt8], path: String = "hostile.md") -> [Diagnostic] {
        let document = MarkdownParser.parse(SourceFile(path: path, bytes: bytes))
        let diagnostics = linter.lint(document)
        for diagnostic in diagnostics {
            let range = diagnostic.range
            #expect(range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= bytes.count,
                    "\(diagnostic.ruleID) at \(range.start.offset)..<\(range.end.offset) outside \(bytes.count) bytes")
        }
        let result = LintResult(files: [.init(path: path, diagnostics: diagnostics)])
        for format in ReportFormat.allCases {
            let report = format.reporter().report(result)
            // JUnit has one test case per rule and file, failing once whatever its findings;
            // the Markdown summary (a pull-request comment) lists at most `maximumRows`.
            let expected = switch format {
            case .junit: Set(diagnostics.map(\.ruleID)).count
            case .markdown: min(diagnostics.count, MarkdownReporter().maximumRows)
            default: diagnostics.count
            }
            #expect(findingCount(in: report, format: format, path: path) == expected, "\(format) report does not hold every finding")
        }
        return diagnostics
    }

    /// How many findings a report holds, read back as a consumer of its format would;
    /// nil when the report does not parse.
    static func findingCount(in report: String, format: ReportFormat, path: String) -> Int? {
        switch format {
        case .json:
            let object = try? JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
            return (object?["findings"] as? [Any])?.count
        case .sarif:
            let object = try? JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
            let runs = object?["runs"] as? [[String: Any]]
            return (runs?.first?["results"] as? [Any])?.count
        case .junit:
            let parser = XMLParser(data: Data(report.utf8))
            let counter = FailureCounter()
            parser.delegate = counter
            return parser.parse() ? counter.failures : nil
        case .github:
            return report.split(separator: "\n").count(where: { $0.hasPrefix("::") })
        case .text:
            // `path:line:column: severity: message [rule]`; notes and source lines start otherwise.
            return report.split(separator: "\n").count { line in
                line.hasPrefix(path + ":") && [": error: ", ": warning: ", ": info: "].contains { line.contains($0) }
            }
        case .markdown:
            // One table row per finding after the header and its rule.
            let rows = report.split(separator: "\n").count { $0.hasPrefix("| ") }
            return rows == 0 ? 0 : rows - 2
        }
    }

    static func run(_ text: String, path: String = "hostile.md") -> [Diagnostic] {
        run(Array(text.utf8), path: path)
    }
}

/// Counts `<failure>` elements: one per rule with findings in the JUnit report.
private final class FailureCounter: NSObject, XMLParserDelegate {
    var failures = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "failure" { failures += 1 }
    }
}
