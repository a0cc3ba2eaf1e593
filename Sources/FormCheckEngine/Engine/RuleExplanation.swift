/// The text of `formcheck rules explain` (and of an editor's hover on a finding): the
/// rule's header, then each example with the findings the rule gives on it (so the examples
/// are shown working, not just quoted).
public struct RuleExplanation: Sendable {
    public let rule: Rule
    public let ruleSet: RuleSet

    public init(rule: Rule, ruleSet: RuleSet) {
        self.rule = rule
        self.ruleSet = ruleSet
    }

    public var text: String {
        var lines = [
            "\(rule.id)  (\(rule.kind), \(rule.severity.rawValue))",
            "defined at \(rule.path):\(rule.range.start)",
        ]
        if !rule.enabled { lines.append("off unless the project's config turns it on (a severity, or off: false)") }
        if let description = rule.description { lines += ["", description] }
        if let check = rule.check as? any ExplainableCheck { lines += [""] + check.explanation }
        if let section = rule.section { lines.append("section: \(section)") }
        if let link = rule.link { lines.append("more: \(link)") }
        for (label, examples) in [("fails", rule.examples.fail), ("passes", rule.examples.pass)] {
            for example in examples {
                lines += ["", "Example that \(label):", ""]
                lines += example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                let findings = findings(in: example)
                lines.append(findings.isEmpty ? "  → no finding" : "")
                lines += findings.map { "  → \($0.range.start): \($0.message)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func findings(in example: String) -> [Diagnostic] {
        var single = ruleSet
        var shown = rule
        shown.enabled = true   // a rule shipped off still shows what it does when turned on
        single.rules = [shown]
        let document = MarkdownParser.parse(SourceFile(path: "example.md", text: example))
        return Linter(ruleSet: single).lint(document).filter { $0.ruleID == rule.id }
    }
}
