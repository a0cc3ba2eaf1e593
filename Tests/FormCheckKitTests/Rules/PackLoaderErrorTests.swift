import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Every way a pack can be wrong stops the load with `file:line:column: error: message`.
@Suite struct PackLoaderErrorTests {
    /// The errors loading `text` as `pack.yml` reports, one `file:line:col: error: …` each.
    func errors(_ text: String) -> [String] {
        do {
            _ = try PackLoader.load(text: text, path: "pack.yml")
            Issue.record("the pack loaded")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The errors loading `main` from a temporary directory holding `files`, with the
    /// directory left out of paths.
    func errors(files: [String: String], main: String) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        do {
            _ = try PackLoader.load(.file(directory + "/" + main))
            Issue.record("the pack loaded")
            return []
        } catch {
            return error.errors.map { $0.description.replacingOccurrences(of: directory + "/", with: "") }
        }
    }

    static func pack(_ rule: String, header: String = "") -> String {
        "pack: p\n" + header + "rules:\n  - id: a\n" + rule.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
    }

    @Test func unknownKeyWithSuggestion() {
        #expect(errors(Self.pack("check: text\nseverty: warning")) == [
            "pack.yml:5:5: error: unknown key 'severty' in rule; did you mean 'severity'?",
        ])
        #expect(errors("pack: p\nrule: []\n") == ["pack.yml:2:1: error: unknown key 'rule' in pack; did you mean 'rules'?"])
        // A kind's own keys are known only to that kind.
        #expect(errors(Self.pack("check: list\nsection: Steps\nmin-words: 3")) == [
            "pack.yml:6:5: error: unknown key 'min-words' in rule",
        ])
    }

    @Test func wrongType() {
        #expect(errors(Self.pack("check: text\nmin-words: many")) == [
            "pack.yml:5:16: error: expected an integer, found the string 'many'",
        ])
        #expect(errors(Self.pack("check: sections\nrequired: { Quick answer: true }")) == [
            "pack.yml:5:15: error: expected a string or a list of strings, found a mapping",
        ])
    }

    @Test func unknownCheckKind() {
        #expect(errors(Self.pack("check: sectoins")) == [
            "pack.yml:4:12: error: unknown check kind 'sectoins'; did you mean 'sections'?",
        ])
    }

    @Test func unknownSeverity() {
        #expect(errors(Self.pack("check: text\nseverity: eror")) == [
            "pack.yml:5:15: error: unknown severity 'eror'; did you mean 'error'?",
        ])
        #expect(errors(Self.pack("check: text\nseverity: fatal")) == ["pack.yml:5:15: error: unknown severity 'fatal'"])
    }

    /// A link category's severity is read by the same reader as a rule's.
    @Test func unknownLinkSeverity() {
        #expect(errors(Self.pack("check: text", header: "links:\n  severity:\n    broken: warnng\n")) == [
            "pack.yml:4:13: error: unknown severity 'warnng'; did you mean 'warning'?",
        ])
    }

    @Test func invalidRegex() {
        let text = errors(Self.pack("check: text\nforbid: ['/(/']"))
        #expect(text == ["pack.yml:5:14: error: invalid regular expression '(': expected ')'"])
        let pattern = errors(Self.pack("check: fields\nfield: Reps\npattern: '[a-'"))
        #expect(pattern.count == 1)
        #expect(pattern.first?.hasPrefix("pack.yml:6:14: error: invalid regular expression '[a-': ") == true)
        let condition = errors(Self.pack("check: text\nwhen: { field: Reps, matches: '(' }"))
        #expect(condition.first?.hasPrefix("pack.yml:5:35: error: invalid regular expression '(': ") == true)
    }

    @Test func duplicateRuleID() {
        let pack = "pack: p\nrules:\n  - id: a\n    check: text\n  - id: b\n    check: text\n  - id: a\n    check: list\n    section: S\n"
        #expect(errors(pack) == ["pack.yml:7:9: error: duplicate rule id 'a'"])
    }

    @Test func unknownTaxonomyName() {
        #expect(errors(Self.pack("check: fields\nfield: Color\nenum: colour", header: "taxonomy:\n  color: [Red, Blue]\n")) == [
            "pack.yml:8:11: error: unknown taxonomy 'colour'; did you mean 'color'?",
        ])
    }

    @Test func unknownField() {
        let header = "fields:\n  names: [Color, Size]\n"
        #expect(errors(Self.pack("check: fields\nfield: Colr", header: header)) == [
            "pack.yml:7:12: error: unknown field 'Colr'; did you mean 'Color'?",
        ])
        #expect(errors(Self.pack("check: text\nwhen: { field: Weight, present: true }", header: header)) == [
            "pack.yml:7:20: error: unknown field 'Weight'",
        ])
    }

    @Test func templateWithUnknownFieldOrFilter() {
        let header = "fields:\n  names: [Color]\n"
        #expect(errors(Self.pack("check: text\nmessage: '{{Colr}} is wrong'", header: header)) == [
            "pack.yml:7:14: error: template names unknown field 'Colr'; did you mean 'Color'?",
        ])
        #expect(errors(Self.pack("check: text\nmessage: '{{value | lowr}}'", header: header)) == [
            "pack.yml:7:14: error: unknown template filter 'lowr'; did you mean 'lower'?",
        ])
        #expect(errors(Self.pack("check: text\nmessage: 'found {{value'", header: header)) == [
            "pack.yml:7:14: error: template has '{{' without a closing '}}'",
        ])
    }

    @Test func includeCycle() throws {
        let found = try errors(files: [
            "a.yml": "pack: a\ninclude: [b.yml]\n",
            "b.yml": "include:\n  - c.yml\n",
            "c.yml": "include: a.yml\n",
        ], main: "a.yml")
        #expect(found == ["c.yml:1:10: error: include cycle: a.yml → b.yml → c.yml → a.yml"])
    }

    @Test func includingOneFileTwiceIsNoCycle() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "pack: a\ninclude: [b.yml, c.yml]\n".write(toFile: directory + "/a.yml", atomically: true, encoding: .utf8)
        try "include: [c.yml]\n".write(toFile: directory + "/b.yml", atomically: true, encoding: .utf8)
        try "rules:\n  - { id: r, check: text }\n".write(toFile: directory + "/c.yml", atomically: true, encoding: .utf8)
        let set = try PackLoader.load(.file(directory + "/a.yml"))
        #expect(set.rules.map(\.id) == ["r"])
    }

    @Test func missingIncludedFile() throws {
        let found = try errors(files: ["a.yml": "pack: a\ninclude: [taxonomy.yml, nope.yml]\n", "taxonomy.yml": "taxonomy: {}\n"], main: "a.yml")
        #expect(found == ["a.yml:2:25: error: cannot read rule pack 'nope.yml'"])
        let top = try errors(files: [:], main: "absent.yml")
        #expect(top == ["absent.yml:1:1: error: cannot read rule pack 'absent.yml'"])
    }

    @Test func errorsInAnIncludedFilePointIntoThatFile() throws {
        let found = try errors(files: ["a.yml": "pack: a\ninclude: [b.yml]\n", "b.yml": "rules:\n  - id: r\n    check: txt\n"], main: "a.yml")
        #expect(found == ["b.yml:3:12: error: unknown check kind 'txt'; did you mean 'text'?"])
    }

    @Test func everyErrorOfAPackIsReported() {
        let pack = """
            pack: p
            descripton: typo
            rules:
              - id: a
                check: sectoins
              - id: b
                check: text
                forbid: ['/(/']
              - id: a
                check: text
            """
        #expect(errors(pack) == [
            "pack.yml:2:1: error: unknown key 'descripton' in pack; did you mean 'description'?",
            "pack.yml:5:12: error: unknown check kind 'sectoins'; did you mean 'sections'?",
            "pack.yml:8:14: error: invalid regular expression '(': expected ')'",
            "pack.yml:9:9: error: duplicate rule id 'a'",
        ])
    }

    @Test func renderedErrorShowsTheSourceLineAndACaret() throws {
        do {
            _ = try PackLoader.load(text: Self.pack("check: sectoins"), path: "pack.yml")
            Issue.record("the pack loaded")
        } catch {
            #expect(error.rendered().contains("pack.yml:4:12: error: unknown check kind 'sectoins'; did you mean 'sections'?"))
            #expect(error.rendered().contains("check: sectoins"))
            #expect(error.rendered().contains("^"))
        }
    }
}
