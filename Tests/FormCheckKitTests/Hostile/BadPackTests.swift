import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Broken rule packs: each is refused as a whole with `file:line:column: error: …`, fast,
/// whatever its size or shape. (The time limit only catches a hang or an exponential
/// expansion; nothing here asserts a speed.)
@Suite(.timeLimit(.minutes(2))) struct BadPackTests {
    /// The errors loading `text` as `pack.yml`.
    func errors(_ text: String) -> [String] {
        do {
            _ = try PackLoader.load(text: text, path: "pack.yml")
            Issue.record("the pack loaded")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The errors loading `main` from a scratch directory holding `files`.
    func errors(files: [String: [UInt8]], main: String) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-bad-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name)) }
        do {
            _ = try PackLoader.load(.file(directory + "/" + main))
            Issue.record("the pack loaded")
            return []
        } catch {
            return error.errors.map { $0.description.replacingOccurrences(of: directory + "/", with: "") }
        }
    }

    @Test func wrongTypes() {
        #expect(errors("pack: p\nrules: { id: x }\n") == ["pack.yml:2:8: error: expected a sequence, found a mapping"])
        let rule = "pack: p\nrules:\n  - id: r\n    check: sections\n    description: d\n"
        let wrong = [
            ("    required: { a: b }\n", "pack.yml:6:15: error: "),
            ("    required: [a]\n    severity: [error]\n", "pack.yml:7:15: error: "),
            ("    required: [a]\n    order: { a: b }\n", "pack.yml:7:12: error: "),
        ]
        for (tail, prefix) in wrong {
            let found = errors(rule + tail)
            #expect(found.count == 1 && found[0].hasPrefix(prefix), "\(tail): \(found)")
        }
        #expect(errors("- just\n- a list\n").first?.hasPrefix("pack.yml:1:1: error: ") == true)
        #expect(errors("42\n").first?.hasPrefix("pack.yml:1:1: error: ") == true)
    }

    @Test func unknownKeysNameTheClosestOne() {
        let found = errors("pack: p\nrulse: []\nrules:\n  - id: r\n    check: sections\n    description: d\n    requird: [A]\n")
        #expect(found.contains("pack.yml:2:1: error: unknown key 'rulse' in pack; did you mean 'rules'?"))
        #expect(found.contains { $0.hasPrefix("pack.yml:7:5: error: unknown key 'requird'") && $0.contains("did you mean 'required'?") })
    }

    @Test func includeCycles() throws {
        let a = Array("pack: a\ninclude: [b.yml]\n".utf8)
        let b = Array("include: [c.yml]\n".utf8)
        let c = Array("include: [./a.yml]\n".utf8)
        #expect(try errors(files: ["a.yml": a, "b.yml": b, "c.yml": c], main: "a.yml")
            == ["c.yml:1:11: error: include cycle: a.yml → b.yml → c.yml → ./a.yml"])
        let selfInclude = try errors(files: ["s.yml": Array("pack: s\ninclude: s.yml\n".utf8)], main: "s.yml")
        #expect(selfInclude == ["s.yml:2:10: error: include cycle: s.yml → s.yml"])
    }

    /// Includes that name something other than a pack file: a directory, a FIFO (which
    /// blocked the read forever), a missing file.
    @Test func includesThatAreNotFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-inc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try #require(mkfifo(directory + "/fifo.yml", 0o644) == 0)
        try "pack: p\ninclude: [sub, fifo.yml, missing.yml]\n".write(toFile: directory + "/p.yml", atomically: true, encoding: .utf8)
        do {
            _ = try PackLoader.load(.file(directory + "/p.yml"))
            Issue.record("the pack loaded")
        } catch {
            #expect(error.errors.map { "\($0.range.start) \($0.message)" } == [
                "2:11 '\(directory)/sub' is a directory, not a rule pack; name a pack file (.yml) or a built-in pack (built-in packs: comparison, exercise, listing)",
                "2:16 cannot read rule pack '\(directory)/fifo.yml'",
                "2:26 cannot read rule pack '\(directory)/missing.yml'",
            ])
        }
    }

    @Test func invalidUTF8AndNulBytes() throws {
        let found = try errors(files: ["p.yml": Array("pack: p\ndescription: caf".utf8) + [0xE9, 0x00] + Array("\n".utf8)], main: "p.yml")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("p.yml:2:") == true, "\(found)")
    }

    /// Twenty megabytes: comment lines, then one bad key at the very end.
    @Test func twentyMegabytePack() {
        var text = "pack: big\n"
        let comment = "# " + String(repeating: "x", count: 97) + "\n"
        text.reserveCapacity(20_100_000)
        for _ in 0..<200_000 { text += comment }
        text += "rulez: []\n"
        #expect(errors(text) == ["pack.yml:200002:1: error: unknown key 'rulez' in pack; did you mean 'rules'?"])
    }

    /// A 20 MB list of section names in one rule, and a type error after it.
    @Test func twentyMegabyteList() {
        let names = (0..<1_000_000).map { "S\($0)" }.joined(separator: ", ")
        let text = "pack: big\nrules:\n  - id: r\n    check: sections\n    description: d\n    required: [\(names)]\n    order: 7\n"
        let found = errors(text)
        #expect(found.count == 1 && found[0].hasPrefix("pack.yml:7:12: error: "), "\(found.map { $0.prefix(200) })")
    }

    /// Billion laughs: nine levels of ten aliases each would expand to 10⁹ nodes.
    @Test func billionLaughsIsRefused() {
        var text = "pack: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "rules: *a9\n"
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("pack.yml:") == true)
        #expect(found.first?.hasSuffix("error: YAML expands to too many nodes via aliases (billion-laughs guard)") == true, "\(found)")
    }

    @Test func deepNestingIsRefused() {
        let depth = 100_000
        let flow = "pack: deep\nrules: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        #expect(errors(flow).first?.hasPrefix("pack.yml:2:") == true)
        #expect(errors(flow).first?.hasSuffix("YAML nests deeper than 512 levels") == true)
        let block = "pack: deep\nx:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        #expect(errors(block).first?.hasSuffix("YAML nests deeper than 512 levels") == true)
    }

    /// A pack with many errors reports them all, each located, without a crash.
    @Test func manyErrorsAtOnce() {
        let rules = (0..<5_000).map { "  - id: r\($0)\n    check: sectoins\n" }.joined()
        let found = errors("pack: p\nrules:\n" + rules)
        #expect(found.count == 5_000)
        #expect(found.last?.hasPrefix("pack.yml:10002:12: error: unknown check kind 'sectoins'") == true)
    }
}
