import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct ProjectConfigTests {
    func parse(_ yaml: String, path: String = "/repo/.formcheck.yml") throws(YAMLError) -> ProjectConfig {
        try ProjectConfig.parse(SourceFile(path: path, text: yaml))
    }

    @Test func readsEveryKey() throws {
        let config = try parse("""
            extends: [exercise, packs/local.yml]
            include: "content/**/*.md"
            exclude: [content/drafts/**]
            fail-level: warning
            rules:
              no-bad: off
              no-ugly: { severity: info }
              other: warning
            """)
        #expect(config.extends == [.builtin("exercise.yml"), .file("/repo/packs/local.yml")])
        #expect(config.include.map(\.pattern) == ["content/**/*.md"])
        #expect(config.failLevel == .warning)
        #expect(config.rules.map { "\($0.ruleID) \($0.severity?.rawValue ?? "-") \($0.off)" } == ["no-bad - true", "no-ugly info false", "other warning false"])
    }

    @Test func errorsPointIntoTheFile() {
        let typo = #expect(throws: YAMLError.self) { try parse("exclude: [a]\nfail-levle: warning\n") }
        #expect(typo?.description == "/repo/.formcheck.yml:2:1: error: unknown key 'fail-levle' in config; did you mean 'fail-level'?")
        let level = #expect(throws: YAMLError.self) { try parse("fail-level: sometimes\n") }
        #expect(level?.location.description == "1:13")
        #expect(level?.message == "unknown fail-level 'sometimes'; expected one of: error, warning, info, never")
        let severity = #expect(throws: YAMLError.self) { try parse("rules:\n  no-bad: loud\n") }
        #expect(severity?.message == "expected 'off' or a severity (error, warning or info) for rule 'no-bad', found 'loud'")
    }

    @Test func overridesChangeTheRuleSet() throws {
        let config = try parse("rules:\n  no-bad: off\n  no-ugly: info\n")
        let ruleSet = try config.apply(to: .words(["no-bad": "BAD", "no-ugly": "UGLY"]))
        #expect(ruleSet.rules.map { "\($0.id) \($0.severity)" } == ["no-ugly info"])
    }

    @Test func unknownRuleIDIsLocatedWithASuggestion() throws {
        let config = try parse("rules:\n  no-bda: off\n")
        let error = #expect(throws: PackLoadError.self) { try config.apply(to: .words(["no-bad": "BAD"])) }
        #expect(error?.description == "/repo/.formcheck.yml:2:3: error: no rule 'no-bda' in pack 'words'; did you mean 'no-bad'?")
    }

    @Test func includeAndExcludeMatchPathsRelativeToTheConfig() throws {
        let config = try parse("include: [content/**/*.md]\nexclude: [content/drafts/**, '**/README.md']\n")
        #expect(config.selects("/repo/content/a.md"))
        #expect(config.selects("/repo/content/x/y/b.md"))
        #expect(!config.selects("/repo/content/drafts/a.md"))
        #expect(!config.selects("/repo/content/x/README.md"))
        #expect(!config.selects("/repo/other/a.md"))
        #expect(!config.selects("/repo/content/a.markdown"))
    }

    @Test func globSyntax() {
        #expect(Glob("*.md").matches("a.md"))
        #expect(!Glob("*.md").matches("dir/a.md"))
        #expect(Glob("**/*.md").matches("a.md"))
        #expect(Glob("**/*.md").matches("x/y/a.md"))
        #expect(Glob("a?.md").matches("ab.md"))
        #expect(!Glob("a?.md").matches("a/.md"))
        #expect(Glob("a+b(1).md").matches("a+b(1).md"))
    }

    @Test func discoveryWalksUp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "fail-level: never\n".write(to: root.appendingPathComponent(".formcheck.yml"), atomically: true, encoding: .utf8)
        let found = try #require(ProjectConfig.discover(from: nested.path))
        #expect(URL(fileURLWithPath: found).standardizedFileURL.path == root.appendingPathComponent(".formcheck.yml").standardizedFileURL.path)
        #expect(try ProjectConfig.load(found).failLevel == .never)
    }
}
