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

    /// Lints the files, keeping of each page what `collecting` asks for besides its findings.
    func lint(
        with ruleSet: RuleSet, collecting: CollectedData, terminal: Terminal, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> LintResult {
        let linter = Linter(ruleSet: ruleSet)
        let files = try files(terminal: terminal)
        var result = files.isEmpty && paths.contains("-")
            ? LintResult(files: []) : lint(files, base: ruleSet, collecting: collecting, progress: progress)
        if paths.contains("-") {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let document = MarkdownParser.parse(SourceFile(path: stdinFilename ?? "<stdin>", bytes: bytes))
            let page = linter.lintPage(document)
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: page.diagnostics), at: 0)
            // Standard input cannot be read again: its links keep their source lines.
            if collecting.contains(.links) { result.links.insert(PageLinks(document: document, keepsLines: true), at: 0) }
            if collecting.contains(.pageFacts) { result.pages.insert(page.facts, at: 0) }
        }
        return result
    }

    /// Files grouped by the config overrides that match them, with each group's rule set,
    /// in the order of each group's first file.
    func groups(_ files: [String], base ruleSet: RuleSet) -> [(ruleSet: RuleSet, indices: [Int], skipsLinks: Bool)] {
        guard let config, !config.overrides.isEmpty else { return [(ruleSet, Array(files.indices), false)] }
        var groups: [[Int]: [Int]] = [:]
        for (index, file) in files.enumerated() { groups[config.overrideIndices(for: file), default: []].append(index) }
        return groups.sorted { $0.value[0] < $1.value[0] }.map { overrides, indices in
            (config.ruleSet(for: files[indices[0]], base: ruleSet), indices, overrides.contains { config.overrides[$0].skipsLinks })
        }
    }

    /// Lints each override group with its own rule set and merges the results back into
    /// the files' order. Links of files whose override skips them are left out of the
    /// link check (their headings stay link targets).
    private func lint(
        _ files: [String], base ruleSet: RuleSet, collecting: CollectedData, progress: (@Sendable (Int, Int) -> Void)?
    ) -> LintResult {
        var fileResults = [LintResult.FileResult?](repeating: nil, count: files.count)
        var merged = LintResult(files: [])
        var done = 0
        for group in groups(files, base: ruleSet) {
            let offset = done, total = files.count
            let groupProgress = progress.map { report in { @Sendable (count: Int, _: Int) in report(offset + count, total) } }
            let result = Linter(ruleSet: group.ruleSet).lint(
                paths: group.indices.map { files[$0] }, collecting: collecting, progress: groupProgress)
            done += group.indices.count
            // A file that could not be read has no entry (it is in `failures`), so match by path.
            let byPath = Dictionary(result.files.map { ($0.path, $0) }) { first, _ in first }
            for position in group.indices { fileResults[position] = byPath[files[position]] }
            merged.failures += result.failures
            merged.duration += result.duration
            merged.links += result.links.map { page in
                var page = page
                if group.skipsLinks { page.links = [] }
                return page
            }
            merged.pages += result.pages
        }
        merged.files = fileResults.compactMap { $0 }
        return merged
    }

    /// Fixes each override group with its own rule set; results in the files' order.
    func fix(_ files: [String], base ruleSet: RuleSet, write: Bool, unsafeFixes: Bool = false) -> [Fixer.FileResult] {
        var results = [Fixer.FileResult?](repeating: nil, count: files.count)
        for group in groups(files, base: ruleSet) {
            let fixed = Fixer(linter: Linter(ruleSet: group.ruleSet), unsafeFixes: unsafeFixes).fix(paths: group.indices.map { files[$0] }, write: write)
            for (position, result) in zip(group.indices, fixed) { results[position] = result }
        }
        return results.compactMap { $0 }
    }
}
