/// One sentence as the claim checks read it: its words, its clauses, and the spans that
/// name things rather than claim them (the page's title or a shortened form of it, link
/// texts). Built only for sentences in which the phrase index found a value.
struct ClaimSentence {
    typealias Word = (word: String, bytes: Range<Int>)

    let text: Substring
    let words: [Word]
    /// Byte ranges of the sentence's clauses, in order, covering it.
    private let clauses: [Range<Int>]
    /// Byte ranges of runs of two or more of the title's words.
    private let nameRuns: [(bytes: Range<Int>, words: Int)]

    init(_ text: Substring, prose: ProseSettings, titleWords: Set<String>) {
        self.text = text
        let words = WordScanner.words(in: String(text))
        self.words = words
        var clauses: [Range<Int>] = []
        var start = 0
        var bytes = Array(text.utf8)
        var index = 0
        var wordIndex = 0
        while index < bytes.count {
            let byte = bytes[index]
            while wordIndex < words.count, words[wordIndex].bytes.upperBound <= index { wordIndex += 1 }
            let ends = byte == UInt8(ascii: ";")
                || (byte == UInt8(ascii: ",") && wordIndex < words.count && prose.clauseJoins.contains(words[wordIndex].word))
            if ends {
                clauses.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        clauses.append(start..<bytes.count)
        bytes = []
        self.clauses = clauses
        var runs: [(Range<Int>, Int)] = []
        var runStart: Int?
        func close(_ end: Int) {
            if let first = runStart, end - first >= 2 { runs.append((words[first].bytes.lowerBound..<words[end - 1].bytes.upperBound, end - first)) }
            runStart = nil
        }
        if !titleWords.isEmpty {
            for (position, word) in words.enumerated() {
                if titleWords.contains(Self.key(word.word)) {
                    if runStart == nil { runStart = position }
                } else {
                    close(position)
                }
            }
            close(words.count)
        }
        self.nameRuns = runs
        self.prose = prose
    }

    private let prose: ProseSettings

    /// How a title word is compared: lowercase, singular.
    static func key(_ word: String) -> String { EnglishInflection.singular(word) }

    static func titleWords(_ title: String?) -> Set<String> {
        guard let title else { return [] }
        return Set(WordScanner.words(in: title).map { key($0.word) })
    }

    private static func hasContrast(_ words: [String], _ prose: ProseSettings) -> Bool {
        for ending in prose.contrastEndings where words.contains(where: { $0.hasSuffix(ending) }) { return true }
        for entry in prose.contrasts {
            guard entry.count <= words.count else { continue }
            for start in 0...(words.count - entry.count) where words[start..<(start + entry.count)].elementsEqual(entry) { return true }
        }
        return false
    }

    /// A value at these bytes is part of a name (a run of title words longer than it) or
    /// sits in a clause of comparison or negation: not a claim about this page.
    func isNotClaim(_ bytes: Range<Int>) -> Bool { isInName(bytes) || isContrasted(bytes) }

    /// Inside a run of the title's words longer than the value: the page's own name.
    func isInName(_ bytes: Range<Int>) -> Bool {
        nameRuns.contains { run in
            run.bytes.lowerBound <= bytes.lowerBound && bytes.upperBound <= run.bytes.upperBound && wordCount(bytes) < run.words
        }
    }

    /// In a clause with a word of comparison or negation.
    func isContrasted(_ bytes: Range<Int>) -> Bool {
        // Read only for a value a cue binds (few per page), so not computed beforehand.
        guard let clause = clauses.first(where: { $0.contains(bytes.lowerBound) }) else { return false }
        return Self.hasContrast(words.filter { clause.contains($0.bytes.lowerBound) }.map(\.word), prose)
    }

    /// The index of the first word starting at or after `offset`.
    func wordIndex(startingAt offset: Int) -> Int? { words.firstIndex { $0.bytes.lowerBound >= offset } }

    /// The index of the last word ending at or before `offset`.
    func wordIndex(endingAt offset: Int) -> Int? { words.lastIndex { $0.bytes.upperBound <= offset } }

    private func wordCount(_ bytes: Range<Int>) -> Int {
        words.count { bytes.lowerBound <= $0.bytes.lowerBound && $0.bytes.upperBound <= bytes.upperBound }
    }
}

extension Paragraph {
    /// Whether text bytes of the paragraph fall inside the visible text of a link.
    func isInLinkText(_ bytes: Range<Int>, links: [Link]) -> Bool {
        guard !links.isEmpty else { return false }
        let lower = map.sourceOffset(bytes.lowerBound), upper = map.sourceOffset(bytes.upperBound, isEnd: true)
        return links.contains { link in
            link.kind != .autolink && link.range.byteRange.lowerBound <= lower && upper <= link.range.byteRange.upperBound
        }
    }
}
