import Foundation
import FormCheckKit

/// Collects the files named on the command line (and standard input for '-') and lints them.
struct LintRun {
    var paths: [String]
    var stdinFilename: String?

    func lint(with ruleSet: RuleSet, terminal: Terminal) throws -> LintResult {
        let linter = Linter(ruleSet: ruleSet)
        let files: [String]
        do {
            files = try FileCollector().collect(paths.filter { $0 != "-" })
        } catch {
            terminal.error("error: \(error)")
            throw ExitStatus.usage.code
        }
        var result = files.isEmpty && paths.contains("-") ? LintResult(files: []) : linter.lint(paths: files)
        if paths.contains("-") {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let document = MarkdownParser.parse(SourceFile(path: stdinFilename ?? "<stdin>", bytes: bytes))
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: linter.lint(document)), at: 0)
        }
        return result
    }
}
