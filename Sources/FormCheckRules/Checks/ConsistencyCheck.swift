/// In a section, a sentence of a template's shape must exist and agree with the fields:
///
/// ```yaml
/// - id: summary-level
///   check: consistency
///   section: Overview
///   in: first-paragraph
///   label: summary
///   template: "{{Level}} {{Course | lower}} recipe cooked in a {{Cookware | lower}}."
/// ```
///
/// A sentence of that shape saying "Hard" on an Easy page gives
/// `summary says "Hard" for Level, but the field is "Easy"` at the word.
public struct ConsistencyCheck: Check {
    public var section: String
    public var scope: ParagraphScope
    public var expectation: SentenceExpectation

    public var sentenceTemplates: [TemplatePattern] { expectation.patterns }

    public func findings(in context: CheckContext) -> [Finding] {
        guard let found = context.section(section) else { return [] }
        return expectation.findings(
            in: scope.paragraphs(of: found), context: context, anchor: found.heading.textRange, scope: "section '\(found.title)'")
    }
}

extension ConsistencyCheck {
    static let kind = CheckKind(
        name: "consistency",
        summary: "a sentence of a template's shape exists in a section and agrees with the fields, placeholder by placeholder",
        keys: [
            SchemaKey("template", .string, "the sentence every page must hold, with {{Field | filter}} placeholders"),
            SchemaKey("one-of", .strings, "alternative templates; any one may match"),
            SchemaKey("in", .oneOf(["paragraphs", "first-paragraph", "answer"]), "where in the section to look"),
            SchemaKey("report", .strings, "what to report: mismatch, missing (default both)"),
            SchemaKey("label", .string, "how messages name the scope, e.g. 'summary'"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        let scope = try ParagraphScope.load(reader.optional("in"))
        let label = try reader.optional("label")?.string() ?? "text"
        let report = try context.reportedFindings(&reader)
        let patterns = try context.patterns(&reader, required: true)
        return ConsistencyCheck(
            section: section, scope: scope,
            expectation: SentenceExpectation(
                patterns: patterns, label: label, reportMismatches: report.mismatches, reportMissing: report.missing))
    }
}
