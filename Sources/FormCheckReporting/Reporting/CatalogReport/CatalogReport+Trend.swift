extension CatalogReport {
    /// What changed since an earlier report: each headline figure, each rule's findings and
    /// each group's score. A rule or group missing on one side counts as 0 findings there, or
    /// has no previous score.
    public struct Trend: Codable, Sendable, Hashable {
        public var summary: [Delta]
        public var rules: [Delta]
        public var groups: [Delta]
    }

    public struct Delta: Codable, Sendable, Hashable {
        /// `score`, a rule id, or `Field: value` for a group's score.
        public var name: String
        public var previous: Double?
        public var current: Double?
        /// `current - previous`, one decimal; nil when either side is missing.
        public var delta: Double?

        init(name: String, previous: Double?, current: Double?) {
            self.name = name
            self.previous = previous
            self.current = current
            if let previous, let current { delta = ScoreWeights.rounded(current - previous, decimals: 1) }
        }
    }

    /// This report with `trend` filled in from `previous`.
    public func compared(with previous: CatalogReport) -> CatalogReport {
        var copy = self
        copy.trend = Trend(
            summary: Self.headline(summary, previous.summary),
            rules: Self.ruleDeltas(rules, previous.rules),
            groups: Self.groupDeltas(groups, previous.groups))
        return copy
    }

    private static func headline(_ now: Summary, _ before: Summary) -> [Delta] {
        [
            Delta(name: "pages", previous: Double(before.pages), current: Double(now.pages)),
            Delta(name: "score", previous: before.score, current: now.score),
            Delta(name: "cleanPages", previous: Double(before.cleanPages), current: Double(now.cleanPages)),
            Delta(name: "errors", previous: Double(before.errors), current: Double(now.errors)),
            Delta(name: "warnings", previous: Double(before.warnings), current: Double(now.warnings)),
            Delta(name: "infos", previous: Double(before.infos), current: Double(now.infos)),
            Delta(name: "deadLinks", previous: Double(before.deadLinks), current: Double(now.deadLinks)),
        ]
    }

    private static func ruleDeltas(_ now: [RuleCount], _ before: [RuleCount]) -> [Delta] {
        let old = Dictionary(before.map { ($0.id, $0.findings) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(now.map { ($0.id, $0.findings) }, uniquingKeysWith: { first, _ in first })
        return Set(old.keys).union(new.keys).sorted().map { id in
            Delta(name: id, previous: Double(old[id] ?? 0), current: Double(new[id] ?? 0))
        }
    }

    private static func groupDeltas(_ now: [GroupBreakdown], _ before: [GroupBreakdown]) -> [Delta] {
        func scores(_ groups: [GroupBreakdown]) -> [String: Double] {
            var result: [String: Double] = [:]
            for group in groups {
                for value in group.values { result["\(group.field): \(value.value)"] = value.score }
            }
            return result
        }
        let old = scores(before)
        let new = scores(now)
        return Set(old.keys).union(new.keys).sorted().map { Delta(name: $0, previous: old[$0], current: new[$0]) }
    }
}
