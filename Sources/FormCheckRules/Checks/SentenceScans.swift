import Foundation

/// The pack automaton's matches in each sentence of one page, scanned once and shared by
/// every rule that reads prose: the claim and mention rules read the same paragraphs
/// (six claim rules over an Overview scanned it six times), so each sentence is now
/// scanned on first use and the matches kept for the page's other rules.
final class SentenceScans: @unchecked Sendable {
    /// A sentence by its paragraph's first source byte and its first byte in the paragraph's text.
    private struct Key: Hashable {
        var paragraph: Int
        var sentence: Int
    }

    private var scans: [Key: [PhraseIndex.Match]] = [:]
    private let lock = NSLock()

    func matches(in paragraph: Paragraph, _ sentence: Sentence, index: PhraseIndex) -> [PhraseIndex.Match] {
        let key = Key(paragraph: paragraph.range.start.offset, sentence: sentence.textBytes.lowerBound)
        if let found = lock.withLock({ scans[key] }) { return found }
        let found = index.matches(in: paragraph.text.utf8Slice(sentence.textBytes))
        lock.withLock { scans[key] = found }
        return found
    }
}

extension CheckContext {
    /// Every longest match of the pack's phrase index in one sentence of this page, in
    /// text order (byte ranges within the sentence), scanned once per page.
    public func phraseMatches(in paragraph: Paragraph, _ sentence: Sentence) -> [PhraseIndex.Match] {
        sentenceScans.matches(in: paragraph, sentence, index: taxonomy.phrases)
    }
}
