extension Severity {
    /// The names a pack or configuration may write, for messages: "error, warning or info".
    public static let spelledOut = "error, warning or info"

    /// A severity written in YAML (`error`, `warning` or `info`): the one reader of it for
    /// packs, link settings and configuration overrides, with one message and a
    /// "did you mean" when the text is a near miss.
    public static func parse(_ node: YAMLNode) throws(YAMLError) -> Severity {
        let text = try node.string()
        if let severity = Severity(rawValue: text) { return severity }
        let suggestion = closestMatch(to: text, in: allCases.map(\.rawValue))
        throw YAMLError(
            at: node, "unknown severity '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            note: "severities: \(spelledOut)")
    }
}
