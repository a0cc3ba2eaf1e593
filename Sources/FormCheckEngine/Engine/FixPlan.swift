/// What a fix run did and left, counted by rule and by level: the plan `fix --dry-run`
/// prints, and the summary of `fix`.
public struct FixPlan: Sendable, Equatable {
    /// Per rule: fixes applied at each level, unsafe fixes left (not applied without
    /// `--unsafe-fixes`), suggestions left.
    public struct RuleCounts: Sendable, Equatable {
        public var applied: [FixApplicability: Int] = [:]
        public var unsafeLeft = 0
        public var suggestions = 0
    }

    public var rules: [String: RuleCounts] = [:]
    /// Pages the run changes, in the order given, with the number of fixes applied to each.
    public var pages: [(path: String, fixes: Int)] = []

    public init(outcomes: [Fixer.Outcome]) {
        for outcome in outcomes {
            for diagnostic in outcome.applied {
                rules[diagnostic.ruleID, default: RuleCounts()].applied[diagnostic.fix?.applicability ?? .safe, default: 0] += 1
            }
            for diagnostic in outcome.unsafeLeft { rules[diagnostic.ruleID, default: RuleCounts()].unsafeLeft += 1 }
            for diagnostic in outcome.suggestions { rules[diagnostic.ruleID, default: RuleCounts()].suggestions += 1 }
            if outcome.changed { pages.append((outcome.path, outcome.applied.count)) }
        }
    }

    /// Fixes applied at a level, over all rules.
    public func applied(_ level: FixApplicability) -> Int { rules.values.reduce(0) { $0 + ($1.applied[level] ?? 0) } }
    public var unsafeLeft: Int { rules.values.reduce(0) { $0 + $1.unsafeLeft } }
    public var suggestions: Int { rules.values.reduce(0) { $0 + $1.suggestions } }

    public static func == (lhs: FixPlan, rhs: FixPlan) -> Bool {
        lhs.rules == rhs.rules && lhs.pages.map(\.path) == rhs.pages.map(\.path) && lhs.pages.map(\.fixes) == rhs.pages.map(\.fixes)
    }
}
