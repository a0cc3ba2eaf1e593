/// The content-quality report of a catalog: scores, findings by rule, completeness of the
/// required sections and fields, a breakdown by the pack's grouping fields, link health,
/// the pages to fix first and, when compared with an earlier report, the trend.
///
/// Its JSON form (`formcheck report --format json`) is documented in docs/report.md and
/// versioned by `version`; fields are only ever added within a version.
public struct CatalogReport: Codable, Sendable, Hashable {
    /// The version of the JSON format.
    public static let formatVersion = 1

    public var version: Int
    /// The name of the rule pack (or packs) the pages were checked with.
    public var pack: String
    public var scoring: ScoreWeights
    public var summary: Summary
    /// Rules with at least one finding, most findings first.
    public var rules: [RuleCount]
    public var completeness: Completeness
    /// One entry per `report: group-by:` field of the pack, in the pack's order.
    public var groups: [GroupBreakdown]
    public var links: LinkHealth
    /// The lowest-scoring pages (score below 100), lowest first.
    public var pagesToFix: [PageEntry]
    /// Present when the report was compared with an earlier one (`--compare`).
    public var trend: Trend?
    /// Every field's values with marks for drift (as `formcheck vocab` reports them); nil
    /// in a report made without page facts.
    public var vocabulary: Vocabulary?
    /// Pages that catalog rules found alike (same title, opening, answer), each pair once.
    public var duplicatePairs: [DuplicatePair]?

    /// Two pages a catalog rule found alike.
    public struct DuplicatePair: Codable, Sendable, Hashable {
        public var rule: String
        public var page: String
        public var other: String
        public var message: String
    }

    public struct Summary: Codable, Sendable, Hashable {
        public var pages: Int
        /// The mean of the page scores, one decimal.
        public var score: Double
        public var cleanPages: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Unique link targets that do not work.
        public var deadLinks: Int
        /// Markdown files the configuration left out (no page type, `include`, `exclude`); absent when none.
        public var skipped: Int?
    }

    public struct RuleCount: Codable, Sendable, Hashable {
        public var id: String
        public var severity: Severity
        public var description: String?
        public var link: String?
        public var findings: Int
        /// Pages with at least one finding of the rule.
        public var pages: Int
    }

    public struct Completeness: Codable, Sendable, Hashable {
        public var sections: [Coverage]
        public var fields: [Coverage]
    }

    /// How many pages have one required section or field.
    public struct Coverage: Codable, Sendable, Hashable {
        public var name: String
        public var pages: Int
        /// `pages` over all pages, 0…1, three decimals.
        public var share: Double
    }

    public struct GroupBreakdown: Codable, Sendable, Hashable {
        public var field: String
        /// One entry per value found, sorted by value; pages without the field last, as `(none)`.
        public var values: [GroupValue]
    }

    public struct GroupValue: Codable, Sendable, Hashable {
        public var value: String
        public var pages: Int
        public var score: Double
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    public struct LinkHealth: Codable, Sendable, Hashable {
        /// Unique link targets on all pages.
        public var unique: Int
        /// Links on all pages, each use counted.
        public var occurrences: Int
        /// Unique targets with a `links/*` finding.
        public var broken: Int
        /// Uses of those targets.
        public var brokenOccurrences: Int
        public var byReason: [LinkReason]
        /// false when links were skipped (`--links skip`): the counts of broken links mean nothing.
        public var checked: Bool?
    }

    public struct LinkReason: Codable, Sendable, Hashable {
        /// The rule id, `links/broken`, `links/fragment`…
        public var rule: String
        public var unique: Int
        public var occurrences: Int
    }

    public struct PageEntry: Codable, Sendable, Hashable {
        public var path: String
        public var title: String?
        public var score: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var findings: [PageFinding]
    }

    public struct PageFinding: Codable, Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var line: Int
        public var column: Int
        public var message: String
        public var sourceLine: String
    }
}
