import FormCheckKit

/// What fixing did, on standard error: with `--dry-run` first the plan (fixes per rule and
/// level, fixes left, pages touched); then fixes left that this run would have applied
/// (overlapping another, or past the pass limit), files that could not be read or written,
/// and a count line.
struct FixSummary {
    var results: [Fixer.FileResult]
    var unsafeFixes = false

    /// Prints the summary; true when some file could not be read or written.
    func print(to terminal: Terminal, plan showsPlan: Bool = false) -> Bool {
        let plan = FixPlan(outcomes: results.compactMap(\.outcome))
        if showsPlan { for line in Self.planLines(plan, unsafeFixes: unsafeFixes) { terminal.error(line) } }
        for result in results {
            if let failure = result.failure {
                terminal.error(failure)
                continue
            }
            for left in result.outcome?.notFixed ?? [] {
                terminal.error("\(left.path):\(left.range.start.line):\(left.range.start.column): not fixed: \(left.message) [\(left.ruleID)]")
            }
        }
        let fixed = plan.pages.reduce(0) { $0 + $1.fixes }, files = plan.pages.count
        var line = "fixed \(fixed) finding\(fixed == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
        line += " (\(plan.applied(.safe)) safe, \(plan.applied(.unsafe)) unsafe)"
        var left: [String] = []
        if plan.unsafeLeft > 0 { left.append("\(plan.unsafeLeft) unsafe fix\(plan.unsafeLeft == 1 ? "" : "es") (--unsafe-fixes applies them)") }
        if plan.suggestions > 0 { left.append("\(plan.suggestions) suggestion\(plan.suggestions == 1 ? "" : "s") (never applied)") }
        if !left.isEmpty { line += "; left: " + left.joined(separator: ", ") }
        terminal.error(line)
        return results.contains { $0.failure != nil }
    }

    /// `plan: 5 fixes to 2 pages (4 safe, 1 unsafe)`, then one line per rule and per page.
    static func planLines(_ plan: FixPlan, unsafeFixes: Bool) -> [String] {
        let total = plan.applied(.safe) + plan.applied(.unsafe)
        var lines = ["plan: \(total) fix\(total == 1 ? "" : "es") to \(plan.pages.count) page\(plan.pages.count == 1 ? "" : "s") "
            + "(\(plan.applied(.safe)) safe, \(plan.applied(.unsafe)) unsafe\(unsafeFixes ? "" : ": --unsafe-fixes not given"))"]
        if !plan.rules.isEmpty { lines.append("by rule:") }
        for (rule, counts) in plan.rules.sorted(by: { $0.key < $1.key }) {
            var parts: [String] = []
            for level in [FixApplicability.safe, .unsafe] { if let count = counts.applied[level] { parts.append("\(count) \(level.rawValue)") } }
            if counts.unsafeLeft > 0 { parts.append("\(counts.unsafeLeft) unsafe not applied") }
            if counts.suggestions > 0 { parts.append("\(counts.suggestions) suggestion\(counts.suggestions == 1 ? "" : "s")") }
            lines.append("  \(rule): " + parts.joined(separator: ", "))
        }
        if !plan.pages.isEmpty { lines.append("pages touched:") }
        for page in plan.pages { lines.append("  \(page.path): \(page.fixes) fix\(page.fixes == 1 ? "" : "es")") }
        return lines
    }
}
