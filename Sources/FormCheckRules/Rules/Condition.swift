/// A `when:` condition on a page's fields.
///
/// ```yaml
/// when: { field: Level, equals: Easy }
/// when: { field: Other Ingredients, not: { equals: None } }
/// when: { all: [ { field: Kind, in: [Soup, Salad] }, { field: Season, present: true } ] }
/// ```
public indirect enum Condition: Sendable {
    case equals(field: String, value: String)
    case oneOf(field: String, values: [String])
    case matches(field: String, pattern: RegexBox)
    case present(field: String, expected: Bool)
    case not(Condition)
    case all([Condition])
    case any([Condition])

    /// Values compare case-insensitively; a multi-valued field meets `equals`/`in`
    /// when any of its values does.
    public func holds(for fields: [Field]) -> Bool {
        func values(_ name: String) -> [String]? {
            let key = TitleKey(name)
            return fields.first { TitleKey($0.key) == key }.map { $0.values.map(\.text) }
        }
        switch self {
        case .equals(let field, let value):
            return values(field)?.contains { TitleKey($0) == TitleKey(value) } ?? false
        case .oneOf(let field, let options):
            let keys = Set(options.map(TitleKey.init))
            return values(field)?.contains { keys.contains(TitleKey($0)) } ?? false
        case .matches(let field, let pattern):
            guard let values = values(field) else { return false }
            return pattern.matches(values.joined(separator: ", "))
        case .present(let field, let expected):
            return (values(field).map { !$0.isEmpty } ?? false) == expected
        case .not(let inner):
            return !inner.holds(for: fields)
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(for: fields) }
        case .any(let conditions):
            return conditions.contains { $0.holds(for: fields) }
        }
    }
}
