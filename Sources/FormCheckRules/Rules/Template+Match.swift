import Foundation

/// A template compiled for matching: literals match case-insensitively with any run of
/// whitespace for a space, each placeholder captures one or more words (lazily), and the
/// sentence's final punctuation is forgiven. Compiled once when the pack loads.
///
/// `{{*}}` is a wildcard: it captures anything and is never compared.
public struct TemplatePattern: Sendable {
    public let template: Template
    /// The placeholders in capture order.
    public let placeholders: [Template.Placeholder]
    let matcher: TemplateMatcher
    /// Lowercase words of the literals, longest first: a text lacking one cannot match,
    /// which is cheaper to find out than matching.
    let literalWords: [[UInt8]]

    public static let wildcard = "*"

    public init(_ template: Template) {
        self.template = template
        var segments = template.segments
        if case .literal(let last)? = segments.last {
            let trimmed = String(last.reversed().drop { ".!?".contains($0) || $0.isWhitespace }.reversed())
            segments[segments.count - 1] = .literal(trimmed)
        }
        self.placeholders = segments.compactMap { if case .placeholder(let placeholder) = $0 { placeholder } else { nil } }
        self.matcher = TemplateMatcher(segments: segments)
        var words: Set<[UInt8]> = []
        for case .literal(let literal) in segments {
            for word in literal.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                words.insert(word.utf8.map(TemplateMatcher.lower))
            }
        }
        self.literalWords = words.sorted { $0.count > $1.count }
    }

    /// Whether the lowercase `needle` occurs in `haystack` compared ASCII case-insensitively
    /// (both short: a sentence and a word).
    static func bytes(_ hay: UnsafeBufferPointer<UInt8>, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
        return needle.withUnsafeBufferPointer { word in
            var start = 0
            search: while start + word.count <= hay.count {
                defer { start += 1 }
                guard TemplateMatcher.lower(hay[start]) == first else { continue }
                for offset in 1..<word.count where TemplateMatcher.lower(hay[start + offset]) != word[offset] { continue search }
                return true
            }
            return false
        }
    }

    private static func candidate(_ bytes: [UInt8], _ literalWords: [[UInt8]]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer in literalWords.allSatisfy { Self.bytes(buffer, contain: $0) } } ? bytes : nil
    }

    /// The captures when `text` has the template's shape, else nil.
    public func match(_ text: Substring) -> [TemplateCapture]? {
        // The text's own bytes searched case-insensitively, copied only when every literal
        // word is there: a lowercased copy, and a byte-by-byte one, per sentence per
        // template were 8% of a lint.
        let found: [UInt8]?? = text.utf8.withContiguousStorageIfAvailable { buffer in
            for word in literalWords where !Self.bytes(buffer, contain: word) { return nil }
            return Array(buffer)
        }
        guard let bytes = found ?? Self.candidate(Array(text.utf8), literalWords) else { return nil }
        guard let ranges = matcher.match(bytes) else { return nil }
        var captures: [TemplateCapture] = []
        for (placeholder, range) in zip(placeholders, ranges) {
            captures.append(TemplateCapture(placeholder: placeholder, text: String(decoding: bytes[range], as: UTF8.self), bytes: range))
        }
        return captures
    }
}

/// What one placeholder captured: its text and its byte range in the matched text.
public struct TemplateCapture: Sendable, Hashable {
    public var placeholder: Template.Placeholder
    public var text: String
    public var bytes: Range<Int>
}

/// A captured value that disagrees with the value the template renders for its placeholder.
public struct TemplateMismatch: Sendable, Hashable {
    public var name: String
    /// What the text says (an article added by `article` left out).
    public var found: String
    /// Byte range of `found` in the matched text.
    public var bytes: Range<Int>
    /// The placeholder's value as rendered.
    public var expected: String
    /// Byte range of the whole capture in the matched text (with an article `found` leaves
    /// out): what a fix replaces with `expected`.
    public var captureBytes: Range<Int>? = nil

    /// Equal when they report the same thing; `captureBytes` is how a fix edits it.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.found == rhs.found && lhs.bytes == rhs.bytes && lhs.expected == rhs.expected
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(found)
        hasher.combine(bytes)
        hasher.combine(expected)
    }
}

extension TemplatePattern {
    /// How a text relates to the template: its shape, and each placeholder against its value.
    public enum Agreement: Sendable, Equatable {
        case agrees
        case disagrees([TemplateMismatch])
        case noMatch
    }

