/// Contradictions in free prose: any value of a taxonomy enum named in the text (whole
/// words, any case, aliases and plurals) that is not the field's value.
///
/// ```yaml
/// - id: summary-cookware-mentions
///   check: mentions
///   section: Overview
///   enum: cookware
///   field: Cookware
///   label: summary
/// ```
///
/// `allow-fields:` lists fields whose values may also be named (an ingredient that is the
/// main one or a side one); `ignore:` spellings never counted (words with an everyday
/// sense); `skip:` templates of sentences left to a `consistency` rule. A word inside a
/// longer value of another taxonomy is not a mention ("pan" in the cookware "Pan Rack",
/// "pepper" in the ingredient "Bell Pepper").
public struct MentionsCheck: Check {
    public var section: String
    public var scope: ParagraphScope
    public var taxonomyEnum: TaxonomyEnum
    public var field: String
    public var allowFields: [String]
    public var skip: [TemplatePattern]
    public var label: String
    let scanner: WordScanner
    /// Multi-word values of the pack's other taxonomies; hits inside them are not mentions.
    let shadows: WordScanner

    public func findings(in context: CheckContext) -> [Finding] {
        guard let found = context.section(section), let field = context.field(field),
              field.values.allSatisfy({ ValueComparison.resolve($0.text, in: taxonomyEnum) != nil }) else { return [] }
        var allowed = Set(field.values.map { canonical($0.text) })
        for name in allowFields {
            for value in context.field(name)?.values ?? [] { allowed.insert(canonical(value.text)) }
        }
        var findings: [Finding] = []
        for paragraph in scope.paragraphs(of: found) {
            for sentence in paragraph.sentences {
                let text = paragraph.text.utf8Slice(sentence.textBytes)
                if skip.contains(where: { $0.match(text) != nil }) { continue }
                let words = WordScanner.words(in: String(text))
                let hits = scanner.hits(inWords: words)
                guard !hits.isEmpty else { continue }
                let shadowed = shadows.hits(inWords: words).map(\.bytes)
                for hit in hits where !allowed.contains(canonical(hit.phrase.text)) {
                    if shadowed.contains(where: { $0.lowerBound <= hit.bytes.lowerBound && hit.bytes.upperBound <= $0.upperBound && $0 != hit.bytes }) { continue }
                    let bytes = (sentence.textBytes.lowerBound + hit.bytes.lowerBound)..<(sentence.textBytes.lowerBound + hit.bytes.upperBound)
                    let written = String(paragraph.text.utf8Slice(bytes))
                    let range = paragraph.sourceRange(ofTextBytes: bytes, in: context.file)
                    findings.append(Finding(
                        range: range,
                        message: Message.contradiction(label, written: written, field: field.key, value: field.value),
                        expected: field.value, found: written,
                        related: [RelatedLocation(message: "\(field.key) is set here", range: field.valueRange)],
                        arguments: ["field": field.key], suggestion: suggestion(range, written: written, field: field, file: context.file)))
                }
            }
        }
        return findings
    }

    /// The field's value in place of the word, lowercase when the word was: a suggestion
    /// only, since free prose may mean something else (and a plural or article may need
    /// changing with it).
    private func suggestion(_ range: SourceRange, written: String, field: Field, file: SourceFile) -> Fix? {
        guard field.values.count == 1 else { return nil }
        let value = written == written.lowercased() ? field.value.lowercased() : field.value
        return Fix.replacing(range, written: written, with: value, in: file)
    }

    /// The canonical form of a value in this enum, else the value as compared.
    private func canonical(_ text: String) -> String {
        TitleKey(ValueComparison.resolve(text, in: taxonomyEnum)?.canonical ?? text).value
    }
}

extension MentionsCheck {
    enum Message {
        static func contradiction(_ label: String, written: String, field: String, value: String) -> String {
            "\(label) names \"\(written)\" but \(field) is \"\(value)\""
        }
    }
}

extension MentionsCheck {
    static let kind = CheckKind(
        name: "mentions",
        summary: "a value of a taxonomy enum named in a section's prose that differs from the field's value is a contradiction",
        keys: [
            SchemaKey("enum", .string, "the taxonomy whose values are looked for in the text"),
            SchemaKey("field", .string, "the field the mentioned values must agree with"),
            SchemaKey("allow-fields", .strings, "other fields whose values may also be named"),
            SchemaKey("ignore", .strings, "values never treated as mentions"),
            SchemaKey("skip", .strings, "templates of sentences a consistency rule checks, not checked again here"),
            SchemaKey("in", .oneOf(["paragraphs", "first-paragraph", "answer"]), "where in the section to look"),
            SchemaKey("label", .string, "how messages name the scope"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        let scope = try ParagraphScope.load(reader.optional("in"))
        let taxonomyEnum = try context.taxonomyEnum(reader.required("enum"))
        let field = try context.fieldName(reader.required("field"))
        var allowFields: [String] = []
        if let node = reader.optional("allow-fields") {
            for item in try node.sequenceOrScalar() { allowFields.append(try context.fieldName(item)) }
        }
        let ignored = Set((try reader.optional("ignore")?.stringList() ?? []).map { TitleKey($0) })
        var skip: [TemplatePattern] = []
        if let node = reader.optional("skip") {
            for item in try node.sequenceOrScalar() {
                skip.append(TemplatePattern(try context.template(item, extraNames: [TemplatePattern.wildcard])))
            }
        }
        let label = try reader.optional("label")?.string() ?? "text"
        let spellings = taxonomyEnum.values.flatMap { [$0.canonical] + $0.aliases }.filter { !ignored.contains(TitleKey($0)) }
        let longer = context.taxonomy.enums.values.filter { $0.name != taxonomyEnum.name }
            .flatMap { $0.values.flatMap { [$0.canonical] + $0.aliases } }
            .filter { $0.split(whereSeparator: \.isWhitespace).count > 1 }
        return MentionsCheck(
            section: section, scope: scope, taxonomyEnum: taxonomyEnum, field: field, allowFields: allowFields, skip: skip,
            label: label, scanner: WordScanner(phrases: spellings), shadows: WordScanner(phrases: longer.sorted()))
    }
}
