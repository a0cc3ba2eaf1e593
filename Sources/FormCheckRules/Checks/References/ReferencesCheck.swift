/// Reads the pages a page names, the values it gives them and the counts it claims:
/// list entries through templates (`**{{name}}** — {{Level}}`), tables by their header
/// row or first column, headings and sentences with a `{{count}}`, and a breakdown of
/// counts per value (`3 Easy | 5 Hard`).
///
/// On the page itself it checks each count against the entries listed under it. Names are
/// resolved, and values and catalog counts compared, in the catalog pass once every page
/// is known (`pageReferences(in:)` is what that pass keeps of the page).
public struct ReferencesCheck: Check {
    /// Where a table names the pages it describes.
    public enum TableNames: String, Sendable, CaseIterable {
        /// The header row names one page per column; the first column labels the attributes.
        case header
        /// The first column names one page per row; the header row labels the attributes.
        case firstColumn = "first-column"
    }

    public var ruleID: String
    /// The section read (at any depth), else the whole page.
    public var section: String?
    public var entries: [SlotTemplate]
    public var headings: [SlotTemplate]
    public var sentences: [SlotTemplate]
    public var breakdown: SlotTemplate?
    public var separator: String
    public var table: TableNames?
    public var attributes: [ReferenceAttribute]
    /// The page type names resolve to; nil: any page.
    public var targetType: String?
    /// Whether counts with values are also compared with the number of such pages.
    public var catalogCounts: Bool

    public func attribute(_ label: String) -> ReferenceAttribute? {
        attributes.first { TitleKey($0.label) == TitleKey(label) }
    }

    public func findings(in context: CheckContext) -> [Finding] {
        let reading = read(context)
        var findings: [Finding] = []
        for claim in reading.claims where claim.listed > 0 && claim.count != claim.listed {
            let message = claim.heading.map { Message.headingCount($0, claimed: claim.count, listed: claim.listed) }
                ?? Message.pageCount(claimed: claim.count, listed: claim.listed)
            findings.append(countFinding(message, claim.range, claimed: claim.count, actual: claim.listed, context: context))
        }
        for part in reading.breakdown {
            guard let attribute = attribute(part.attribute), !reading.entries.isEmpty else { continue }
            let listed = reading.entries.count { entry in
                entry.values.contains { TitleKey($0.attribute) == TitleKey(attribute.label) && attribute.agrees($0.value, with: part.value, taxonomy: context.taxonomy) }
            }
            guard listed != part.count else { continue }
            findings.append(countFinding(
                Message.breakdown(part.value, claimed: part.count, listed: listed), part.range, claimed: part.count, actual: listed, context: context))
        }
        return findings
    }

    /// What the catalog pass needs of the page: every reference, and the counts to compare
    /// with the catalog when the rule asks for it.
    public func pageReferences(in context: CheckContext) -> PageReferences {
        let reading = read(context)
        return PageReferences(
            ruleID: ruleID, references: reading.entries + reading.others,
            counts: catalogCounts ? reading.claims.filter { !$0.conditions.isEmpty }.map {
                CountClaim(count: $0.count, range: $0.range, conditions: $0.conditions, listed: $0.listed)
            } : [])
    }

    private func countFinding(_ message: String, _ range: SourceRange, claimed: Int, actual: Int, context: CheckContext) -> Finding {
        Finding(
            range: range, message: message, expected: String(actual), found: String(claimed),
            fix: Fix(replacing: range, with: String(actual), applicability: .unsafe))
    }

    enum Message {
        static func headingCount(_ heading: String, claimed: Int, listed: Int) -> String {
            "'\(heading)' says \(claimed) but \(listed) \(listed == 1 ? "entry is" : "entries are") listed under it"
        }
        static func pageCount(claimed: Int, listed: Int) -> String {
            "the page says \(claimed) but lists \(listed) \(listed == 1 ? "entry" : "entries")"
        }
        static func breakdown(_ value: String, claimed: Int, listed: Int) -> String {
            "the breakdown says \(claimed) \(value) but \(listed) listed \(listed == 1 ? "entry is" : "entries are") \(value)"
        }
    }
}
