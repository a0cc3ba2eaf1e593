/// Finds phrases in a text as whole words, case-insensitively, the last word in its
/// singular or plural form: "tomato", "Tomatoes" and "TOMATOES" all find
/// "Tomatoes"; "stand-mixer" finds "Stand Mixer".
///
/// Phrases are indexed by their first word when the scanner is built, so a scan costs one
/// pass over the words with a dictionary look-up each.
public struct WordScanner: Sendable {
    /// A phrase to look for, split into lowercase words once.
    public struct Phrase: Sendable, Hashable {
        public var text: String
        var words: [String]
        /// The forms the last word may take in the text: as written, singular, plural.
        var lastForms: Set<String>

        public init(_ text: String) {
            self.text = text
            self.words = WordScanner.words(in: text).map(\.word)
            if let last = words.last {
                let singular = EnglishInflection.singular(last)
                lastForms = [last, singular, EnglishInflection.plural(singular), EnglishInflection.plural(last)]
            } else {
                lastForms = []
            }
        }
    }

    /// A found phrase: which one, and the byte range in the text it was found in.
    public struct Hit: Sendable, Hashable {
        public var phrase: Phrase
        public var bytes: Range<Int>
    }

    public let phrases: [Phrase]
    /// Phrases by each form their first word may take in the text (every form of the last
    /// word for a one-word phrase).
    private let index: [String: [Phrase]]

    public init(phrases: [String]) {
        self.init(phrases.map(Phrase.init))
    }

    /// A scanner of phrases split beforehand (a check that builds a scanner per page
    /// splits its pack's phrases once, when the pack loads).
    public init(_ phrases: [Phrase]) {
        self.phrases = phrases.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
        var index: [String: [Phrase]] = [:]
        for phrase in self.phrases {
            for key in phrase.words.count == 1 ? phrase.lastForms : [phrase.words[0]] { index[key, default: []].append(phrase) }
        }
        self.index = index
    }

    /// Every non-overlapping hit, in text order; the longest phrase wins at each word.
    public func hits(in text: String) -> [Hit] {
        hits(inWords: Self.words(in: text))
    }

    /// The hits in a text already split by `words(in:)`: a text scanned for two sets of
    /// phrases is split once.
    func hits(inWords words: [(word: String, bytes: Range<Int>)]) -> [Hit] {
        guard !words.isEmpty else { return [] }
        var hits: [Hit] = []
        var index = 0
        while index < words.count {
            var best: Phrase?
            for phrase in self.index[words[index].word] ?? [] where Self.phrase(phrase, matches: words, at: index) {
                if best.map({ phrase.words.count > $0.words.count }) ?? true { best = phrase }
            }
            if let best {
                let end = words[index + best.words.count - 1].bytes.upperBound
                hits.append(Hit(phrase: best, bytes: words[index].bytes.lowerBound..<end))
                index += best.words.count
            } else {
                index += 1
            }
        }
        return hits
    }

    private static func phrase(
        _ phrase: Phrase, matches words: [(word: String, bytes: Range<Int>)], at start: Int
    ) -> Bool {
        let count = phrase.words.count
        guard start + count <= words.count else { return false }
        for offset in 0..<(count - 1) where words[start + offset].word != phrase.words[offset] { return false }
        return phrase.lastForms.contains(words[start + count - 1].word)
    }

    /// Runs of letters, digits and apostrophes, lowercased, with their byte ranges.
    static func words(in text: String) -> [(word: String, bytes: Range<Int>)] {
        text.utf8.withContiguousStorageIfAvailable(words(inUTF8:)) ?? Array(text.utf8).withUnsafeBufferPointer(words(inUTF8:))
    }

    /// The words of valid UTF-8 read byte by byte: iterating `unicodeScalars` and making a
    /// String of every non-ASCII scalar was most of a mentions scan.
    private static func words(inUTF8 text: UnsafeBufferPointer<UInt8>) -> [(word: String, bytes: Range<Int>)] {
        var result: [(word: String, bytes: Range<Int>)] = []
        var current: [UInt8] = []
        var isASCII = true
        var start = 0
        var offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            result.append((isASCII ? word : word.lowercased(), start..<offset))
            current.removeAll(keepingCapacity: true)
            isASCII = true
        }
        while offset < text.count {
            let byte = text[offset]
            if byte < 0x80 {
                let isWord = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x27
                if isWord {
                    if current.isEmpty { start = offset }
                    current.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                } else {
                    flush()
                }
                offset += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(offset + length, text.count)
            var value = UInt32(length == 4 ? byte & 0x07 : length == 3 ? byte & 0x0F : byte & 0x1F)
            for index in (offset + 1)..<max(offset + 1, end) { value = value << 6 | UInt32(text[index] & 0x3F) }
            if Unicode.Scalar(value)?.properties.isAlphabetic == true {
                if current.isEmpty { start = offset }
                current.append(contentsOf: text[offset..<end])
                isASCII = false
            } else {
                flush()
            }
            offset = end
        }
        flush()
        return result
    }
}
