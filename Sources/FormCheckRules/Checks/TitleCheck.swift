/// The page's title (its H1) and the name used for the same thing elsewhere agree,
/// case-insensitively: in questions of a section, and in a section's first sentence.
///
/// ```yaml
/// - id: title-agreement
///   check: title
///   in-questions: { section: FAQ, one-of: ["What goes into the {{title}}?"] }
///   in-first-sentence: { section: Quick answer, one-of: ["The {{title}} is {{*}}"] }
/// ```
///
/// With `required: true` in `in-first-sentence`, a first sentence of no template's shape
/// must still name the title somewhere.
///
/// In a template here, `{{title}}` captures the name; every other placeholder is a wildcard.
public struct TitleCheck: Check {
    public struct Place: Sendable {
        public var section: String
        public var patterns: [TemplatePattern]
        /// A sentence of no template's shape must still name the title somewhere.
        public var required: Bool
    }

    public var questions: Place?
    public var firstSentence: Place?
    /// Words a name may add to the title without naming something else (`extra-words:`,
    /// e.g. an article or the kind of thing the pages describe).
    public var extraWords: Set<String> = []

    public var questionTemplates: [TemplatePattern] { questions?.patterns ?? [] }

    public func findings(in context: CheckContext) -> [Finding] {
        guard let title = context.document.title else { return [] }
        var findings: [Finding] = []
        if let questions, let section = context.section(questions.section) {
            for question in section.subsections {
                guard let capture = Self.titleCapture(in: Substring(question.title), questions.patterns) else { continue }
                guard !same(capture.text, title.text) else { continue }
                let start = question.heading.textRange.start.offset
                let range = context.file.range((start + capture.bytes.lowerBound)..<(start + capture.bytes.upperBound))
                findings.append(finding(range: range, written: capture.text, place: "question", title: title))
            }
        }
        if let firstSentence, let section = context.section(firstSentence.section),
           let paragraph = section.paragraphs.first, let sentence = paragraph.sentences.first {
            let text = paragraph.text.utf8Slice(sentence.textBytes)
            if let capture = Self.titleCapture(in: text, firstSentence.patterns) {
                if !same(capture.text, title.text) {
                    let bytes = (sentence.textBytes.lowerBound + capture.bytes.lowerBound)..<(sentence.textBytes.lowerBound + capture.bytes.upperBound)
                    findings.append(finding(
                        range: paragraph.sourceRange(ofTextBytes: bytes, in: context.file), written: capture.text,
                        place: "first sentence of '\(section.title)'", title: title))
                }
            } else if firstSentence.required, WordScanner(phrases: [title.text]).hits(in: String(text)).isEmpty {
                findings.append(Finding(
                    range: sentence.range, message: Message.unnamed(section.title, title: title.text), expected: title.text,
                    related: [RelatedLocation(message: "the title is set here", range: title.textRange)]))
            }
        }
        return findings
    }

    /// The written name and the title agree: equal with case, spacing, hyphens, plurals
    /// and `extra-words` forgiven, or a shortened name made of the title's words in order.
    func same(_ written: String, _ title: String) -> Bool {
        let name = Self.words(written).filter { !extraWords.contains($0) }
        let full = Self.words(title)
        guard !name.isEmpty else { return true }
        if name.joined() == full.joined() || name.joined() == full.filter({ !extraWords.contains($0) }).joined() { return true }
        var remaining = full[...]
        for word in name {
            guard let found = remaining.firstIndex(of: word) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    /// Lowercase singular words, a typographic apostrophe read as a plain one.
    static func words(_ text: String) -> [String] {
        WordScanner.words(in: text.replacingOccurrences(of: "\u{2019}", with: "'")).map { EnglishInflection.singular($0.word) }
    }

    private func finding(range: SourceRange, written: String, place: String, title: Heading) -> Finding {
        Finding(
            range: range, message: Message.mismatch(place, written: written, title: title.text), expected: title.text, found: written,
            related: [RelatedLocation(message: "the title is set here", range: title.textRange)])
    }

    /// What `{{title}}` captured in the first template that matches the text.
    static func titleCapture(in text: Substring, _ patterns: [TemplatePattern]) -> TemplateCapture? {
        for pattern in patterns {
            if let capture = pattern.match(text)?.first(where: { $0.placeholder.name == "title" }) { return capture }
        }
        return nil
    }
}

extension TitleCheck {
    enum Message {
        static func mismatch(_ place: String, written: String, title: String) -> String {
            "the \(place) names \"\(written)\" but the title is \"\(title)\""
        }
        static func unnamed(_ section: String, title: String) -> String {
            "the first sentence of '\(section)' does not name \"\(title)\""
        }
    }
}

extension TitleCheck {
    static let kind = CheckKind(
        name: "title",
        summary: "the page title and the name used in a section's questions and first sentence agree",
        keys: [
            SchemaKey("in-questions", .mapping, "{ section, one-of }: question templates naming the title"),
            SchemaKey("in-first-sentence", .mapping, "{ section, required }: the section's first sentence names the title"),
            SchemaKey("extra-words", .strings, "words a name may add to the title (an article, a generic noun)"),
        ]
    ) { (reader, context) throws(YAMLError) in
        func place(_ key: String) throws(YAMLError) -> Place? {
            guard let node = reader.optional(key) else { return nil }
            var inner = try YAMLMappingReader(node, context: key)
            let section = try inner.required("section").string()
            var patterns: [TemplatePattern] = []
            for item in try inner.required("one-of").sequence() {
                let template = try context.template(item, extraNames: [TemplatePattern.wildcard])
                guard template.names.contains("title") else { throw YAMLError(at: item, "template must use '{{title}}'") }
                patterns.append(TemplatePattern(template))
            }
            let required = try inner.optional("required")?.bool() ?? false
            try inner.finish()
            return Place(section: section, patterns: patterns, required: required)
        }
        let questions = try place("in-questions")
        let firstSentence = try place("in-first-sentence")
        guard questions != nil || firstSentence != nil else {
            throw YAMLError(at: reader.node, "rule '\(context.ruleID)' needs 'in-questions:' or 'in-first-sentence:'")
        }
        let extra = Set((try reader.optional("extra-words")?.stringList() ?? []).map { EnglishInflection.singular($0.lowercased()) })
        return TitleCheck(questions: questions, firstSentence: firstSentence, extraWords: extra)
    }
}
