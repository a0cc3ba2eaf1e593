/// A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments: counts, then
/// one table row per finding (capped, so a huge run still fits a comment).
public struct MarkdownReporter: Reporter {
    public var maximumRows: Int

    public init(maximumRows: Int = 500) {
        self.maximumRows = maximumRows
    }

    public func report(_ result: LintResult) -> String {
        let diagnostics = result.diagnostics
        let errors = result.count(.error), warnings = result.count(.warning), infos = result.count(.info)
        let clean = result.files.count { $0.diagnostics.isEmpty }
        var lines = [
            "## FormCheck",
            "",
            "Checked **\(result.files.count)** file\(result.files.count == 1 ? "" : "s") (\(clean) clean): **\(errors)** errors, **\(warnings)** warnings, **\(infos)** infos.",
        ]
        guard !diagnostics.isEmpty else { return (lines + ["", "No findings. :white_check_mark:"]).joined(separator: "\n") + "\n" }
        lines += ["", "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"]
        for diagnostic in diagnostics.prefix(maximumRows) {
            let location = "\(diagnostic.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
            lines.append("| \(diagnostic.severity.rawValue) | \(Self.cell(location)) | \(Self.cell(diagnostic.ruleID)) | \(Self.cell(diagnostic.message)) |")
        }
        if diagnostics.count > maximumRows {
            lines += ["", "…and \(diagnostics.count - maximumRows) more findings not shown."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table cell: pipes and HTML escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
