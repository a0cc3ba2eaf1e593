/// What a writer may type where the pack constrains it: a field's allowed values and the
/// sections the pack requires. Editors complete from these, assistants ask for them.
extension RuleSet {
    /// The vocabulary an enabled `fields` rule allows for `field` (matched ignoring case and
    /// spacing), nil when no rule constrains the field to a taxonomy enum.
    public func allowedValues(forField field: String) -> TaxonomyEnum? {
        let key = TitleKey(field)
        for rule in rules where rule.enabled {
            guard let check = rule.check as? FieldsCheck, let allowed = check.allowed else { continue }
            if check.names.contains(where: { TitleKey($0) == key }) { return allowed }
        }
        return nil
    }

    /// The names of the fields an enabled `fields` rule constrains to a taxonomy enum, in
    /// pack order.
    public var constrainedFields: [String] {
        var seen = Set<TitleKey>()
        var names: [String] = []
        for rule in rules where rule.enabled {
            guard let check = rule.check as? FieldsCheck, check.allowed != nil else { continue }
            for name in check.names where seen.insert(TitleKey(name)).inserted { names.append(name) }
        }
        return names
    }

    /// The titles of the page-level sections enabled `sections` rules require, in pack order.
    public var requiredSections: [String] {
        var seen = Set<TitleKey>()
        var titles: [String] = []
        for rule in rules where rule.enabled {
            guard let check = rule.check as? SectionsCheck, check.scope == nil else { continue }
            for title in check.required where seen.insert(TitleKey(title)).inserted { titles.append(title) }
        }
        return titles
    }
}
