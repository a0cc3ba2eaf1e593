/// A cue of a `claims` rule: words around a `{{value}}` slot, in the template syntax,
/// e.g. "mainly flavoured with {{value}}", "{{value}}-level", "is a {{value}} recipe".
///
/// It is compared word by word with the words around a taxonomy value found in a
/// sentence: case, hyphens and punctuation between words do not matter; "a" in a cue
/// matches "a" or "an"; one article ("a", "an", "the") right before the value is skipped
/// when the cue does not spell one there; any other placeholder (`{{Course | lower}}`)
/// stands for the page's own value of it.
public struct ClaimCue: Sendable {
    enum Token: Sendable, Hashable {
        case word(String)
        case article
        case placeholder(Template.Placeholder)
    }

    public let template: Template
    /// Fields whose values this cue also accepts (`also:`), besides the rule's.
    public let alsoFields: [String]
    let before: [Token]
    let after: [Token]
    /// The cue's longest literal word, lowercase: a sentence without it cannot hold the cue,
    /// which a byte search tells before the sentence is split into words.
    let anchor: [UInt8]?

    public static let slot = "value"
    static let articles: Set<String> = ["a", "an"]

    /// Nil when the template has no `{{value}}`, or more than one.
    init?(_ template: Template, alsoFields: [String] = []) {
        self.template = template
        self.alsoFields = alsoFields
        var before: [Token] = []
        var after: [Token] = []
        var seenSlot = false
        for segment in template.segments {
            switch segment {
            case .literal(let text):
                let tokens = WordScanner.words(in: text).map { Self.articles.contains($0.word) ? Token.article : .word($0.word) }
                if seenSlot { after += tokens } else { before += tokens }
            case .placeholder(let placeholder) where placeholder.name == Self.slot:
                if seenSlot { return nil }
                seenSlot = true
                if placeholder.filters.contains(.article) { before.append(.article) }
            case .placeholder(let placeholder):
                if seenSlot { after.append(.placeholder(placeholder)) } else { before.append(.placeholder(placeholder)) }
            }
        }
        guard seenSlot else { return nil }
        self.before = before
        self.after = after
        self.anchor = (before + after).compactMap { if case .word(let word) = $0 { Array(word.utf8) } else { nil } }
            .max { $0.count < $1.count }
    }

    /// The word range the cue covers when the value spans `words[first...last]`, or nil
    /// when the words around the value are not the cue's.
    func match(_ words: [(word: String, bytes: Range<Int>)], first: Int, last: Int, values: TemplateValues) -> ClosedRange<Int>? {
        guard let before = Self.expand(before, values: values), let after = Self.expand(after, values: values) else { return nil }
        var start = Self.backward(before, words, from: first - 1)
        // The value may carry its own article: "rated as an advanced-level".
        if start == nil, before.last != .article, first > 0, ["a", "an", "the"].contains(words[first - 1].word) {
            start = Self.backward(before, words, from: first - 2)
        }
        guard let start else { return nil }
        var index = last + 1
        for token in after {
            guard index < words.count, Self.token(token, matches: words[index].word) else { return nil }
            index += 1
        }
        return start...(index - 1)
    }

    /// Where the tokens start when they end at word `end` (reading backwards), else nil.
    private static func backward(_ tokens: [Token], _ words: [(word: String, bytes: Range<Int>)], from end: Int) -> Int? {
        var index = end
        for token in tokens.reversed() {
            guard index >= 0, Self.token(token, matches: words[index].word) else { return nil }
            index -= 1
        }
        return index + 1
    }

    private static func token(_ token: Token, matches word: String) -> Bool {
        switch token {
        case .word(let expected): expected == word
        case .article: articles.contains(word)
        case .placeholder: false
        }
    }

    /// Other placeholders replaced by the words of the page's value of them.
    private static func expand(_ tokens: [Token], values: TemplateValues) -> [Token]? {
        guard tokens.contains(where: { if case .placeholder = $0 { true } else { false } }) else { return tokens }
        var result: [Token] = []
        for token in tokens {
            if case .placeholder(let placeholder) = token {
                guard let rendered = placeholder.render(values) else { return nil }
                result += WordScanner.words(in: rendered).map { .word($0.word) }
            } else {
                result.append(token)
            }
        }
        return result
    }
}
