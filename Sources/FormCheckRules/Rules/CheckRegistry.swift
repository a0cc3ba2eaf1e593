/// Builds a check from a rule's own keys. It reads them from `reader`; keys it does not
/// read are reported as unknown.
public typealias CheckFactory = @Sendable (inout YAMLMappingReader, CheckFactoryContext) throws(YAMLError) -> any Check

public struct CheckKind: Sendable {
    public var name: String
    public var summary: String
    /// The keys the kind reads besides the common rule keys, for `formcheck rules schema`.
    public var keys: [SchemaKey]
    public var make: CheckFactory

    public init(name: String, summary: String, keys: [SchemaKey], make: @escaping CheckFactory) {
        self.name = name
        self.summary = summary
        self.keys = keys
        self.make = make
    }
}

/// Every check kind a pack can name in `check:`.
public enum CheckRegistry {
    public static let kinds: [CheckKind] = [
        SectionsCheck.kind,
        FieldsCheck.kind,
        ListCheck.kind,
        TextCheck.kind,
        ConsistencyCheck.kind,
        FAQCheck.kind,
        MentionsCheck.kind,
        ClaimsCheck.kind,
        ReferencesCheck.kind,
        TitleCheck.kind,
        LinksCheck.kind,
        UniqueCheck.kind,
        NearDuplicateCheck.kind,
        SameAnswerCheck.kind,
        OrphansCheck.kind,
    ]

    public static func kind(named name: String) -> CheckKind? {
        kinds.first { $0.name == name }
    }
}

/// What a check factory knows while a rule compiles: the rule's common keys and the pack.
public struct CheckFactoryContext: Sendable {
    public var ruleID: String
    /// The rule's `section:`, if any.
    public var section: String?
    public var taxonomy: Taxonomy
    public var fieldNames: [String]
    /// The pack's words of comparison and negation and its clause joins (`prose:`).
    public var prose = ProseSettings()

    /// A field name from the rule, checked against the pack's declared fields.
    public func fieldName(_ node: YAMLNode) throws(YAMLError) -> String {
        let name = try node.string()
        guard !fieldNames.isEmpty, !fieldNames.contains(where: { TitleKey($0) == TitleKey(name) }) else { return name }
        let suggestion = closestMatch(to: name, in: fieldNames)
        throw YAMLError(
            at: node, "unknown field '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            note: suggestion == nil ? "the pack declares: " + fieldNames.joined(separator: ", ") : nil)
    }

    /// A taxonomy enum named by the rule.
    public func taxonomyEnum(_ node: YAMLNode) throws(YAMLError) -> TaxonomyEnum {
        let name = try node.string()
        if let found = taxonomy[name] { return found }
        let names = taxonomy.enums.keys.sorted()
        let suggestion = closestMatch(to: name, in: names)
        throw YAMLError(
            at: node, "unknown taxonomy '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            note: names.isEmpty ? "the pack has no taxonomy" : "the pack defines: " + names.joined(separator: ", "))
    }

    /// A template whose placeholders name declared fields, `title`, or one of `extraNames`.
    public func template(_ node: YAMLNode, extraNames: [String] = []) throws(YAMLError) -> Template {
        let text = try node.string()
        let template: Template
        do {
            template = try Template(text)
        } catch {
            switch error {
            case .unclosedPlaceholder: throw YAMLError(at: node, "template has '{{' without a closing '}}'")
            case .emptyPlaceholder: throw YAMLError(at: node, "template has an empty placeholder '{{}}'")
            case .unknownFilter(let name, let suggestion):
                throw YAMLError(
                    at: node, "unknown template filter '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    note: "filters: " + TemplateFilter.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        guard !fieldNames.isEmpty else { return template }
        let known = fieldNames + ["title"] + extraNames
        for name in template.names where !known.contains(where: { TitleKey($0) == TitleKey(name) }) {
            let suggestion = closestMatch(to: name, in: known)
            throw YAMLError(
                at: node, "template names unknown field '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                note: "known names: " + known.joined(separator: ", "))
        }
        return template
    }
}
