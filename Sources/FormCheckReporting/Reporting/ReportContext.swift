/// What reporters may know besides the findings: the rules that ran and the tool.
/// Plain values, so reporters stay pure functions.
public struct ReportContext: Sendable, Hashable {
    /// One rule as reporters describe it (SARIF `rules`, JUnit test cases).
    public struct RuleInfo: Sendable, Hashable {
        public var id: String
        public var severity: Severity
        public var description: String?
        public var link: String?

        public init(id: String, severity: Severity, description: String? = nil, link: String? = nil) {
            self.id = id
            self.severity = severity
            self.description = description
            self.link = link
        }
    }

    public var rules: [RuleInfo]
    public var toolVersion: String
    public var informationURI: String

    public init(rules: [RuleInfo] = [], toolVersion: String = FormCheckVersion.current, informationURI: String = FormCheckVersion.informationURI) {
        self.rules = rules
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    public init(ruleSet: RuleSet) {
        self.init(rules: ruleSet.rules.map { RuleInfo(id: $0.id, severity: $0.severity, description: $0.description, link: $0.link) })
    }

    /// The rules of the context, then any rule id the findings use that the context lacks
    /// (byte problems, `unused-suppression`), in first-seen order.
    public func rules(covering diagnostics: [Diagnostic]) -> [RuleInfo] {
        var all = rules
        var known = Set(rules.map(\.id))
        for diagnostic in diagnostics where !known.contains(diagnostic.ruleID) {
            known.insert(diagnostic.ruleID)
            all.append(RuleInfo(id: diagnostic.ruleID, severity: diagnostic.severity, description: EngineRules.descriptions[diagnostic.ruleID]))
        }
        return all
    }
}
