import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckEngine
@testable import FormCheckRules

/// `types:` in `.formcheck.yml`: reading, located errors, which type a page has.
@Suite struct PageTypeConfigTests {
    func parse(_ yaml: String) throws(YAMLError) -> ProjectConfig {
        try ProjectConfig.parse(SourceFile(path: "/repo/.formcheck.yml", text: yaml))
    }

    @Test func readsTypesAndPicksTheFirstMatch() throws {
        let config = try parse("""
            types:
              - name: comparison
                files: ["exercise/compare/*.md"]
                extends: [exercise]
              - name: exercise
                files: ["exercise/*.md", "exercise/**/*.md"]
                extends: [exercise, packs/extra.yml]
              - name: note
                files: notes/*.md
            """)
        #expect(config.types.map(\.name) == ["comparison", "exercise", "note"])
        #expect(config.types[1].extends == [.builtin("exercise.yml"), .file("/repo/packs/extra.yml")])
        #expect(config.types[2].extends.isEmpty)
        #expect(config.typeIndex(of: "/repo/exercise/compare/a-vs-b.md") == 0)
        #expect(config.typeIndex(of: "/repo/exercise/squat.md") == 1)
        #expect(config.typeIndex(of: "/repo/notes/todo.md") == 2)
        #expect(config.typeIndex(of: "/repo/README.md") == nil)
        #expect(try parse("fail-level: error\n").typeIndex(of: "/repo/README.md") == 0)
    }

    @Test func errorsPointAtTheEntry() {
        func message(_ yaml: String) -> String? {
            do { _ = try parse(yaml); return nil } catch { return error.description }
        }
        #expect(message("types:\n  - files: [a]\n") == "/repo/.formcheck.yml:2:5: error: missing required key 'name' in page type")
        #expect(message("types:\n  - name: a\n") == "/repo/.formcheck.yml:2:5: error: missing required key 'files' in page type")
        #expect(message("types:\n  - { name: a, files: [] }\n") == "/repo/.formcheck.yml:2:23: error: page type 'a' needs at least one glob in 'files'")
        #expect(message("types:\n  - { name: a, files: [x], extend: [b] }\n") == "/repo/.formcheck.yml:2:28: error: unknown key 'extend' in page type; did you mean 'extends'?")
        #expect(message("types:\n  - { name: a, files: [x] }\n  - { name: a, files: [y] }\n")?
            .hasPrefix("/repo/.formcheck.yml:3:13: error: duplicate page type 'a'") == true)
        #expect(message("types:\n  - { name: a, files: [x], extends: [nosuchpack] }\n")?
            .hasPrefix("/repo/.formcheck.yml:2:38: error: unknown built-in rule pack 'nosuchpack'") == true)
        #expect(message("types: [a]\n")?.hasPrefix("/repo/.formcheck.yml:1:9: error: ") == true)
    }

    @Test func schemaDescribesTypes() throws {
        let schema = PackSchema.config()
        let properties = try #require(schema["properties"] as? [String: Any])
        let types = try #require(properties["types"] as? [String: Any])
        let items = try #require(types["items"] as? [String: Any])
        #expect(items["required"] as? [String] == ["name", "files"])
        #expect(Set((items["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == ["name", "files", "extends"])
        #expect(items["additionalProperties"] as? Bool == false)
    }
}
