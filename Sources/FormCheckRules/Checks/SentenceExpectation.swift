/// "A sentence of one of these shapes must exist in these paragraphs and agree with the
/// fields": the heart of the `consistency` kind, shared with `faq` answers.
public struct SentenceExpectation: Sendable {
    public var patterns: [TemplatePattern]
    /// What the text is called in messages: "summary", "answer".
    public var label: String
    public var reportMismatches: Bool
    public var reportMissing: Bool

    public init(patterns: [TemplatePattern], label: String, reportMismatches: Bool = true, reportMissing: Bool = true) {
        self.patterns = patterns
        self.label = label
        self.reportMismatches = reportMismatches
        self.reportMissing = reportMissing
    }

    /// Agreement anywhere wins; else the first sentence of the right shape gives one
    /// finding per disagreeing placeholder; else the sentence is missing (at `anchor`).
    public func findings(in paragraphs: [Paragraph], context: CheckContext, anchor: SourceRange, scope: String) -> [Finding] {
        let values = context.templateValues
        var firstMismatch: (Paragraph, Sentence, [TemplateMismatch])?
        for paragraph in paragraphs {
            for sentence in paragraph.sentences {
                let text = paragraph.text.utf8Slice(sentence.textBytes)
                for pattern in patterns {
                    switch pattern.agreement(of: text, with: values) {
                    case .agrees: return []
                    case .disagrees(let mismatches): if firstMismatch == nil { firstMismatch = (paragraph, sentence, mismatches) }
                    case .noMatch: continue
                    }
                }
            }
        }
        if let (paragraph, sentence, mismatches) = firstMismatch {
            guard reportMismatches else { return [] }
            return mismatches.map { mismatch in
                let bytes = (sentence.textBytes.lowerBound + mismatch.bytes.lowerBound)..<(sentence.textBytes.lowerBound + mismatch.bytes.upperBound)
                var finding = mismatchFinding(mismatch, range: paragraph.sourceRange(ofTextBytes: bytes, in: context.file), context: context)
                finding.fix = Self.fix(mismatch, sentence: sentence, paragraph: paragraph, file: context.file)
                return finding
            }
        }
        guard reportMissing else { return [] }
        let expectation = patterns.lazy.compactMap { $0.expectation(values) }.first ?? patterns.first?.template.source ?? ""
        return [Finding(
            range: anchor, message: Message.missing(label, scope: scope, expected: expectation),
            expected: expectation, arguments: ["section": scope],
            suggestion: suggestion(values: values, before: paragraphs.first, file: context.file))]
    }

    /// The captured words replaced by the placeholder's rendered value, when they are
    /// written plainly (no markup or line break inside them that the replacement would drop).
    static func fix(_ mismatch: TemplateMismatch, sentence: Sentence, paragraph: Paragraph, file: SourceFile) -> Fix? {
        let captured = mismatch.captureBytes ?? mismatch.bytes
        let bytes = (sentence.textBytes.lowerBound + captured.lowerBound)..<(sentence.textBytes.lowerBound + captured.upperBound)
        let edit = IndefiniteArticle.edit(writing: mismatch.expected, over: bytes, in: paragraph.text)
        let written = String(paragraph.text.utf8Slice(edit.bytes))
        var fix = Fix.replacing(paragraph.sourceRange(ofTextBytes: edit.bytes, in: file), written: written, with: edit.replacement, in: file)
        fix?.derivedFrom = [mismatch.name]
        return fix
    }

    /// A missing sentence, rendered from the fields, offered before the scope's first
    /// paragraph: a suggestion only, since where it belongs in the prose is an editor's call.
    private func suggestion(values: TemplateValues, before paragraph: Paragraph?, file: SourceFile) -> Fix? {
        guard let paragraph,
              let pattern = patterns.first(where: { !$0.placeholders.contains { $0.name == TemplatePattern.wildcard } }),
              let sentence = pattern.template.render(values) else { return nil }
        return Fix(
            edits: [Edit(range: SourceRange(at: paragraph.range.start), replacement: sentence + " ")], applicability: .suggestion,
            derivedFrom: pattern.template.names)
    }

    private func mismatchFinding(_ mismatch: TemplateMismatch, range: SourceRange, context: CheckContext) -> Finding {
        if mismatch.name == "title", let title = context.document.title {
            return Finding(
                range: range, message: Message.mismatch(label, found: mismatch.found, name: "the title", value: title.text),
                expected: title.text, found: mismatch.found,
                related: [RelatedLocation(message: "the title is set here", range: title.textRange)],
                arguments: ["field": "title"])
        }
        guard let field = context.field(mismatch.name) else {
            return Finding(
                range: range, message: Message.mismatch(label, found: mismatch.found, name: mismatch.name, value: mismatch.expected),
                expected: mismatch.expected, found: mismatch.found, arguments: ["field": mismatch.name])
        }
        return Finding(
            range: range, message: Message.mismatch(label, found: mismatch.found, name: field.key, value: field.value),
            expected: field.value, found: mismatch.found,
            related: [RelatedLocation(message: "\(field.key) is set here", range: field.valueRange)],
            arguments: ["field": field.key])
    }
}

extension SentenceExpectation {
    enum Message {
        static func mismatch(_ label: String, found: String, name: String, value: String) -> String {
            name == "the title"
                ? "\(label) says \"\(found)\" for the title, but the title is \"\(value)\""
                : "\(label) says \"\(found)\" for \(name), but the field is \"\(value)\""
        }
        static func missing(_ label: String, scope: String, expected: String) -> String {
            "\(scope) has no \(label) sentence of the standard shape; expected \"\(expected)\""
        }
    }
}

extension String {
    /// The characters of a byte range (clamped to whole characters).
    func utf8Slice(_ bytes: Range<Int>) -> Substring {
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let upper = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return self[lower..<upper]
    }
}
