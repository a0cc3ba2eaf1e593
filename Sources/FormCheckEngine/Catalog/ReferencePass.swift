import Foundation

/// Resolves every page's references once all pages are known: each name to the page whose
/// title it is, each value given to that page compared with its field, each count claimed
/// of the catalog compared with the pages that have those values. Pure over the records;
/// its findings are never stored per page, since they depend on other pages.
public struct ReferencePass: Sendable {
    /// One page of the catalog as the pass sees it.
    public struct Page: Codable, Sendable, Hashable {
        public var path: String
        /// The page's type (`types:`), nil without types.
        public var type: String?
        public var record: ReferenceRecord

        public init(path: String, type: String?, record: ReferenceRecord) {
            self.path = path
            self.type = type
            self.record = record
        }
    }

    /// The rule of a page by id, with its check and taxonomy: the page's own rule set
    /// (its type, its overrides), or nil when the rule does not apply to it.
    public typealias RuleLookup = @Sendable (_ path: String, _ ruleID: String) -> (rule: Rule, check: ReferencesCheck, taxonomy: Taxonomy)?

    public let pages: [Page]
    private let byTitle: [TitleKey: [Int]]

    public init(pages: [Page]) {
        self.pages = pages
        var byTitle: [TitleKey: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            if let title = page.record.title, !title.isEmpty { byTitle[TitleKey(title), default: []].append(index) }
        }
        self.byTitle = byTitle
    }

    /// Every finding of every page's references. A finding is on the naming page, with a
    /// related location at the named page's field; `source` gives a page's text for the
    /// findings' source lines (nil when it cannot be read).
    public func run(rules: RuleLookup, source: (String) -> SourceFile?) -> [Diagnostic] {
        var findings: [(path: String, finding: Finding, rule: Rule)] = []
        var counter = CatalogCounter(pages: pages)
        for page in pages {
            for read in page.record.references {
                guard let (rule, check, taxonomy) = rules(page.path, read.ruleID) else { continue }
                for reference in read.references {
                    findings += resolve(reference, check: check, taxonomy: taxonomy).map { (page.path, $0, rule) }
                }
                for claim in read.counts {
                    guard let finding = counter.check(claim, check: check, taxonomy: taxonomy) else { continue }
                    findings.append((page.path, finding, rule))
                }
            }
        }
        var sources: [String: SourceFile?] = [:]
        return findings.map { path, finding, rule in
            if sources[path] == nil { sources[path] = .some(source(path)) }
            return diagnostic(finding, rule: rule, path: path, source: sources[path] ?? nil)
        }
    }

    /// The findings of one reference: an unknown name, or each value its page disagrees with.
    func resolve(_ reference: PageReference, check: ReferencesCheck, taxonomy: Taxonomy) -> [Finding] {
        let candidates = (byTitle[TitleKey(reference.name)] ?? []).filter { check.targetType == nil || pages[$0].type == check.targetType }
        guard let index = candidates.first else {
            let titles = pages.filter { check.targetType == nil || $0.type == check.targetType }.compactMap(\.record.title)
            let suggestion = closestMatch(to: reference.name, in: titles)
            return [Finding(
                range: reference.range, message: Message.unknown(reference.name, type: check.targetType, suggestion: suggestion),
                found: reference.name, suggestion: suggestion.map { Fix(replacing: reference.range, with: $0, applicability: .suggestion) })]
        }
        let target = pages[index]
        var findings: [Finding] = []
        for value in reference.values {
            guard let attribute = check.attribute(value.attribute), let field = target.record.field(attribute.field),
                  !attribute.agrees(value.value, with: field.value, taxonomy: taxonomy) else { continue }
            let related = RelatedLocation(message: Message.related(field.key, of: reference.name), range: field.range, path: target.path)
            let message = value.inherited
                ? Message.group(reference.name, group: value.value, field: field.key, actual: field.value)
                : Message.value(reference.name, label: attribute.label, claimed: value.value, field: field.key, actual: field.value)
            findings.append(Finding(
                range: value.inherited ? reference.range : value.range, message: message,
                expected: field.value, found: value.value, related: [related],
                suggestion: value.inherited ? nil : Fix(replacing: value.range, with: field.value, applicability: .suggestion)))
        }
        return findings
    }

