/// The indefinite article written before a value that a fix replaces: "rated as an
/// easy recipe" corrected to a value with another first sound must become "a hard recipe",
/// not "an hard recipe". Fixes take the article into their edit and write the one the new
/// value needs.
enum IndefiniteArticle {
    /// The article ("a " or "an ", any case) that ends exactly at byte `offset` of `text`,
    /// as its length in bytes and whether it is capitalised; nil when there is none.
    static func before(_ offset: Int, in text: String) -> (length: Int, capitalized: Bool)? {
        let bytes = Array(text.utf8.prefix(offset))
        for article in ["an ", "a "] {
            let length = article.utf8.count
            guard bytes.count >= length else { continue }
            let written = bytes[(bytes.count - length)...]
            guard written.elementsEqual(article.utf8, by: { asciiLower($0) == $1 }) else { continue }
            // The article is a word of its own: start of text, or after a non-letter.
            if bytes.count > length, isLetter(bytes[bytes.count - length - 1]) { continue }
            return (length, written.first.map { $0 >= 65 && $0 <= 90 } ?? false)
        }
        return nil
    }

    /// `value` after the article its first sound takes, capitalised as the written one was.
    static func prefixed(_ value: String, capitalized: Bool) -> String {
        let article = EnglishInflection.startsWithVowelSound(value) ? "an " : "a "
        return (capitalized ? article.prefix(1).uppercased() + article.dropFirst() : article) + value
    }

    /// The edit of a fix that writes `value` over `bytes` of `text`, widened to the article
    /// in front when there is one: the bytes to replace and their replacement.
    static func edit(writing value: String, over bytes: Range<Int>, in text: String) -> (bytes: Range<Int>, replacement: String) {
        guard let article = before(bytes.lowerBound, in: text) else { return (bytes, value) }
        return ((bytes.lowerBound - article.length)..<bytes.upperBound, prefixed(value, capitalized: article.capitalized))
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80 }
}
