import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Pages a writer or an attacker's pull request could produce, linted in full with the
/// built-in pack. Each must finish (the time limit only catches a hang; nothing here
/// asserts a speed) without a crash, with findings inside the file.
@Suite(.timeLimit(.minutes(2))) struct HostileMarkdownTests {
    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let diagnostics = HostileLint.run(bytes)
        #expect(diagnostics.contains { $0.ruleID == "invalid-utf8" })
    }

    @Test func invalidUTF8InAHeading() throws {
        let bytes = Array("# Title ".utf8) + [0xFF, 0xC3, 0x28] + Array("\n\n## Sum".utf8) + [0xE2, 0x82] + Array("mary\n\nText.\n".utf8)
        let diagnostics = HostileLint.run(bytes)
        let utf8 = diagnostics.filter { $0.ruleID == "invalid-utf8" }
        #expect(utf8.map { "\($0.range.start)" } == ["1:9", "1:10", "3:7", "3:8"])
    }

    @Test func nulBytesEverywhere() {
        let bytes = Array("#\0 T\0itle\n\n## \0\n\n- **K\0:** v\0\n\0".utf8)
        let diagnostics = HostileLint.run(bytes)
        #expect(diagnostics.filter { $0.ruleID == "nul-byte" }.count == 6)
    }

    /// `***…x…***`: emphasis nested 50,000 deep. The inline walk recursed once per level
    /// and overflowed the stack (signal 11 from `formcheck lint`).
    @Test func emphasisNestedFiftyThousandDeep() {
        let stars = String(repeating: "*", count: 100_000)
        let diagnostics = HostileLint.run("# T\n\n" + stars + "x" + stars + "\n")
        #expect(diagnostics.allSatisfy { $0.range.end.offset <= 200_006 })
        let links = String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000)
        HostileLint.run("# T\n\n" + links + "\n")
    }

    @Test func listsNestedTenThousandDeep() {
        for text in [
            String(repeating: "- ", count: 10_000) + "x\n",
            String(repeating: "> ", count: 10_000) + "x\n",
            (0..<10_000).map { String(repeating: " ", count: 2 * min($0, 300)) + "- a\n" }.joined(),
        ] {
            let diagnostics = HostileLint.run("# T\n\n" + text)
            #expect(diagnostics.contains { $0.ruleID == "too-deep" }, "\(text.prefix(20))")
        }
    }

    @Test func hundredThousandLinksInOnePage() {
        let inline = (0..<100_000).map { "[l\($0)](https://example.com/\($0))" }.joined(separator: " ")
        HostileLint.run("# T\n\n" + inline + "\n")
        let bare = (0..<100_000).map { "https://example.com/\($0)" }.joined(separator: " ")
        HostileLint.run("# T\n\n" + bare + "\n")
    }

    @Test func megabyteHeadingAndParagraph() {
        let words = String(repeating: "Word. ", count: 1_048_576 / 6)
        HostileLint.run("# " + words + "\n\n## " + words + "\n\n" + words + "\n")
    }

    @Test func lineEndings() {
        let page = "# T\n\n## Summary\n\n- **Key:** value\n"
        let crlf = HostileLint.run(page.replacingOccurrences(of: "\n", with: "\r\n"))
        let cr = HostileLint.run(page.replacingOccurrences(of: "\n", with: "\r"))
        let lf = HostileLint.run(page)
        #expect(crlf.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }
            == lf.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" })
        #expect(cr.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }
            == lf.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" })
        HostileLint.run("\r\r\n\n\r")
    }

    @Test func byteOrderMarkNoTrailingNewlineAndEmpty() {
        let bom = HostileLint.run([0xEF, 0xBB, 0xBF] + Array("# T\n".utf8))
        let plain = HostileLint.run("# T\n")
        #expect(bom.map(\.message) == plain.map(\.message))
        HostileLint.run("# T\n\n## Summary\n\nNo newline")
        let empty = HostileLint.run([UInt8]())
        #expect(empty.contains { $0.message.contains("no title") })
        HostileLint.run([0xEF, 0xBB, 0xBF])
    }

    /// Thousands of sections and findings in one page: finding each finding's section
    /// scanned every section, and 5 MB of pages took minutes.
    @Test func thousandsOfSectionsWithFindings() throws {
        let page = "# Page\n\n## Alpha\n\nText.\n\n### Beta\n\n- **K:** v\n\n## Gamma\n\nMore.\n\n"
        let diagnostics = HostileLint.run(String(repeating: page, count: 20_000))
        #expect(diagnostics.count >= 20_000)
        let last = try #require(diagnostics.last { !$0.sectionPath.isEmpty })
        #expect(last.sectionPath.first.map { ["Alpha", "Gamma"].contains($0) } == true)
    }

    @Test func wideTable() {
        let header = String(repeating: "|a", count: 2_000) + "|\n" + String(repeating: "|-", count: 2_000) + "|\n"
        HostileLint.run("# T\n\n" + header + String(repeating: String(repeating: "|x", count: 2_000) + "|\n", count: 20))
    }
}
