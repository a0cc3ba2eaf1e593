/// One compiled rule of a pack.
public struct Rule: Sendable {
    public var id: String
    /// The check kind's name, e.g. `sections`.
    public var kind: String
    public var severity: Severity
    /// Replaces the check's own message when set.
    public var message: Template?
    public var description: String?
    public var link: String?
    /// The section the rule is scoped to, if any.
    public var section: String?
    /// The rule applies only to pages whose fields meet this condition.
    public var condition: Condition?
    public var check: any Check
    /// `fix: false` turns the rule's fixes into suggestions (never applied).
    public var fixes: Bool = true
    /// `enabled: false` keeps the rule in the pack but runs it only when a project's
    /// config turns it on (gives it a severity, or `off: false`).
    public var enabled: Bool = true
    public var examples: RuleExamples
    /// Where the rule is defined, for `rules explain` and for errors.
    public var path: String
    public var range: SourceRange
}

/// Markdown snippets that show a rule: `pass` must give none of its findings, `fail` at least one.
public struct RuleExamples: Sendable, Hashable {
    public var pass: [String]
    public var fail: [String]

    public init(pass: [String] = [], fail: [String] = []) {
        self.pass = pass
        self.fail = fail
    }
}
