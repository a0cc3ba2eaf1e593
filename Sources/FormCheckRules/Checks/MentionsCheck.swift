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
/// "pepper" in the ingredient "Bell Pepper"): the pack's phrase index finds the longest.
/// Neither is a word of the page's title, of a link text, or of a clause of comparison or
/// negation. A bare mention is weak evidence: packs ship these rules `enabled: false` or
/// as warnings; a `claims` rule, which needs a cue, is the one that gives errors.
public struct MentionsCheck: Check {
    public var section: String
    public var scope: ParagraphScope
    public var taxonomyEnum: TaxonomyEnum
    public var field: String
    public var allowFields: [String]
    public var skip: [TemplatePattern]
    public var label: String
    /// Spellings never counted, compared as `TitleKey`s of the text or its canonical value.
    var ignored: Set<TitleKey>
    var prose: ProseSettings

    public func findings(in context: CheckContext) -> [Finding] {
        guard let found = context.section(section), let field = context.field(field),
              field.values.allSatisfy({ ValueComparison.resolve($0.text, in: taxonomyEnum) != nil }) else { return [] }
        var allowed = Set(field.values.map { canonical($0.text) })
        for name in allowFields {
            for value in context.field(name)?.values ?? [] { allowed.insert(canonical(value.text)) }
        }
        let titleWords = ClaimSentence.titleWords(context.document.title?.text)
        var findings: [Finding] = []
        for paragraph in scope.paragraphs(of: found) {
            for sentence in paragraph.sentences {
                let text = paragraph.text.utf8Slice(sentence.textBytes)
                // One scan of the pack's automaton: the longest spelling of any enum wins,
                // so "cable machine" is Cable's, never a mention of "machine".
                let matches = context.phraseMatches(in: paragraph, sentence).filter { match in
                    guard let value = match.value(in: taxonomyEnum.name) else { return false }
                    return !allowed.contains(TitleKey(value).value) && !ignored.contains(TitleKey(value))
                        && !ignored.contains(TitleKey(String(text.utf8Slice(match.bytes))))
                }
                guard !matches.isEmpty, !skip.contains(where: { $0.match(text) != nil }) else { continue }
                let claims = ClaimSentence(text, prose: prose, titleWords: titleWords)
                for match in matches where !claims.isNotClaim(match.bytes) {
                    let bytes = (sentence.textBytes.lowerBound + match.bytes.lowerBound)..<(sentence.textBytes.lowerBound + match.bytes.upperBound)
                    if paragraph.isInLinkText(bytes, links: context.document.links) { continue }
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
        return MentionsCheck(
            section: section, scope: scope, taxonomyEnum: taxonomyEnum, field: field, allowFields: allowFields, skip: skip,
            label: label, ignored: ignored, prose: context.prose)
    }
}
