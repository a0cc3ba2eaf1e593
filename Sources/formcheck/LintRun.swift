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

    func lint(with ruleSet: RuleSet, terminal: Terminal) throws -> LintResult {
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
        var result = files.isEmpty && paths.contains("-") ? LintResult(files: []) : lint(files, base: ruleSet)
        if paths.contains("-") {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let document = MarkdownParser.parse(SourceFile(path: stdinFilename ?? "<stdin>", bytes: bytes))
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: linter.lint(document)), at: 0)
            result.links.insert(PageLinks(document: document), at: 0)
        }
        return result
    }

    /// Lints files grouped by the config overrides that match them, each group with its
    /// own rule set, and merges the results back into the files' order. Links of files
    /// whose override skips them are dropped from the link check (their headings stay
    /// link targets).
    private func lint(_ files: [String], base ruleSet: RuleSet) -> LintResult {
        guard let config, !config.overrides.isEmpty else { return Linter(ruleSet: ruleSet).lint(paths: files) }
        var groups: [[Int]: [Int]] = [:]
        for (index, file) in files.enumerated() {
            groups[config.overrideIndices(for: file), default: []].append(index)
        }
        var fileResults = [LintResult.FileResult?](repeating: nil, count: files.count)
        var merged = LintResult(files: [])
        for (_, indices) in groups.sorted(by: { $0.value[0] < $1.value[0] }) {
            let paths = indices.map { files[$0] }
            let result = Linter(ruleSet: config.ruleSet(for: paths[0], base: ruleSet)).lint(paths: paths)
            for fileResult in result.files {
                if let position = indices.first(where: { files[$0] == fileResult.path }) { fileResults[position] = fileResult }
            }
            merged.failures += result.failures
            merged.duration += result.duration
            let skipsLinks = config.overrides(for: paths[0]).contains(where: \.skipsLinks)
            merged.links += result.links.map { page in
                var page = page
                if skipsLinks { page.links = [] }
                return page
            }
        }
        merged.files = fileResults.compactMap { $0 }
        return merged
    }
}
