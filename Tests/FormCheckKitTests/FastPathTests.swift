import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The byte fast paths added for speed (TitleKey, word count, trimming, sentence
/// abbreviations) must give exactly what the Character/Unicode versions gave.
@Suite struct FastPathTests {
    /// The definitions the fast paths replaced, kept here as the reference.
    private func referenceKey(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    private func referenceWordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    static let samples = [
        "", " ", "Pro tips", "  Pro   tips  ", "PRO\tTIPS", "Quick answer\n", "\r\nFAQ\r\n", "a\u{0B}b\u{0C}c",
        "Body-Part: 2x", "Équipement", "Pro\u{00A0}tips", "ÀB  Cd", "x\u{1C}y", "— 20-30 seconds, 3 sets —", "!!! ??? ...",
        "Is it hard?  Yes.", "日本語 テキスト", "e\u{301} acute",
    ]

    @Test(arguments: samples)
    func titleKeyMatchesTheCharacterDefinition(_ text: String) {
        #expect(TitleKey(text).value == referenceKey(text))
    }

    @Test(arguments: samples)
    func wordCountMatchesTheCharacterDefinition(_ text: String) {
        #expect(TextCheck.wordCount(text) == referenceWordCount(text))
    }

    @Test func trimmingWhitespaceOnStringsAndSubstrings() {
        #expect("  a b \n".trimmingWhitespace == "a b")
        #expect("\u{00A0}é\u{2003}".trimmingWhitespace == "é")
        #expect(" \t\n".trimmingWhitespace == "")
        let line = "xx  keep  yy"
        #expect(line.dropFirst(2).dropLast(2).trimmingWhitespace == "keep")
    }

    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func abbreviationsInQuotesOrParenthesesDoNotEndASentence() {
        #expect(sentences("Use a bar (approx. Twenty kilos). Then rest.") == ["Use a bar (approx. Twenty kilos).", "Then rest."])
        #expect(sentences("Say \"Etc. Done\" twice. Next one.") == ["Say \"Etc. Done\" twice.", "Next one."])
        #expect(sentences("Hold it. Breathe out.") == ["Hold it.", "Breathe out."])
        #expect(sentences("Ask Dr. Smith first. Then stop.") == ["Ask Dr. Smith first.", "Then stop."])
        #expect(sentences("Stretch (gently). Then stop.") == ["Stretch (gently).", "Then stop."])
    }
}
