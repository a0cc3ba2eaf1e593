import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct SentenceTests {
    private func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func abbreviationsDecimalsAndInitialsDoNotSplit() {
        #expect(split("Use light loads, e.g. Dumbbells. Rest, i.e. Sit down.") == ["Use light loads, e.g. Dumbbells.", "Rest, i.e. Sit down."])
        #expect(split("Add 2.5 kg plates. Then lift.") == ["Add 2.5 kg plates.", "Then lift."])
        #expect(split("Ask J. R. Smith about it. He knows.") == ["Ask J. R. Smith about it.", "He knows."])
        #expect(split("Compare squats vs. Lunges. Done.") == ["Compare squats vs. Lunges.", "Done."])
    }

    /// A unit written before a period usually ends its sentence: it is no abbreviation.
    @Test func unitsBeforeAPeriodEndTheSentence() {
        #expect(split("Add 200 g of flour. Then stir.") == ["Add 200 g of flour.", "Then stir."])
        #expect(split("Use 8 oz. Then stir.") == ["Use 8 oz.", "Then stir."])
    }

    @Test func exclamationAndQuestionSplit() {
        #expect(split("Stop now! Is it safe? Yes.") == ["Stop now!", "Is it safe?", "Yes."])
        #expect(split("Really?! \"Yes.\" Fine") == ["Really?!", "\"Yes.\"", "Fine"])
        #expect(split("no split before lowercase. see") == ["no split before lowercase. see"])
        #expect(split("") == [])
        #expect(split("   ") == [])
    }

    @Test func sentenceRangesMapBackToTheSource() throws {
        let text = "Use light loads, e.g. 2.5 kg plates. Ask J. R. Smith, i.e. the coach! Ready? Go."
        let document = Fixture.parse("## S\n\n\(text)\n")
        let paragraph = try #require(document.allParagraphs.first)
        #expect(paragraph.sentences.map(\.text) == ["Use light loads, e.g. 2.5 kg plates.", "Ask J. R. Smith, i.e. the coach!", "Ready?", "Go."])
        for sentence in paragraph.sentences {
            #expect(document.source.text(sentence.range) == sentence.text)
            #expect(sentence.range.start.line == 3)
        }
        #expect(paragraph.sentences.map { position($0.range) } == ["3:1-3:37", "3:38-3:70", "3:71-3:77", "3:78-3:81"])
    }

    @Test func sentencesAcrossSoftBreaks() throws {
        let document = Fixture.parse("First line\ncontinues. Second\nsentence.\n")
        let paragraph = try #require(document.allParagraphs.first)
        #expect(paragraph.sentences.map(\.text) == ["First line continues.", "Second sentence."])
        #expect(paragraph.sentences.map { spot($0.range, in: document) } == [
            "1:1-2:11 First line\ncontinues.", "2:12-3:10 Second\nsentence.",
        ])
    }

    @Test func escapesAndEntitiesKeepLaterRangesRight() throws {
        let document = Fixture.parse("Use \\*care\\* &amp; focus. Then rest. Next &copy; one.\n\n- **Gear:** A \\& B, C &amp; D, E\n")
        let paragraph = try #require(document.allParagraphs.first)
        #expect(paragraph.text == "Use *care* & focus. Then rest. Next © one.")
        #expect(paragraph.sentences.map { "\($0.text) | \(spot($0.range, in: document))" } == [
            "Use *care* & focus. | 1:1-1:26 Use \\*care\\* &amp; focus.",
            "Then rest. | 1:27-1:37 Then rest.",
            "Next © one. | 1:38-1:54 Next &copy; one.",
        ])
        let field = try #require(document.listFields.first)
        #expect(field.value == "A & B, C & D, E")
        #expect(field.values.map { "\($0.text) | \(spot($0.range, in: document))" } == [
            "A & B | 3:13-3:19 A \\& B", "C & D | 3:21-3:30 C &amp; D", "E | 3:32-3:33 E",
        ])
    }

    @Test func sentenceWithInlineMarkupMapsToItsWholeSource() throws {
        let document = Fixture.parse("A **bold** claim. Then `code` here.\n")
        let paragraph = try #require(document.allParagraphs.first)
        #expect(paragraph.sentences.map { "\($0.text) | \(spot($0.range, in: document))" } == [
            "A bold claim. | 1:1-1:18 A **bold** claim.",
            "Then code here. | 1:19-1:36 Then `code` here.",
        ])
    }
}
