import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A failing example: Markdown with one `↓` marker per expected finding, and the literal
/// messages of those findings in marker order (two findings at one place: `↓↓`).
struct Failing: CustomStringConvertible {
    var marked: MarkedText
    var messages: [String]

    init(_ text: String, _ messages: String...) {
        marked = MarkedText(text)
        self.messages = messages
    }

    var description: String { marked.text }
}

/// The altered forms every example is re-run in (SwiftLint's `verifyRule` habit).
enum ExampleVariant: String, CaseIterable, CustomStringConvertible {
    /// The example as written.
    case plain
    /// Every `\n` becomes `\r\n`: lines and columns must not move.
    case crlf
    /// A UTF-8 byte order mark first: it is not counted in line 1's columns.
    case bom
    /// Two lines first, one of them an HTML comment with emoji (one of them a ZWJ
    /// sequence of several scalars) and CJK text: findings move down two lines, columns stay.
    /// A finding at 1:1 is "the start of the file" (a page without a title) and stays there;
    /// "line N" in a message (e.g. "first on line 5") becomes "line N+2".
    case afterEmojiLine
    /// The whole example inside a `~~~~` code fence, then inside an HTML comment block.
    /// Checks read no content there, so the page must get exactly the findings of an
    /// empty page: pass examples stay passing, and failing ones must not fire (a rule
    /// that asks for content, such as required sections, reports what an empty page lacks).
    case codeFence
    case htmlComment

    var description: String { rawValue }

    static let emojiLine = "<!-- 🏋️‍♀️ 💪🏽 脚を上げる ストレッチ -->\n\n"
}

/// Lints `text` with `ruleSet`, giving each finding as `line:column: message`.
func findings(of ruleSet: RuleSet, in bytes: [UInt8], path: String = "example.md") -> [String] {
    let document = MarkdownParser.parse(SourceFile(path: path, bytes: bytes))
    return Linter(ruleSet: ruleSet).lint(document).map { "\($0.range.start.line):\($0.range.start.column): \($0.message)" }
}

/// A pack holding one rule, after the pack-level keys in `header` (taxonomy, fields…).
func onePack(rule: String, header: String = "") throws -> RuleSet {
    let ruleLines = rule.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let ruleText = "  - " + ruleLines.joined(separator: "\n    ")
    let text = "pack: test\n" + header + (header.hasSuffix("\n") || header.isEmpty ? "" : "\n") + "rules:\n" + ruleText + "\n"
    do {
        return try PackLoader.load(text: text, path: "test-pack.yml")
    } catch {
        throw PackTestError(description: error.rendered() + "\n--- pack ---\n" + text)
    }
}

struct PackTestError: Error, CustomStringConvertible { var description: String }

/// Compiles `rule` into a one-rule pack, lints every example in every variant and
/// asserts each finding whole (line, column, literal message). A finding not marked
/// fails the test, as does a marked one that does not come.
func verifyRule(
    _ rule: String, header: String = "", pass: [String] = [], fail: [Failing] = [],
    variants: [ExampleVariant] = ExampleVariant.allCases,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let ruleSet = try onePack(rule: rule, header: header)
    let emptyPage = findings(of: ruleSet, in: [])
    for variant in variants {
        for example in pass {
            verify(ruleSet, example, expected: [], variant: variant, emptyPage: emptyPage, sourceLocation: sourceLocation)
        }
        for example in fail {
            #expect(example.marked.markers.count == example.messages.count,
                    "\(example.marked.markers.count) markers but \(example.messages.count) messages", sourceLocation: sourceLocation)
            let expected = zip(example.marked.markers, example.messages).map { ($0, $1) }
            verify(ruleSet, example.marked.text, expected: expected, variant: variant, emptyPage: emptyPage, sourceLocation: sourceLocation)
        }
    }
}

private func verify(
    _ ruleSet: RuleSet, _ text: String, expected: [(MarkedText.Position, String)], variant: ExampleVariant,
    emptyPage: [String], sourceLocation: Testing.SourceLocation
) {
    let bytes: [UInt8]
    var wanted = expected
    switch variant {
    case .plain:
        bytes = Array(text.utf8)
    case .crlf:
        bytes = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    case .bom:
        bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .afterEmojiLine:
        bytes = Array((ExampleVariant.emojiLine + text).utf8)
        wanted = expected.map { position, message in
            position == MarkedText.Position(line: 1, column: 1) ? (position, message)
                : (MarkedText.Position(line: position.line + 2, column: position.column), shiftingLineNumbers(message, by: 2))
        }
    case .codeFence:
        bytes = Array(("~~~~markdown\n" + text + "\n~~~~\n").utf8)
    case .htmlComment:
        bytes = Array(("<!--\n" + text + "\n-->\n").utf8)
    }
    let wantedLines = variant == .codeFence || variant == .htmlComment
        ? emptyPage
        : wanted.map { "\($0.0): \($0.1)" }
    let found = findings(of: ruleSet, in: bytes)
    #expect(
        found.sorted() == wantedLines.sorted(),
        "variant \(variant) of:\n\(text)\n--- expected ---\n\(wantedLines.sorted().joined(separator: "\n"))\n--- found ---\n\(found.sorted().joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}

/// `message` with every "line N" made "line N+delta".
private func shiftingLineNumbers(_ message: String, by delta: Int) -> String {
    message.replacing(/line (\d+)/) { match in "line \(Int(match.output.1)! + delta)" }
}
