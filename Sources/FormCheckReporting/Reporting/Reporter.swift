/// Turns a lint result into text. Reporters are pure: same result, same output.
public protocol Reporter: Sendable {
    func report(_ result: LintResult) -> String
}

/// Every output format, for `--format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
    case markdown

    /// The reporter for this format; `context` describes the rules for formats that list them.
    public func reporter(color: Bool = false, context: ReportContext = ReportContext()) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(context: context)
        case .junit: JUnitReporter(context: context)
        case .github: GitHubReporter()
        case .markdown: MarkdownReporter()
        }
    }
}
