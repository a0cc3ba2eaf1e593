import FormCheckKit

/// What fixing did, on standard error: fixes applied per file, fixes left (overlapping
/// another, or past the pass limit), and files that could not be read or written.
struct FixSummary {
    var results: [Fixer.FileResult]

    /// Prints the summary; true when some file could not be read or written.
    func print(to terminal: Terminal) -> Bool {
        var fixed = 0, files = 0
        for result in results {
            if let failure = result.failure {
                terminal.error(failure)
                continue
            }
            guard let outcome = result.outcome else { continue }
            if outcome.changed {
                fixed += outcome.applied.count
                files += 1
            }
            for left in outcome.notFixed {
                terminal.error("\(left.path):\(left.range.start.line):\(left.range.start.column): not fixed: \(left.message) [\(left.ruleID)]")
            }
        }
        terminal.error("fixed \(fixed) finding\(fixed == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
        return results.contains { $0.failure != nil }
    }
}
