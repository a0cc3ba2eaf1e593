import Foundation
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
            #expect(!format.reporter().report(result).isEmpty, "\(format) report is empty")
        }
        return diagnostics
    }

    static func run(_ text: String, path: String = "hostile.md") -> [Diagnostic] {
        run(Array(text.utf8), path: path)
    }
}
