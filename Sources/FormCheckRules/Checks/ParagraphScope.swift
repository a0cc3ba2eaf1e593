/// Which paragraphs of a section a rule reads (`in:`): all of them with those in lists
/// and subsections, only its own, or only the first.
public enum ParagraphScope: String, Sendable, CaseIterable {
    case paragraphs
    case answer
    case firstParagraph = "first-paragraph"

    public func paragraphs(of section: Section) -> [Paragraph] {
        switch self {
        case .paragraphs: TextScope.paragraphs(of: section)
        case .answer: section.paragraphs
        case .firstParagraph: Array(section.paragraphs.prefix(1))
        }
    }

    static func load(_ node: YAMLNode?) throws(YAMLError) -> ParagraphScope {
        guard let node else { return .paragraphs }
        let text = try node.string()
        guard let scope = ParagraphScope(rawValue: text) else {
            let names = allCases.map(\.rawValue)
            throw YAMLError(
                at: node, "unknown scope '\(text)'" + (closestMatch(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""),
                note: "scopes: " + names.joined(separator: ", "))
        }
        return scope
    }
}

extension CheckFactoryContext {
    /// `template:` (one) or `one-of:` (alternatives), compiled for matching; `{{*}}` allowed.
    func patterns(_ reader: inout YAMLMappingReader, required: Bool) throws(YAMLError) -> [TemplatePattern] {
        var nodes: [YAMLNode] = []
        if let node = reader.optional("template") { nodes.append(node) }
        if let node = reader.optional("one-of") { nodes += try node.sequence() }
        if nodes.isEmpty, required {
            throw YAMLError(path: reader.node.path, range: SourceRange(at: reader.node.range.start), message: "rule '\(ruleID)' needs 'template:' or 'one-of:'")
        }
        var patterns: [TemplatePattern] = []
        for node in nodes { patterns.append(TemplatePattern(try template(node, extraNames: [TemplatePattern.wildcard]))) }
        return patterns
    }

    /// `report: [mismatch, missing]`: which findings a sentence expectation gives (default both).
    func reportedFindings(_ reader: inout YAMLMappingReader) throws(YAMLError) -> (mismatches: Bool, missing: Bool) {
        guard let node = reader.optional("report") else { return (true, true) }
        let items = try node.sequenceOrScalar()
        var result = (mismatches: false, missing: false)
        for item in items {
            switch try item.string() {
            case "mismatch": result.mismatches = true
            case "missing": result.missing = true
            default: throw YAMLError(at: item, "unknown report '\(try item.string())'; expected 'mismatch' or 'missing'")
            }
        }
        return result
    }

    /// The rule's `section:`, required by kinds that read one section.
    func requiredSection(_ reader: YAMLMappingReader) throws(YAMLError) -> String {
        guard let section else {
            throw YAMLError(path: reader.node.path, range: SourceRange(at: reader.node.range.start), message: "rule '\(ruleID)' needs 'section:'")
        }
        return section
    }
}
