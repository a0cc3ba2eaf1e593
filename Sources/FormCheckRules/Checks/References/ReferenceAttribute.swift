/// An attribute a `references` rule reads (`attributes:`): the label pages write, the
/// field of the referred page it is compared with, and the taxonomy its values are in.
public struct ReferenceAttribute: Sendable, Hashable {
    /// The label in templates and table rows or columns (`Part`).
    public var label: String
    /// The field of the referred page (`Main Part`); default: the label.
    public var field: String
    /// The taxonomy of its values: aliases and `part-of` count as agreement.
    public var taxonomy: String?
    /// The field holds a comma-separated list (compared as a set; `none` is the empty list).
    public var multiple: Bool
    /// The value written for an empty list.
    public var none: String?

    /// Whether `claimed` (written on the naming page) agrees with `actual` (the referred
    /// page's field): equal once aliases, case and number are forgiven, or linked by
    /// `part-of`; lists agree when they hold the same values.
    public func agrees(_ claimed: String, with actual: String, taxonomy: Taxonomy) -> Bool {
        let enumeration = self.taxonomy.flatMap { taxonomy[$0] }
        guard multiple else { return Self.same(claimed, actual, in: enumeration) }
        let left = items(claimed), right = items(actual)
        guard left.count == right.count else { return false }
        return left.allSatisfy { item in right.contains { Self.same(item, $0, in: enumeration) } }
    }

    /// The canonical spelling of a written value (itself when the taxonomy does not know it).
    public func canonical(_ text: String, taxonomy: Taxonomy) -> String {
        guard let enumeration = self.taxonomy.flatMap({ taxonomy[$0] }) else { return text }
        return Self.value(text, in: enumeration)?.canonical ?? text
    }

    private func items(_ text: String) -> [String] {
        let parts = text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if let none, parts.count == 1, TitleKey(parts[0]) == TitleKey(none) { return [] }
        return parts
    }

    public static func same(_ lhs: String, _ rhs: String, in enumeration: TaxonomyEnum?) -> Bool {
        if TitleKey(lhs) == TitleKey(rhs) { return true }
        guard let enumeration, let left = value(lhs, in: enumeration), let right = value(rhs, in: enumeration) else { return false }
        return enumeration.links(left.canonical, right.canonical, through: [.partOf])
    }

    /// The taxonomy value written as `text`, its spelling forgiven case and number.
    static func value(_ text: String, in enumeration: TaxonomyEnum) -> TaxonomyValue? {
        enumeration.value(matching: text)
            ?? enumeration.value(matching: EnglishInflection.plural(text))
            ?? enumeration.value(matching: EnglishInflection.singular(text))
    }
}
