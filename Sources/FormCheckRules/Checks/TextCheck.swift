import Foundation

/// Words or patterns forbidden (with `swap:` replacements) or required in a scope, and
/// word-count bounds — like Vale's existence, substitution and occurrence rules.
public struct TextCheck: Check {
    public struct Forbidden: Sendable {
        public var pattern: RegexBox
        public var label: String
        public var replacement: String?
    }

    public var section: String?
    public var forbidden: [Forbidden]
    public var required: [Forbidden]
    public var minimumWords: Int?
    public var maximumWords: Int?

    public func findings(in context: CheckContext) -> [Finding] {
        let paragraphs: [Paragraph]
        let prose: [Paragraph]
        let anchor: SourceRange
        let scopeName: String
        if let section {
            guard let found = context.section(section) else { return [] }
            paragraphs = TextScope.paragraphs(of: found)
            prose = TextScope.paragraphs(of: found, fields: false)
            anchor = found.heading.textRange
            scopeName = "section '\(found.title)'"
        } else {
            paragraphs = TextScope.paragraphs(of: context.document)
            prose = TextScope.paragraphs(of: context.document, fields: false)
            anchor = context.pageAnchor
            scopeName = "the page"
        }
        var findings: [Finding] = []
        for paragraph in paragraphs {
            for rule in forbidden {
                for match in rule.pattern.ranges(in: paragraph.text) {
                    let text = String(paragraph.text[match])
                    findings.append(Finding(
                        range: paragraph.sourceRange(of: match, in: context.file),
                        message: Message.forbidden(text, replacement: rule.replacement),
                        expected: rule.replacement, found: text))
                }
            }
        }
        for rule in required where !paragraphs.contains(where: { rule.pattern.matches($0.text) }) {
            findings.append(Finding(range: anchor, message: Message.required(rule.label, in: scopeName), expected: rule.label))
        }
        if minimumWords != nil || maximumWords != nil {
            let words = prose.reduce(0) { $0 + Self.wordCount($1.text) }
            if let minimumWords, words < minimumWords {
                findings.append(Finding(
                    range: anchor, message: Message.tooFewWords(scopeName, words, minimumWords),
                    expected: "at least \(minimumWords)", found: String(words), arguments: ["count": String(words), "limit": String(minimumWords)]))
            }
            if let maximumWords, words > maximumWords {
                findings.append(Finding(
                    range: anchor, message: Message.tooManyWords(scopeName, words, maximumWords),
                    expected: "at most \(maximumWords)", found: String(words), arguments: ["count": String(words), "limit": String(maximumWords)]))
            }
        }
        return findings
    }

    /// Whitespace-separated runs holding at least one letter or digit.
    static func wordCount(_ text: String) -> Int {
        if let count = asciiWordCount(text) { return count }
        return text.split(whereSeparator: { $0.isWhitespace }).count { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    /// The same count on bytes for ASCII text (Character splitting and Unicode property
    /// lookups were the largest cost of the text check); nil when the text is not ASCII.
    private static func asciiWordCount(_ text: String) -> Int? {
        var count = 0
        var wordHasLetter = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if wordHasLetter { count += 1 }
                wordHasLetter = false
            } else if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                wordHasLetter = true
            }
        }
        return wordHasLetter ? count + 1 : count
    }
}

extension TextCheck {
    enum Message {
        static func forbidden(_ text: String, replacement: String?) -> String {
            replacement.map { "use '\($0)' instead of '\(text)'" } ?? "avoid '\(text)'"
        }
        static func required(_ label: String, in scope: String) -> String { "\(scope) must mention '\(label)'" }
        static func tooFewWords(_ scope: String, _ count: Int, _ minimum: Int) -> String {
            "\(scope) has \(count) words; expected at least \(minimum)"
        }
        static func tooManyWords(_ scope: String, _ count: Int, _ maximum: Int) -> String {
            "\(scope) has \(count) words; expected at most \(maximum)"
        }
    }
}

extension TextCheck {
    static let kind = CheckKind(
        name: "text",
        summary: "forbidden words with suggested swaps, required words, word-count bounds in a section or the page",
        keys: [
            SchemaKey("forbid", .strings, "words, phrases or /regexes/ that must not appear"),
            SchemaKey("swap", .mapping, "word → preferred replacement"),
            SchemaKey("require", .strings, "words, phrases or /regexes/ that must appear"),
            SchemaKey("min-words", .integer, "the fewest words in the scope"),
            SchemaKey("max-words", .integer, "the most words in the scope"),
            SchemaKey("ignore-case", .boolean, "match words in any case (default: true)"),
            SchemaKey("whole-words", .boolean, "match whole words only (default: true)"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let ignoreCase = try reader.optional("ignore-case")?.bool() ?? true
        let wholeWords = try reader.optional("whole-words")?.bool() ?? true
        func compile(_ node: YAMLNode, replacement: String?) throws(YAMLError) -> Forbidden {
            let expression = try node.wordOrRegex(ignoreCase: ignoreCase, wholeWords: wholeWords)
            return Forbidden(pattern: RegexBox(expression), label: try node.string(), replacement: replacement)
        }
        var forbidden: [Forbidden] = []
        if let node = reader.optional("forbid") {
            for item in try node.sequenceOrScalar() { forbidden.append(try compile(item, replacement: nil)) }
        }
        if let node = reader.optional("swap") {
            for pair in try node.mapping() { forbidden.append(try compile(pair.key, replacement: try pair.value.string())) }
        }
        var required: [Forbidden] = []
        if let node = reader.optional("require") {
            for item in try node.sequenceOrScalar() { required.append(try compile(item, replacement: nil)) }
        }
        return TextCheck(
            section: context.section, forbidden: forbidden, required: required,
            minimumWords: try reader.optional("min-words")?.int(), maximumWords: try reader.optional("max-words")?.int())
    }
}
