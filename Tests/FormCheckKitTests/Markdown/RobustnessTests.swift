import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Inputs that must parse without crashing, with problems where the bytes are bad.
@Suite struct RobustnessTests {
    /// Every range the document holds lies inside the file and has consistent ends.
    private func checkRanges(_ document: ContentDocument) {
        let count = document.source.bytes.count
        for range in document.everyRange {
            #expect(range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= count)
            #expect(document.source.location(atOffset: range.start.offset) == range.start)
        }
    }

    @Test func emptyAndWhitespaceOnly() {
        for text in ["", "   ", "\n\n\t\n  ", "\r\n\r\n"] {
            let document = Fixture.parse(text)
            #expect(document.titles.isEmpty && document.sections.isEmpty && document.preamble.isEmpty, "\(text.debugDescription)")
            #expect(document.problems.isEmpty && document.links.isEmpty)
        }
    }

    @Test(arguments: [1, 2, 3, 42, 2024] as [UInt64])
    func randomBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let document = Fixture.parse(bytes: bytes)
        #expect(document.problems.contains { $0.kind == .invalidUTF8 })
        #expect(document.problems.filter { $0.kind == .invalidUTF8 }.count <= ByteValidator.limit)
        checkRanges(document)
    }

    @Test(arguments: [7, 8, 9] as [UInt64])
    func randomMarkdownishBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("#*-_[]()<>!`:.,&;\\ \n\r\tab1😀é".utf8) + [0, 0xFF]
        let bytes = (0..<65_536).map { _ in alphabet.randomElement(using: &generator)! }
        checkRanges(Fixture.parse(bytes: bytes))
    }

    @Test func invalidUTF8IsAProblemAndLaterColumnsStayRight() throws {
        let document = Fixture.parse(bytes: Array("# T\n\n- **K:** a".utf8) + [0xFF] + Array("b, c\n".utf8))
        #expect(document.problems.map { "\($0.kind.rawValue) \($0.message) \(position($0.range))" } == [
            "invalid-utf8 invalid UTF-8 byte 0xFF 3:11-3:12",
        ])
        #expect(document.problems.first?.range.start.offset == 15)
        let field = try #require(document.listFields.first)
        #expect(field.values.map { position($0.range) } == ["3:10-3:13", "3:15-3:16"])
        #expect(field.values.last?.text == "c")
    }

    @Test func truncatedSequenceAndOverlongEncoding() {
        let document = Fixture.parse(bytes: Array("x".utf8) + [0xE2, 0x82] + Array("\ny".utf8) + [0xC0, 0xAF])
        // Each bad byte is its own problem. (A stray continuation byte has no column width
        // of its own: columns count lead bytes, so only start locations are compared.)
        #expect(document.problems.map { "\($0.kind.rawValue) \($0.range.start) \($0.range.byteRange)" } == [
            "invalid-utf8 1:2 1..<2", "invalid-utf8 1:3 2..<3", "invalid-utf8 2:2 5..<6", "invalid-utf8 2:3 6..<7",
        ])
    }

    @Test func nulBytesAreProblems() throws {
        let document = Fixture.parse(bytes: Array("## S\n\na".utf8) + [0] + Array("b. Next [l](u).\n".utf8))
        #expect(document.problems.map { "\($0.kind.rawValue) \(position($0.range))" } == ["nul-byte 3:2-3:3"])
        #expect(document.allParagraphs.first?.text == "a b. Next l.")
        #expect(document.links.map { spot($0.range, in: document) } == ["3:11-3:17 [l](u)"])
    }

    @Test func loneCarriageReturnsAndNoTrailingNewline() {
        let document = Fixture.parse("# T\r\r## S\r\r- **K:** v\r- [l](u)")
        #expect(document.listFields.map { spot($0.valueRange, in: document) } == ["5:10-5:11 v"])
        #expect(document.links.map { spot($0.range, in: document) } == ["6:3-6:9 [l](u)"])
        let plain = Fixture.parse("## S\n\n- **K:** v")
        #expect(plain.listFields.map { spot($0.valueRange, in: plain) } == ["3:10-3:11 v"])
    }

    @Test func fiveMegabytes() {
        var text = ""
        var pages = 0
        while text.utf8.count < 5_000_000 {
            text += Fixture.seedLikePage + "\n"
            pages += 1
        }
        let document = Fixture.parse(text)
        #expect(document.listFields.count == 6 * pages)
        #expect(document.links.count == 4 * pages)
        #expect(document.titles.count == pages)
        #expect(document.listFields.last?.valueRange.start.line == (pages - 1) * 64 + 12)
    }

    @Test func deeplyNestedListsAndQuotes() {
        for text in [
            String(repeating: "- ", count: 10_000) + "x\n",
            String(repeating: "> ", count: 10_000) + "x\n",
            String(repeating: "1. ", count: 10_000) + "x\n",
        ] {
            let document = Fixture.parse(text)
            #expect(document.problems.map(\.kind) == [.tooDeep])
        }
    }

    @Test func nestedListByIndentationReportsTooDeep() {
        // Items whose first block is a paragraph, each holding the next list.
        let text = (0..<200).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let document = Fixture.parse(text)
        #expect(document.problems.map(\.kind) == [.tooDeep])
        #expect(document.problems.first?.range.start.line == DocumentBuilder.maximumDepth + 1)
    }

    @Test func megabyteHeading() throws {
        let words = String(repeating: "Word *more*. ", count: 1_048_576 / 13)
        let document = Fixture.parse("## " + words + "\n\n- **K:** v\n")
        let section = try #require(document.sections.first)
        #expect(section.heading.text == String(repeating: "Word more. ", count: 1_048_576 / 13).trimmingWhitespace)
        #expect(section.heading.textRange.start == SourceLocation(line: 1, column: 4, offset: 3))
        #expect(document.listFields.map { spot($0.valueRange, in: document) } == ["3:10-3:11 v"])
    }
}
