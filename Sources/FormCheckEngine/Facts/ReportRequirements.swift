/// What the catalog report measures on every page, derived from the pack: the sections
/// its `sections` rules require at the top level, the fields its `fields` rules require,
/// and the fields `report: group-by:` splits the catalog by.
public struct ReportRequirements: Sendable, Hashable {
    public var sections: [String]
    public var fields: [String]
    public var groupBy: [String]

    public init(sections: [String] = [], fields: [String] = [], groupBy: [String] = []) {
        self.sections = sections
        self.fields = fields
        self.groupBy = groupBy
    }

    public init(ruleSet: RuleSet) {
        var sections: [String] = []
        var fields: [String] = []
        for rule in ruleSet.rules where rule.condition == nil {
            let contribution = rule.check.reportContribution
            sections += contribution.sections
            fields += contribution.fields
        }
        self.init(
            sections: Self.unique(sections), fields: Self.unique(fields),
            groupBy: ruleSet.report?.groupBy ?? [])
    }

    /// First spelling of each name, compared as titles are.
    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<TitleKey>()
        return names.filter { seen.insert(TitleKey($0)).inserted }
    }
}
