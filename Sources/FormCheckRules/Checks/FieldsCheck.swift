/// Field values: required, allowed by a taxonomy enum or a pattern, multi-valued with an
/// optional "none" value; and, across all fields, duplicates and undeclared keys.
public struct FieldsCheck: Check {
    public var names: [String]
    public var required: Bool
    public var allowed: TaxonomyEnum?
    public var multiple: Bool
    /// A value meaning "no values" (e.g. `None`), allowed only alone.
    public var noneValue: String?
    public var pattern: RegexBox?
    public var flagDuplicates: Bool
    /// When set, keys not among these are flagged.
    public var knownKeys: [String]?

    public func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for name in names {
            guard let field = context.field(name) else {
                if required {
                    findings.append(Finding(range: fieldsAnchor(context), message: Message.missing(name), expected: name, arguments: ["field": name]))
                }
                continue
            }
            findings += valueFindings(field, file: context.file)
        }
        if flagDuplicates { findings += duplicateFindings(context) }
        if let knownKeys { findings += unknownKeyFindings(context, known: knownKeys) }
        return findings
    }

    private func fieldsAnchor(_ context: CheckContext) -> SourceRange {
        if let section = context.fieldSource.section, let found = context.section(section) { return found.heading.textRange }
        return context.pageAnchor
    }

    private func valueFindings(_ field: Field, file: SourceFile) -> [Finding] {
        let arguments = ["field": field.key]
        guard !field.values.isEmpty else {
            return required ? [Finding(range: field.valueRange, message: Message.empty(field.key), arguments: arguments)] : []
        }
        let values = multiple ? field.values : [FieldValue(text: field.value, range: field.valueRange)]
        if let noneValue, values.contains(where: { $0.text == noneValue }) {
            guard values.count > 1 else { return [] }
            let none = values.first { $0.text == noneValue }!
            return [Finding(range: none.range, message: Message.noneWithOthers(field.key, none: noneValue), found: noneValue, arguments: arguments)]
        }
        var findings: [Finding] = []
        for value in values {
            if let allowed { findings += enumFindings(field.key, value, allowed, file: file) }
            if let pattern, !pattern.matches(value.text) {
                findings.append(Finding(
                    range: value.range, message: Message.pattern(field.key, value.text, pattern.pattern),
                    expected: pattern.pattern, found: value.text, arguments: arguments))
            }
        }
        return findings
    }

    private func enumFindings(_ key: String, _ value: FieldValue, _ allowed: TaxonomyEnum, file: SourceFile) -> [Finding] {
        let arguments = ["field": key]
        // A case change or an alias changes no fact: safe. A near miss is a guess: unsafe.
        func fix(_ canonical: String, _ applicability: FixApplicability = .safe) -> Fix? {
            Fix.replacing(value.range, written: value.text, with: canonical, in: file, applicability: applicability)
        }
        switch allowed.match(value.text) {
        case .exact:
            return []
        case .wrongCase(let canonical):
            return [Finding(
                range: value.range, message: Message.wrongCase(key, value.text, canonical), expected: canonical, found: value.text,
                arguments: arguments, fix: fix(canonical))]
        case .alias(let canonical):
            return [Finding(
                range: value.range, message: Message.alias(key, value.text, canonical), expected: canonical, found: value.text,
                arguments: arguments, fix: fix(canonical), severityCap: .warning)]
        case .nearMiss(let canonical):
            return [Finding(
                range: value.range, message: Message.nearMiss(key, value.text, canonical), expected: canonical, found: value.text,
                arguments: arguments, fix: fix(canonical, .unsafe))]
        case .unknown:
            var options = allowed.canonicalValues
            if let noneValue { options.append(noneValue) }
            return [Finding(
                range: value.range, message: Message.notAllowed(key, value.text, options),
                expected: options.joined(separator: ", "), found: value.text, arguments: arguments)]
        }
    }

    // Keys come from `context.fieldKeys` (computed once per document) and the rule's names
    // are keyed once per call, not once per comparison.
    private func duplicateFindings(_ context: CheckContext) -> [Finding] {
        let nameKeys = Set(names.map(TitleKey.init))
        var first: [TitleKey: Field] = [:]
        var findings: [Finding] = []
        for (field, key) in zip(context.fields, context.fieldKeys) where names.isEmpty || nameKeys.contains(key) {
            if let earlier = first[key] {
                findings.append(Finding(
                    range: field.keyRange, message: Message.duplicate(field.key, firstLine: earlier.keyRange.start.line),
                    found: field.key, arguments: ["field": field.key]))
            } else {
                first[key] = field
            }
        }
        return findings
    }

    private func unknownKeyFindings(_ context: CheckContext, known: [String]) -> [Finding] {
        let keys = Set(known.map(TitleKey.init))
        return zip(context.fields, context.fieldKeys).filter { !keys.contains($0.1) }.map(\.0).map { field in
            let suggestion = closestMatch(to: field.key, in: known)
            return Finding(
                range: field.keyRange, message: Message.unknownKey(field.key, suggestion: suggestion),
                expected: suggestion, found: field.key, arguments: ["field": field.key])
        }
    }
}

