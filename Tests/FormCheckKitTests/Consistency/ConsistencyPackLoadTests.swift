import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The new kinds validate their keys when the pack loads, with located errors.
@Suite struct ConsistencyPackLoadTests {
    func loadError(_ rule: String) throws -> String? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-consistency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("pack.yml").path
        let pack = """
            pack: test
            taxonomy:
              level: [Easy, Hard]
            fields:
              names: [Level, Tool]
            rules:
            \(rule.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))

            """
        try pack.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try PackLoader.load(.file(path))
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func validRulesOfEveryNewKindLoad() throws {
        #expect(try loadError("""
            - { id: a, check: consistency, section: Intro, in: first-paragraph, template: "A {{Level}} task.", report: [missing] }
            - { id: b, check: faq, section: FAQ, question: "Is {{title}} hard?", forbid: [yes], mentions: [Level] }
            - { id: c, check: mentions, section: Intro, enum: level, field: Level, allow-fields: [Tool], ignore: [Hard] }
            - { id: d, check: title, in-questions: { section: FAQ, one-of: ["Is {{title}} hard?"] } }
            - { id: e, check: links, section: Links, expect: [ { text: "{{Tool}}", url: "/tools/{{Tool | slug}}" } ], extra: error }
            """) == nil)
    }

    @Test(arguments: [
        ("- { id: a, check: consistency, section: Intro, template: \"A {{Levl}} task.\" }", "did you mean 'Level'"),
        ("- { id: a, check: consistency, section: Intro }", "needs 'template:' or 'one-of:'"),
        ("- { id: a, check: consistency, template: \"A {{Level}}.\" }", "needs 'section:'"),
        ("- { id: a, check: consistency, section: Intro, in: first-paragrah, template: \"A {{Level}}.\" }", "did you mean 'first-paragraph'"),
        ("- { id: a, check: consistency, section: Intro, report: [mismatches], template: \"A {{Level}}.\" }", "unknown report 'mismatches'"),
        ("- { id: a, check: mentions, section: Intro, enum: levels, field: Level }", "did you mean 'level'"),
        ("- { id: a, check: title, in-questions: { section: FAQ, one-of: [\"Is it {{Level}}?\"] } }", "must use '{{title}}'"),
        ("- { id: a, check: title }", "needs 'in-questions:' or 'in-first-sentence:'"),
        ("- { id: a, check: links, section: Links, expect: [ { text: x, url: y } ], extra: maybe }", "'extra' must be 'error' or 'allow'"),
        ("- { id: a, check: faq, section: FAQ, question: \"Why?\", forbid: [\"/(/\"] }", "invalid regular expression"),
    ])
    func badRuleStopsTheLoad(rule: String, message: String) throws {
        let error = try #require(try loadError(rule))
        #expect(error.contains(message), "\(error)")
    }
}
