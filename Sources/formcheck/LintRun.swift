import Foundation
import FormCheckKit

/// Collects the files named on the command line (and standard input for '-') and lints them.
struct LintRun {
    var paths: [String]
    var stdinFilename: String?
    /// Its `include`/`exclude` globs filter the files found (not standard input).
    var config: ProjectConfig?
    /// When set, only files git reports as changed since this ref are linted.
    var changedSince: String?

    func lint(with ruleSet: RuleSet, terminal: Terminal, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> LintResult {
        let linter = Linter(ruleSet: ruleSet)
        let files: [String]
        do {
            let found = try FileCollector().collect(paths.filter { $0 != "-" })
            let selected = config.map { config in found.filter(config.selects) } ?? found
            if let changedSince {
                let changed = try ChangedFiles.since(changedSince)
                files = selected.filter { ChangedFiles.contains(changed, $0) }
            } else {
                files = selected
            }
        } catch {
            terminal.error("error: \(error)")
            throw ExitStatus.usage.code
        }
        var result = files.isEmpty && paths.contains("-") ? LintResult(files: []) : linter.lint(paths: files, progress: progress)
        if paths.contains("-") {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let document = MarkdownParser.parse(SourceFile(path: stdinFilename ?? "<stdin>", bytes: bytes))
            let page = linter.lintPage(document)
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: page.diagnostics), at: 0)
            result.links.insert(PageLinks(document: document), at: 0)
            result.pages.insert(page.facts, at: 0)
        }
        return result
    }
}