extension FieldsCheck {
    enum Message {
        static func missing(_ name: String) -> String { "missing required field '\(name)'" }
        static func empty(_ name: String) -> String { "field '\(name)' is empty" }
        static func wrongCase(_ key: String, _ value: String, _ canonical: String) -> String {
            "\(key) is \"\(value)\"; write it \"\(canonical)\""
        }
        static func alias(_ key: String, _ value: String, _ canonical: String) -> String {
            "\(key) \"\(value)\" is another name for \"\(canonical)\"; use \"\(canonical)\""
        }
        static func nearMiss(_ key: String, _ value: String, _ canonical: String) -> String {
            "\(key) \"\(value)\" is not an allowed value; did you mean \"\(canonical)\"?"
        }
        static func notAllowed(_ key: String, _ value: String, _ options: [String]) -> String {
            "\(key) \"\(value)\" is not an allowed value; expected one of: " + options.joined(separator: ", ")
        }
        static func pattern(_ key: String, _ value: String, _ pattern: String) -> String {
            "\(key) \"\(value)\" does not match /\(pattern)/"
        }
        static func noneWithOthers(_ key: String, none: String) -> String {
            "\(key) lists \"\(none)\" together with other values"
        }
        static func duplicate(_ key: String, firstLine: Int) -> String { "field '\(key)' appears twice (first on line \(firstLine))" }
        static func unknownKey(_ key: String, suggestion: String?) -> String {
            "unknown field '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

extension FieldsCheck {
    static let kind = CheckKind(
        name: "fields",
        summary: "required fields, values from a taxonomy enum or pattern, multi-valued fields, duplicate and unknown keys",
        keys: [
            SchemaKey("field", .string, "the field this rule checks"),
            SchemaKey("fields", .strings, "the fields this rule checks"),
            SchemaKey("required", .boolean, "the fields must be present and not empty"),
            SchemaKey("enum", .string, "a taxonomy whose values are allowed"),
            SchemaKey("multiple", .boolean, "the value is a comma-separated list, each item checked"),
            SchemaKey("none", .string, "a value meaning 'no values', allowed only alone (e.g. None)"),
            SchemaKey("pattern", .string, "a regular expression the value must match"),
            SchemaKey("duplicates", .boolean, "report a field that appears twice"),
            SchemaKey("unknown", .boolean, "report fields the pack does not declare in fields.names"),
        ]
    ) { (reader, context) throws(YAMLError) in
        var names: [String] = []
        if let node = reader.optional("field") { names.append(try context.fieldName(node)) }
        if let node = reader.optional("fields") {
            let list = try node.sequenceOrScalar()
            for item in list { names.append(try context.fieldName(item)) }
        }
        var knownKeys: [String]?
        if let node = reader.optional("unknown"), try node.bool() {
            guard !context.fieldNames.isEmpty else {
                throw YAMLError(at: node, "'unknown: true' needs the pack to declare its field names in 'fields: names:'")
            }
            knownKeys = context.fieldNames
        }
        return FieldsCheck(
            names: names,
            required: try reader.optional("required")?.bool() ?? false,
            allowed: try reader.optional("enum").map { (node) throws(YAMLError) in try context.taxonomyEnum(node) },
            multiple: try reader.optional("multiple")?.bool() ?? false,
            noneValue: try reader.optional("none")?.string(),
            pattern: try reader.optional("pattern").map { (node) throws(YAMLError) in RegexBox(try node.regex()) },
            flagDuplicates: try reader.optional("duplicates")?.bool() ?? false,
            knownKeys: knownKeys)
    }
}
