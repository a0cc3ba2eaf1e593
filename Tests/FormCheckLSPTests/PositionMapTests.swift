import Testing
@testable import FormCheckLSP

/// LSP positions count UTF-16 code units: an emoji outside the BMP is two, a CJK character
/// one (three UTF-8 bytes), ASCII one.
@Suite struct PositionMapTests {
    static func map(_ text: String) -> PositionMap { PositionMap(SourceFile(path: "page.md", text: text)) }

    /// The byte offset of the first occurrence of `needle`.
    static func offset(of needle: String, in text: String) -> Int {
        text.utf8.count - text[text.range(of: needle)!.lowerBound...].utf8.count
    }

    @Test func emojiCountsTwoUnits() {
        let text = "# Title\n💪 Lift x\n"
        let map = Self.map(text)
        // "💪" is 4 UTF-8 bytes, 1 scalar, 2 UTF-16 units; "x" is after "💪 Lift ".
        let position = map.position(atOffset: Self.offset(of: "x", in: text))
        #expect(position == Position(line: 1, character: 8))
        #expect(map.offset(of: position) == Self.offset(of: "x", in: text))
    }

    @Test func emojiWithVariationSelector() {
        let text = "a🏋️b"   // U+1F3CB (2 units) + U+FE0F (1 unit)
        let map = Self.map(text)
        #expect(map.position(atOffset: Self.offset(of: "b", in: text)) == Position(line: 0, character: 4))
        #expect(map.offset(of: Position(line: 0, character: 4)) == Self.offset(of: "b", in: text))
    }

    @Test func cjkCountsOneUnitEach() {
        let text = "- **名前:** 伸展 x"
        let map = Self.map(text)
        #expect(map.position(atOffset: Self.offset(of: "x", in: text)) == Position(line: 0, character: 13))
        #expect(map.offset(of: Position(line: 0, character: 13)) == Self.offset(of: "x", in: text))
    }

    @Test func characterInsideASurrogatePairIsTheScalarStart() {
        let map = Self.map("a💪b")
        #expect(map.offset(of: Position(line: 0, character: 2)) == 1)
        #expect(map.offset(of: Position(line: 0, character: 3)) == 5)
    }

    @Test func positionsPastTheEndAreClamped() {
        let text = "ab\r\ncd\rë\n"
        let map = Self.map(text)
        #expect(map.offset(of: Position(line: 0, character: 99)) == 2)   // before "\r\n"
        #expect(map.offset(of: Position(line: 1, character: 1)) == 5)
        #expect(map.offset(of: Position(line: 2, character: 1)) == 9)   // after "ë" (2 bytes), lone "\r" ended line 2
        #expect(map.offset(of: Position(line: 9, character: 0)) == text.utf8.count)
        #expect(map.offset(of: Position(line: -1, character: 0)) == 0)
    }

    @Test func linePrefixStopsAtTheCursor() {
        let map = Self.map("x\n- **Level:** Be💪\n")
        #expect(map.linePrefix(before: Position(line: 1, character: 16)) == "- **Level:** Be")
    }
}
