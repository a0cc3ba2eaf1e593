/// What the references between pages need of one page, kept while the page is linted so
/// that names resolve in the catalog pass, after every page is known: its title and fields
/// (what other pages' references are compared with) and the references its own rules read.
/// Stored per page for the whole run (and by a cache or a shard), so `Codable` and small.
public struct ReferenceRecord: Codable, Sendable, Hashable {
    /// The page's title, as references name it.
    public var title: String?
    /// The page's fields (key, value, where the value is).
    public var fields: [RecordedField]
    /// What each `references` rule of the page read.
    public var references: [PageReferences]

    public init(title: String?, fields: [RecordedField] = [], references: [PageReferences] = []) {
        self.title = title
        self.fields = fields
        self.references = references
    }

    /// The record of a page: its title and fields, and what `rules` (the page's enabled
    /// `references` rules, their `when:` checked here) read on it.
    public init(context: CheckContext, rules: [(rule: Rule, check: ReferencesCheck)]) {
        self.init(
            title: context.document.title?.text,
            fields: context.fields.map { RecordedField(key: $0.key, value: $0.value, range: $0.valueRange) },
            references: rules.compactMap { rule, check in
                if let condition = rule.condition, !condition.holds(for: context.fields) { return nil }
                let read = check.pageReferences(in: context)
                return read.references.isEmpty && read.counts.isEmpty ? nil : read
            })
    }

    /// The first field with this key (keys compare as headings do).
    public func field(_ name: String) -> RecordedField? {
        let key = TitleKey(name)
        return fields.first { TitleKey($0.key) == key }
    }
}

/// One field of a page as references compare it.
public struct RecordedField: Codable, Sendable, Hashable {
    public var key: String
    public var value: String
    /// The value's range (where a disagreeing reference's related location points).
    public var range: SourceRange
}

extension RuleSet {
    /// The enabled `references` rules, with their checks.
    public var referenceRules: [(rule: Rule, check: ReferencesCheck)] {
        rules.compactMap { rule in
            guard rule.enabled, let check = rule.check as? ReferencesCheck else { return nil }
            return (rule, check)
        }
    }
}
