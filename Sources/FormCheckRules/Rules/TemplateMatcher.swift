/// The matching engine of a `TemplatePattern`: a template's literals and captures over the
/// UTF-8 bytes of a sentence, anchored at both ends.
///
/// Semantics (what the regular expression `^\s*lit(.+?)lit…[.!?]*\s*$`, case-insensitive,
/// would do): leading whitespace is skipped; a space in a literal matches a run of
/// whitespace; letters compare ASCII case-insensitively; a capture takes as few bytes as
/// possible (at least one, ending on a character boundary) that let the rest match; the
/// sentence may end with `.`, `!` or `?` and whitespace. A hand-written matcher rather
/// than `NSRegularExpression` because it runs for every sentence in scope of every rule.
struct TemplateMatcher: Sendable {
    enum Element: Sendable {
        /// Lowercased bytes; `nil` stands for a run of whitespace.
        case literal([UInt8?])
        case capture
    }

    let elements: [Element]

    init(segments: [Template.Segment]) {
        var elements: [Element] = []
        for segment in segments {
            switch segment {
            case .placeholder:
                elements.append(.capture)
            case .literal(let text):
                var tokens: [UInt8?] = []
                for byte in text.utf8 {
                    if Self.isSpace(byte) {
                        if tokens.last != .some(nil) { tokens.append(nil) }
                    } else {
                        tokens.append(Self.lower(byte))
                    }
                }
                if !tokens.isEmpty { elements.append(.literal(tokens)) }
            }
        }
        self.elements = elements
    }

    /// The byte range of each capture, or nil when the text does not have the shape.
    func match(_ text: [UInt8]) -> [Range<Int>]? {
        var start = 0
        while start < text.count, Self.isSpace(text[start]) { start += 1 }
        var captures: [Range<Int>] = []
        return match(text, element: 0, at: start, &captures) ? captures : nil
    }

    private func match(_ text: [UInt8], element: Int, at position: Int, _ captures: inout [Range<Int>]) -> Bool {
        guard element < elements.count else { return Self.isTail(text, from: position) }
        switch elements[element] {
        case .literal(let tokens):
            guard let end = Self.literal(tokens, in: text, at: position) else { return false }
            return match(text, element: element + 1, at: end, &captures)
        case .capture:
            var end = position + 1
            while end <= text.count {
                if end == text.count || !Self.isContinuation(text[end]) {
                    captures.append(position..<end)
                    if match(text, element: element + 1, at: end, &captures) { return true }
                    captures.removeLast()
                }
                end += 1
            }
            return false
        }
    }

    /// Where a literal ends when it matches at `position`.
    private static func literal(_ tokens: [UInt8?], in text: [UInt8], at position: Int) -> Int? {
        var index = position
        for token in tokens {
            if let byte = token {
                guard index < text.count, lower(text[index]) == byte else { return nil }
                index += 1
            } else {
                guard index < text.count, isSpace(text[index]) else { return nil }
                while index < text.count, isSpace(text[index]) { index += 1 }
            }
        }
        return index
    }

    /// `[.!?]*\s*$`
    private static func isTail(_ text: [UInt8], from position: Int) -> Bool {
        var index = position
        while index < text.count, text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: "!") || text[index] == UInt8(ascii: "?") {
            index += 1
        }
        while index < text.count, isSpace(text[index]) { index += 1 }
        return index == text.count
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
