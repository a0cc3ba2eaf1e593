/// Where a `claims` (or `mentions`) rule reads: a section, which of its paragraphs, and
/// optionally only the answer to one question (a subsection chosen by a template).
///
/// ```yaml
/// read:
///   - { section: Overview, in: first-paragraph }
///   - { section: FAQ, question: "Is the {{title}} easy to cook?" }
/// ```
public struct ClaimScope: Sendable {
    public var section: String
    public var paragraphs: ParagraphScope
    public var question: TemplatePattern?

    public func paragraphs(in context: CheckContext) -> [Paragraph] {
        guard let found = context.section(section) else { return [] }
        guard let question else { return paragraphs.paragraphs(of: found) }
        return found.subsections.filter { question.match(Substring($0.title)) != nil }.flatMap { paragraphs.paragraphs(of: $0) }
    }

    static let keys: [SchemaKey] = [
        SchemaKey("section", .string, "the section to read"),
        SchemaKey("in", .oneOf(ParagraphScope.allCases.map(\.rawValue)), "which of its paragraphs (default: paragraphs)"),
        SchemaKey("question", .string, "only the answer to the subsection whose title has this template's shape"),
    ]

    static func load(_ node: YAMLNode, context: CheckFactoryContext) throws(YAMLError) -> ClaimScope {
        var reader = try YAMLMappingReader(node, context: "read")
        let section = try reader.required("section").string()
        let paragraphs = try ParagraphScope.load(reader.optional("in"))
        let question = try reader.optional("question").map { (node) throws(YAMLError) in
            TemplatePattern(try context.template(node, extraNames: [TemplatePattern.wildcard]))
        }
        try reader.finish()
        return ClaimScope(section: section, paragraphs: paragraphs, question: question)
    }
}
