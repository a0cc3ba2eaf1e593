/// Finds phrases in a text as whole words, case-insensitively, the last word in its
/// singular or plural form: "hamstring", "Hamstrings" and "HAMSTRINGS" all find
/// "Hamstrings"; "body-weight" finds "Body Weight".
public struct WordScanner: Sendable {
    /// A phrase to look for, split into lowercase words once.
    public struct Phrase: Sendable, Hashable {
        public var text: String
        var words: [String]

        public init(_ text: String) {
            self.text = text
            self.words = WordScanner.words(in: text).map(\.word)
        }
    }

    /// A found phrase: which one, and the byte range in the text it was found in.
    public struct Hit: Sendable, Hashable {
        public var phrase: Phrase
        public var bytes: Range<Int>
    }

    public let phrases: [Phrase]

    /// Longer phrases win where several start at one word ("Smith Machine" over "Machine").
    public init(phrases: [String]) {
        self.phrases = phrases.map(Phrase.init).filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
    }

    /// Every non-overlapping hit, in text order.
    public func hits(in text: String) -> [Hit] {
        let words = Self.words(in: text)
        var hits: [Hit] = []
        var index = 0
        while index < words.count {
            var advanced = false
            for phrase in phrases where Self.phrase(phrase.words, matches: words, at: index) {
                let end = words[index + phrase.words.count - 1].bytes.upperBound
                hits.append(Hit(phrase: phrase, bytes: words[index].bytes.lowerBound..<end))
                index += phrase.words.count
                advanced = true
                break
            }
            if !advanced { index += 1 }
        }
        return hits
    }

    public func contains(in text: String) -> Bool { !hits(in: text).isEmpty }

    private static func phrase(_ phrase: [String], matches words: [(word: String, bytes: Range<Int>)], at start: Int) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for (offset, expected) in phrase.enumerated() {
            let word = words[start + offset].word
            if word == expected { continue }
            guard offset == phrase.count - 1 else { return false }
            if EnglishInflection.singular(word) != EnglishInflection.singular(expected) { return false }
        }
        return true
    }

    /// Runs of letters, digits and apostrophes, lowercased, with their byte ranges.
    static func words(in text: String) -> [(word: String, bytes: Range<Int>)] {
        var result: [(word: String, bytes: Range<Int>)] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append((current.lowercased(), start..<offset))
                current = ""
            }
            offset += length
        }
        if !current.isEmpty { result.append((current.lowercased(), start..<offset)) }
        return result
    }
}
