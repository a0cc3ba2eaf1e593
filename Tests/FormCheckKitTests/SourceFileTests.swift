import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct SourceFileTests {
    @Test func linesAndColumnsCountScalars() {
        let file = SourceFile(path: "a.md", text: "ab\né😀x\r\nlast")
        #expect(file.lineCount == 3)
        #expect(file.lineText(2) == "é😀x")
        let x = file.location(atOffset: 3 + 2 + 4)  // after "é" (2 bytes) and "😀" (4 bytes)
        #expect(x.line == 2)
        #expect(x.column == 3)
        #expect(file.utf16Column(of: x) == 4)
        #expect(file.location(atOffset: file.lineStarts[2]).line == 3)
    }

    @Test func bomIsNotAColumn() {
        let file = SourceFile(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# T".utf8))
        #expect(file.location(atOffset: 3) == SourceLocation(line: 1, column: 1, offset: 3))
        #expect(file.location(line: 1, byteColumn: 4).column == 1)
    }

    @Test func loneCarriageReturnEndsALine() {
        let file = SourceFile(path: "a.md", text: "a\rb\r\nc")
        #expect(file.lineCount == 3)
        #expect(file.lineText(1) == "a")
        #expect(file.lineText(2) == "b")
    }

    @Test func scalarColumnRoundTrips() {
        let file = SourceFile(path: "a.md", text: "x: ünïcode")
        let location = file.location(line: 1, column: 5)
        #expect(location.offset == 5)
        #expect(file.location(atOffset: location.offset) == location)
    }
}
