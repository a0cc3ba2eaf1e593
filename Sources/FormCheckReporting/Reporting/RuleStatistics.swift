/// The shape of a run, one row per rule (`lint --statistics`): how many findings, on how
/// many pages, how many a fix repairs at each level, and at which severities.
public struct RuleStatistics: Sendable, Equatable {
    /// One rule's findings.
    public struct Row: Sendable, Equatable {
        public var ruleID: String
        public var findings: Int
        /// Distinct files with at least one finding of the rule.
        public var pages: Int
        /// Findings whose fix is safe, unsafe, or only a suggestion; the rest have no fix.
        public var fixable: [FixApplicability: Int]
        /// The severities the findings have (one, unless overrides change it per folder), highest first.
        public var severities: [Severity]

        public init(ruleID: String, findings: Int, pages: Int, fixable: [FixApplicability: Int], severities: [Severity]) {
            self.ruleID = ruleID
            self.findings = findings
            self.pages = pages
            self.fixable = fixable
            self.severities = severities
        }

        /// Findings a fix at this level repairs (0 when none).
        public func fixable(_ level: FixApplicability) -> Int { fixable[level] ?? 0 }
    }

    /// Most findings first; ties by rule id.
    public var rows: [Row]
    /// Files linted, and those with at least one finding.
    public var files: Int
    public var filesWithFindings: Int
    /// Markdown files the configuration left out (no page type, outside `include`, in `exclude`).
    public var skipped: Int = 0

    /// Builds the table from a result (after any baseline was applied).
    public init(_ result: LintResult) {
        var rows: [String: Row] = [:]
        var pages: [String: Set<String>] = [:]
        for diagnostic in result.diagnostics {
            var row = rows[diagnostic.ruleID] ?? Row(ruleID: diagnostic.ruleID, findings: 0, pages: 0, fixable: [:], severities: [])
            row.findings += 1
            if let level = Self.fixLevel(of: diagnostic) { row.fixable[level, default: 0] += 1 }
            if !row.severities.contains(diagnostic.severity) {
                row.severities = (row.severities + [diagnostic.severity]).sorted(by: >)
            }
            pages[diagnostic.ruleID, default: []].insert(diagnostic.path)
            rows[diagnostic.ruleID] = row
        }
        for id in rows.keys { rows[id]?.pages = pages[id]?.count ?? 0 }
        self.rows = rows.values.sorted { ($0.findings, $1.ruleID) > ($1.findings, $0.ruleID) }
        files = result.files.count
        filesWithFindings = result.files.count { !$0.diagnostics.isEmpty }
        skipped = result.skipped
    }

    /// The level at which a finding can be repaired: its fix's, else `suggestion` when only
    /// a suggestion is offered, else nil.
    static func fixLevel(of diagnostic: Diagnostic) -> FixApplicability? {
        if let fix = diagnostic.fix { return fix.applicability }
        return diagnostic.suggestion == nil ? nil : .suggestion
    }
}
