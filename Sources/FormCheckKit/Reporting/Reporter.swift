/// Turns a lint result into text. Reporters are pure: same result, same output.
public protocol Reporter: Sendable {
    func report(_ result: LintResult) -> String
}

/// Every output format, for `--format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json

    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        }
    }
}
