import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct YAMLParserLimitsTests {
    /// Nine levels of nine aliases: 9^9 (387 million) nodes if expanded.
    static let billionLaughs: String = {
        var lines = ["l0: &l0 lol"]
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Refused at the first alias that passes the limit, so the work done is bounded by the
    /// limit, not by the expansion (no timing is asserted: the position proves it).
    @Test func billionLaughsIsRefusedQuickly() {
        let error = yamlError(Self.billionLaughs, path: "bomb.yml")
        // About 74,700 nodes up to l5 (66,430 of them l5 itself); l6's first alias passes 100,000.
        #expect(error?.description
            == "bomb.yml:7:10: error: YAML expands to too many nodes via aliases (billion-laughs guard)")
    }

    @Test func aliasesWithinTheLimitAreFine() throws {
        let text = "a: &a [x, y, z]\nb: [*a, *a, *a]\n"
        let root = try #require(try parseYAML(text))
        #expect(try root["b"]?.sequence().count == 3)
        let limited = YAMLTreeBuilder.Limits(maxExpandedNodes: 8, maxDepth: 512)
        // 1 root + a (4) + key a + key b + b itself (1) = 8; the first alias pushes past it.
        #expect(yamlError(SourceFile(path: "t.yml", text: text), limits: limited)?.description
            == "t.yml:2:5: error: YAML expands to too many nodes via aliases (billion-laughs guard)")
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n"
        #expect(yamlError(text)?.description == "t.yml:1:513: error: YAML nests deeper than 512 levels")
    }

    @Test func nestingAtTheLimitIsFine() throws {
        let text = String(repeating: "[", count: 512) + "x" + String(repeating: "]", count: 512) + "\n"
        var node = try #require(try parseYAML(text))
        var depth = 0
        while case .sequence(let items) = node.kind {
            depth += 1
            node = items[0]
        }
        #expect(depth == 512)
        #expect(node.text == "x")
    }
}