    private func diagnostic(_ finding: Finding, rule: Rule, path: String, source: SourceFile?) -> Diagnostic {
        var diagnostic = Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: finding.message, path: path, range: finding.range,
            expected: finding.expected, found: finding.found, related: finding.related,
            sourceLine: source?.lineText(finding.range.start.line) ?? "", suggestion: finding.suggestion)
        if let source { diagnostic = diagnostic.withUTF16Columns(in: source) }
        return diagnostic
    }

    enum Message {
        static func unknown(_ name: String, type: String?, suggestion: String?) -> String {
            "no \(type.map { "\($0) " } ?? "")page is titled '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
        static func value(_ name: String, label: String, claimed: String, field: String, actual: String) -> String {
            "'\(name)' is listed with \(label) '\(claimed)' but its page says \(field) '\(actual)'"
        }
        static func group(_ name: String, group: String, field: String, actual: String) -> String {
            "'\(name)' is listed under '\(group)' but its page says \(field) '\(actual)'"
        }
        static func related(_ field: String, of name: String) -> String { "\(field) of '\(name)' is set here" }
        static func count(claimed: Int, actual: Int, conditions: String) -> String {
            "the page says \(claimed) but the catalog has \(actual) \(actual == 1 ? "page" : "pages") with \(conditions)"
        }
    }
}

/// Counts the pages of the catalog with given values. Pages are grouped once per field by
/// the value they write, so a condition is compared with each distinct value once, not
/// with every page; counts are memoized by the values asked.
struct CatalogCounter {
    let pages: [ReferencePass.Page]
    private var cache: [String: Int] = [:]
    /// Per field key: each value written, with the pages (positions) that write it.
    private var byValue: [TitleKey: [String: [Int]]] = [:]

    init(pages: [ReferencePass.Page]) { self.pages = pages }

    /// A finding when the claim's number is not the number of pages (of the rule's target
    /// type) whose fields agree with all of the claim's values.
    mutating func check(_ claim: CountClaim, check: ReferencesCheck, taxonomy: Taxonomy) -> Finding? {
        // A count that disagrees with the entries listed under it is reported on the page
        // itself (once): the catalog is compared only with a count the page's list bears out.
        guard claim.listed == 0 || claim.listed == claim.count else { return nil }
        let conditions = claim.conditions.compactMap { value in check.attribute(value.attribute).map { ($0, value.value) } }
        guard !conditions.isEmpty else { return nil }
        let key = (check.targetType ?? "") + "\u{1}" + conditions.map { "\($0.0.field)=\($0.0.canonical($0.1, taxonomy: taxonomy))" }.sorted().joined(separator: "\u{1}")
        let actual: Int
        if let cached = cache[key] {
            actual = cached
        } else {
            var matching: Set<Int>?
            for (attribute, value) in conditions {
                let enumeration = attribute.taxonomy.flatMap { taxonomy[$0] }
                var found = Set<Int>()
                for (written, positions) in values(of: attribute.field) {
                    let agrees = attribute.multiple
                        ? written.split(separator: ",").contains { ReferenceAttribute.same(value, String($0).trimmingWhitespace, in: enumeration) }
                        : attribute.agrees(value, with: written, taxonomy: taxonomy)
                    if agrees { found.formUnion(positions) }
                }
                matching = matching.map { $0.intersection(found) } ?? found
            }
            actual = (matching ?? []).count { check.targetType == nil || pages[$0].type == check.targetType }
            cache[key] = actual
        }
        guard actual != claim.count else { return nil }
        let described = conditions.map { "\($0.0.field) '\($0.0.canonical($0.1, taxonomy: taxonomy))'" }.joined(separator: " and ")
        return Finding(
            range: claim.range, message: ReferencePass.Message.count(claimed: claim.count, actual: actual, conditions: described),
            expected: String(actual), found: String(claim.count))
    }

    /// The values pages write in a field, each with the pages that write it (built once).
    private mutating func values(of field: String) -> [String: [Int]] {
        let key = TitleKey(field)
        if let known = byValue[key] { return known }
        var grouped: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            if let value = page.record.fields.first(where: { TitleKey($0.key) == key })?.value { grouped[value, default: []].append(index) }
        }
        byValue[key] = grouped
        return grouped
    }
}
