import Foundation

/// One FAQ question, chosen by a template, and its answer held to the fields:
///
/// ```yaml
/// - id: faq-ingredients
///   check: faq
///   section: FAQ
///   question: "What goes into the {{title}}?"
///   mentions: [Main Ingredient, Other Ingredients, Course, Cuisine]
///   template: "The {{title}} is made mainly with {{Main Ingredient | lower}}{{*}}"
/// ```
///
/// The answer (the question's paragraphs) must contain a sentence of the template's shape
/// that agrees with the fields, name every value of the `mentions:` fields (aliases and
/// singular/plural forgiven), and contain none of the `forbid:` words or `/regexes/`.
public struct FAQCheck: Check {
    public var section: String
    public var question: TemplatePattern
    public var scope: ParagraphScope
    public var expectation: SentenceExpectation?
    public var mentions: [String]
    public var forbidden: [RegexBox]
    public var requireQuestion: Bool
    /// Every spelling of every taxonomy value, split for a `WordScanner` when the pack
    /// loads: splitting and inflecting them again for every page was 4% of a lint.
    var knownPhrases: [String: WordScanner.Phrase] = [:]
    /// `spellings(of:in:)` of every spelling of every taxonomy value, computed when the
    /// pack loads (resolving a value in every enum per page was 3% of a lint). A value
    /// found here is no misspelling: it resolves in its own enum.
    var knownSpellings: [String: [String]] = [:]

    public var sentenceTemplates: [TemplatePattern] { expectation?.patterns ?? [] }
    public var questionTemplates: [TemplatePattern] { [question] }

    public func findings(in context: CheckContext) -> [Finding] {
        guard let faq = context.section(section) else { return [] }
        guard let asked = faq.subsections.first(where: { question.match(Substring($0.title)) != nil }) else {
            guard requireQuestion else { return [] }
            let expected = question.expectation(context.templateValues) ?? question.template.source
            return [Finding(range: faq.heading.textRange, message: Message.noQuestion(faq.title, expected), expected: expected)]
        }
        let paragraphs = scope.paragraphs(of: asked)
        let scopeName = "the answer to \"\(asked.title)\""
        var findings: [Finding] = []
        if let expectation {
            findings += expectation.findings(in: paragraphs, context: context, anchor: asked.heading.textRange, scope: scopeName)
        }
        let taxonomy = context.taxonomy
        var wanted: [(field: Field, value: FieldValue, spellings: [String])] = []
        for name in mentions {
            guard let field = context.field(name) else { continue }
            for value in field.values where TitleKey(value.text) != TitleKey("None") {
                if let spellings = knownSpellings[value.text] {
                    wanted.append((field, value, spellings))
                } else if !ValueComparison.isMisspelled(value.text, taxonomy: taxonomy) {
                    wanted.append((field, value, Self.spellings(of: value.text, in: taxonomy)))
                }
            }
        }
        // One scan of the answer for every spelling of every value.
        let scanner = WordScanner(wanted.flatMap(\.spellings).map { knownPhrases[$0] ?? WordScanner.Phrase($0) })
        let named = Set(paragraphs.flatMap { scanner.hits(in: $0.text).map(\.phrase.text) })
        for (field, value, spellings) in wanted where !spellings.contains(where: named.contains) {
            findings.append(Finding(
                range: asked.heading.textRange, message: Message.notMentioned(scopeName, value: value.text, field: field.key),
                expected: value.text, related: [RelatedLocation(message: "\(field.key) is set here", range: value.range)],
                arguments: ["field": field.key]))
        }
        for pattern in forbidden {
            for paragraph in paragraphs {
                for match in pattern.ranges(in: paragraph.text) {
                    let text = String(paragraph.text[match])
                    findings.append(Finding(
                        range: paragraph.sourceRange(of: match, in: context.file), message: Message.forbidden(scopeName, text), found: text))
                }
            }
        }
        return findings
    }

    /// A value's spellings: itself and, from the enum that knows it, its canonical form and aliases.
    static func spellings(of value: String, in taxonomy: Taxonomy) -> [String] {
        var spellings = [value]
        for taxonomyEnum in taxonomy.enums.values {
            if let known = ValueComparison.resolve(value, in: taxonomyEnum) { spellings += [known.canonical] + known.aliases }
        }
        return spellings
    }
}

extension FAQCheck {
    enum Message {
        static func noQuestion(_ section: String, _ expected: String) -> String { "section '\(section)' does not ask \"\(expected)\"" }
        static func notMentioned(_ scope: String, value: String, field: String) -> String {
            "\(scope) does not mention \"\(value)\" (\(field))"
        }
        static func forbidden(_ scope: String, _ text: String) -> String { "\(scope) must not say \"\(text)\"" }
    }
}

extension FAQCheck {
    static let kind = CheckKind(
        name: "faq",
        summary: "a question chosen by a template; its answer agrees with templates, mentions field values, avoids forbidden words",
        keys: [
            SchemaKey("question", .string, "a template selecting the question, e.g. 'What goes into the {{title}}?'"),
            SchemaKey("template", .string, "a sentence the answer must hold"),
            SchemaKey("one-of", .strings, "alternative answer templates"),
            SchemaKey("report", .strings, "what to report: mismatch, missing (default both)"),
            SchemaKey("in", .oneOf(["paragraphs", "first-paragraph", "answer"]), "where in the answer to look"),
            SchemaKey("label", .string, "how messages name the answer"),
            SchemaKey("mentions", .strings, "fields whose values the answer must mention"),
            SchemaKey("forbid", .strings, "words or /regexes/ the answer must not contain"),
            SchemaKey("required", .boolean, "report a page without the question"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        let question = TemplatePattern(try context.template(reader.required("question"), extraNames: [TemplatePattern.wildcard]))
        let scope = try ParagraphScope.load(reader.optional("in"))
        let label = try reader.optional("label")?.string() ?? "answer"
        let report = try context.reportedFindings(&reader)
        let patterns = try context.patterns(&reader, required: false)
        var mentions: [String] = []
        if let node = reader.optional("mentions") {
            for item in try node.sequenceOrScalar() { mentions.append(try context.fieldName(item)) }
        }
        var forbidden: [RegexBox] = []
        if let node = reader.optional("forbid") {
            // Through the regex-safety screen, like every pattern a pack holds.
            for item in try node.sequenceOrScalar() { forbidden.append(RegexBox(try item.wordOrRegex())) }
        }
        var knownPhrases: [String: WordScanner.Phrase] = [:]
        var knownSpellings: [String: [String]] = [:]
        for taxonomyEnum in context.taxonomy.enums.values where !mentions.isEmpty {
            for value in taxonomyEnum.values {
                for spelling in [value.canonical] + value.aliases {
                    knownPhrases[spelling] = WordScanner.Phrase(spelling)
                    knownSpellings[spelling] = spellings(of: spelling, in: context.taxonomy)
                }
            }
        }
        var check = FAQCheck(
            section: section, question: question, scope: scope,
            expectation: patterns.isEmpty ? nil : SentenceExpectation(
                patterns: patterns, label: label, reportMismatches: report.mismatches, reportMissing: report.missing),
            mentions: mentions, forbidden: forbidden, requireQuestion: try reader.optional("required")?.bool() ?? false)
        check.knownPhrases = knownPhrases
        check.knownSpellings = knownSpellings
        return check
    }
}
