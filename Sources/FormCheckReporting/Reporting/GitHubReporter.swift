/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
/// which GitHub shows as annotations on the pull request, then a plain summary line.
public struct GitHubReporter: Reporter {
    public init() {}

    public func report(_ result: LintResult) -> String {
        var lines = result.diagnostics.map(Self.command)
        let errors = result.count(.error), warnings = result.count(.warning), infos = result.count(.info)
        lines.append("formcheck: \(result.files.count) files checked, \(errors) errors, \(warnings) warnings, \(infos) infos")
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(_ diagnostic: Diagnostic) -> String {
        let name = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
        let range = diagnostic.range
        let properties = [
            ("file", Fingerprint.normalisedPath(diagnostic.path)), ("line", "\(range.start.line)"), ("col", "\(range.start.column)"),
            ("endLine", "\(range.end.line)"), ("endColumn", "\(range.end.column)"), ("title", diagnostic.ruleID),
        ].map { "\($0)=\(escapeProperty($1))" }
        return "::\(name) \(properties.joined(separator:","))::\(escapeData(diagnostic.message))"
    }

    /// GitHub's escaping for a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping for a property value: the data escapes plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
