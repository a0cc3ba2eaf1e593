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

    /// The files to lint (standard input aside): found, filtered by the config and by git.
    func files(terminal: Terminal) throws -> [String] {
        do {
            let found = try FileCollector().collect(paths.filter { $0 != "-" })
            let selected = config.map { config in found.filter(config.selects) } ?? found
            guard let changedSince else { return selected }
            let changed = try ChangedFiles.since(changedSince)
            return selected.filter { ChangedFiles.contains(changed, $0) }
        } catch {
            terminal.error("error: \(error)")
            throw ExitStatus.usage.code
        }
    }

    func lint(with ruleSet: RuleSet, terminal: Terminal) throws -> LintResult {
        let linter = Linter(ruleSet: ruleSet)
        let files = try files(terminal: terminal)
        var result = files.isEmpty && paths.contains("-") ? LintResult(files: []) : linter.lint(paths: files)
        if paths.contains("-") {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let document = MarkdownParser.parse(SourceFile(path: stdinFilename ?? "<stdin>", bytes: bytes))
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: linter.lint(document)), at: 0)
            result.links.insert(PageLinks(document: document), at: 0)
        }
        return result
    }
}
