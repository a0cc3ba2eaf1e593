import Foundation

/// Splits plain text into sentences without breaking on abbreviations ("e.g."),
/// initials ("J. Smith") or decimals ("2.5"). Units ("8 oz. Then stir.") are no
/// abbreviations here: written before a period they usually end the sentence.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "vs", "approx", "dr", "mr", "mrs", "ms", "st", "no", "fig", "cf", "min", "max", "sec", "jr", "sr",
    ]

    /// The abbreviations as bytes, compared with a word's lowercased ASCII bytes without
    /// making a String of every word before a period (half the splitter's time).
    private static let abbreviationBytes: [[UInt8]] = abbreviations.map { Array($0.utf8) }
    private static let longestAbbreviation = abbreviationBytes.map(\.count).max() ?? 0

    /// Byte ranges of the sentences of `text`, each trimmed of surrounding whitespace.
    static func split(_ text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer(split(buffer:))
    }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private static func split(buffer text: Bytes) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard isTerminator(byte) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count, isTerminator(text[end]) || isClosing(text[end]) { end += 1 }
            let boundary = byte == UInt8(ascii: ".")
                ? isPeriodBoundary(text, period: index, after: end)
                : isFollowedBySentenceStart(text, after: end)
            if boundary {
                appendTrimmed(start..<end, of: text, to: &sentences)
                start = end
            }
            index = end
        }
        appendTrimmed(start..<text.count, of: text, to: &sentences)
        return sentences
    }

    private static func isPeriodBoundary(_ text: Bytes, period: Int, after: Int) -> Bool {
        guard isFollowedBySentenceStart(text, after: after) else { return false }
        // The word before the period.
        var wordStart = period
        while wordStart > 0, !isSpace(text[wordStart - 1]) { wordStart -= 1 }
        let word = text[wordStart..<period]
        if word.isEmpty { return true }
        if word.count == 1, let letter = word.first, isUpper(letter) { return false }  // an initial
        if word.contains(UInt8(ascii: ".")) { return false }  // e.g, i.e, U.S
        return !isAbbreviation(word)
    }

    /// Whether the word, lowercased and without surrounding `(`, `"` and `'`, is an
    /// abbreviation; on bytes when ASCII (nearly always), else through `abbreviationKey`.
    private static func isAbbreviation(_ word: Slice<Bytes>) -> Bool {
        var trimmed = word
        while let first = trimmed.first, isQuoteOrParen(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isQuoteOrParen(last) { trimmed.removeLast() }
        guard trimmed.allSatisfy({ $0 < 0x80 }) else { return abbreviations.contains(abbreviationKey(trimmed)) }
        guard trimmed.count <= longestAbbreviation else { return false }
        return abbreviationBytes.contains { abbreviation in
            abbreviation.count == trimmed.count && zip(abbreviation, trimmed).allSatisfy { $0 == (isUpper($1) ? $1 + 0x20 : $1) }
        }
    }

    /// The word lowercased, without surrounding `(`, `"` and `'`. Trimmed on bytes (these
    /// are ASCII, never inside a UTF-8 sequence) and lowercased on bytes when ASCII:
    /// Foundation's `trimmingCharacters` here was 8% of a lint in profiles.
    private static func abbreviationKey(_ word: Slice<Bytes>) -> String {
        var trimmed = word
        while let first = trimmed.first, isQuoteOrParen(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isQuoteOrParen(last) { trimmed.removeLast() }
        guard trimmed.allSatisfy({ $0 < 0x80 }) else { return String(decoding: trimmed, as: UTF8.self).lowercased() }
        return String(decoding: trimmed.map { isUpper($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func isQuoteOrParen(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// True at the end of the text, or when whitespace follows and then something other
    /// than a lowercase letter.
    private static func isFollowedBySentenceStart(_ text: Bytes, after index: Int) -> Bool {
        if index >= text.count { return true }
        guard isSpace(text[index]) else { return false }
        var next = index
        while next < text.count, isSpace(text[next]) { next += 1 }
        if next >= text.count { return true }
        let byte = text[next]
        return !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }

    private static func appendTrimmed(_ range: Range<Int>, of text: Bytes, to sentences: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        if lower < upper { sentences.append(lower..<upper) }
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static func isClosing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isUpper(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
}