    /// Matches `text` and compares each capture with its rendered value. Placeholders
    /// without a value, and wildcards, are not compared.
    public func agreement(of text: Substring, with values: TemplateValues) -> Agreement {
        guard let captures = match(text) else { return .noMatch }
        var mismatches: [TemplateMismatch] = []
        for capture in captures where capture.placeholder.name != Self.wildcard {
            guard let expected = capture.placeholder.render(values) else { continue }
            if ValueComparison.agrees(capture.text, with: expected, placeholder: capture.placeholder, values: values) { continue }
            if ValueComparison.fieldIsInvalid(capture, values: values) { continue }
            var found = capture.text
            var bytes = capture.bytes
            if capture.placeholder.filters.contains(.article), let article = ValueComparison.leadingArticle(found) {
                found = String(found.utf8.dropFirst(article))!
                bytes = (bytes.lowerBound + article)..<bytes.upperBound
            }
            mismatches.append(TemplateMismatch(name: capture.placeholder.name, found: found, bytes: bytes, expected: expected, captureBytes: capture.bytes))
        }
        return mismatches.isEmpty ? .agrees : .disagrees(mismatches)
    }

    /// The template rendered for these values, wildcards shown as "…".
    public func expectation(_ values: TemplateValues) -> String? {
        var values = values
        values.arguments[Self.wildcard] = "…"
        return template.render(values)
    }
}

/// Comparing a captured value with a rendered one: case, spacing and hyphens forgiven,
/// list separators ("a, b and c") read as a set, taxonomy aliases and singular/plural
/// forms accepted.
enum ValueComparison {
    static func agrees(_ found: String, with expected: String, placeholder: Template.Placeholder, values: TemplateValues) -> Bool {
        if normalized(found) == normalized(expected) { return true }
        let foundItems = items(stripArticle(found))
        let expectedItems = items(stripArticle(expected))
        guard foundItems.count == expectedItems.count else { return false }
        return foundItems.allSatisfy { item in expectedItems.contains { same(item, $0, taxonomy: values.taxonomy) } }
    }

    /// Two words or phrases name the same value: equal, singular/plural of each other, or
    /// spellings of one taxonomy value.
    static func same(_ lhs: String, _ rhs: String, taxonomy: Taxonomy) -> Bool {
        let left = normalized(lhs), right = normalized(rhs)
        if left == right || EnglishInflection.singular(left) == EnglishInflection.singular(right) { return true }
        for taxonomyEnum in taxonomy.enums.values {
            guard let a = resolve(left, in: taxonomyEnum), let b = resolve(right, in: taxonomyEnum) else { continue }
            if a.canonical == b.canonical { return true }
        }
        return false
    }

    /// The text names a value of a taxonomy enum, but the field's own value is not one of
    /// that enum's: the field is invalid, which its own rule reports; comparing would only
    /// repeat that.
    static func fieldIsInvalid(_ capture: TemplateCapture, values: TemplateValues) -> Bool {
        guard let fieldValues = values.lookup(capture.placeholder.name) else { return false }
        let items = items(stripArticle(capture.text))
        // A word several enums know ("pepper": a spice and a vegetable) is compared in the
        // enum that also knows the field's values; the field is invalid only when none does.
        let naming = values.taxonomy.enums.values.filter { taxonomyEnum in items.contains { resolve($0, in: taxonomyEnum) != nil } }
        guard !naming.isEmpty else { return false }
        return !naming.contains { taxonomyEnum in
            fieldValues.allSatisfy { resolve($0, in: taxonomyEnum) != nil || TitleKey($0) == TitleKey("None") }
        }
    }

    /// A value no enum knows that is a near miss of one an enum knows: a misspelled field
    /// value, which its own rule reports.
    static func isMisspelled(_ value: String, taxonomy: Taxonomy) -> Bool {
        let enums = taxonomy.enums.values
        guard !enums.contains(where: { resolve(value, in: $0) != nil }) else { return false }
        return enums.contains { taxonomyEnum in
            if case .nearMiss = taxonomyEnum.match(value) { return true }
            return false
        }
    }

    static func resolve(_ text: String, in taxonomyEnum: TaxonomyEnum) -> TaxonomyValue? {
        taxonomyEnum.value(matching: text) ?? taxonomyEnum.value(matching: EnglishInflection.singular(text))
            ?? taxonomyEnum.value(matching: EnglishInflection.plural(text))
    }

    /// Lowercased, hyphens as spaces, whitespace runs collapsed, trimmed.
    static func normalized(_ text: String) -> String {
        TitleKey(String(decoding: text.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)).value
    }

    static func items(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in normalized(text).replacingOccurrences(of: " & ", with: ", ").split(separator: ",") {
            for part in piece.components(separatedBy: " and ") {
                let trimmed = part.trimmingWhitespace
                if !trimmed.isEmpty { parts.append(trimmed) }
            }
        }
        return parts
    }

    /// The byte length of a leading "a " or "an ", if any.
    static func leadingArticle(_ text: String) -> Int? {
        let lower = text.lowercased()
        for article in ["a ", "an "] where lower.hasPrefix(article) { return article.utf8.count }
        return nil
    }

    static func stripArticle(_ text: String) -> String {
        guard let length = leadingArticle(text) else { return text }
        return String(text.utf8.dropFirst(length))!
    }
}
