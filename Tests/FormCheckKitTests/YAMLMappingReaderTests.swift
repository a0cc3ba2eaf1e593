import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct YAMLMappingReaderTests {
    static let pack = """
        rules:
          - id: summary-mentions-equipment
            check: text
            severty: error
            mesage: Summary must name the equipment
        """

    func rule(_ text: String = pack) throws -> (SourceFile, YAMLNode) {
        let file = SourceFile(path: "rules/pack.yml", text: text)
        let root = try #require(try YAMLParser.parse(file))
        return (file, try #require(try root["rules"]?.sequence().first))
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let (file, node) = try rule()
        var reader = try YAMLMappingReader(node, context: "rule")
        #expect(try reader.required("id").string() == "summary-mentions-equipment")
        #expect(try reader.required("check").string() == "text")
        #expect(reader.optional("severity") == nil)
        #expect(reader.optional("message") == nil)
        let error = try #require(caught { try reader.finish() })
        #expect(error.rendered(source: file) == """
            rules/pack.yml:4:5: error: unknown key 'severty' in rule; did you mean 'severity'?
                severty: error
                ^~~~~~~
            """)
        #expect(reader.finishAll().map(\.description) == [
            "rules/pack.yml:4:5: error: unknown key 'severty' in rule; did you mean 'severity'?",
            "rules/pack.yml:5:5: error: unknown key 'mesage' in rule; did you mean 'message'?",
        ])
    }

    @Test func unknownKeyWithoutSuggestionListsTheKnownKeys() throws {
        let (file, node) = try rule("rules:\n  - id: x\n    colour: red\n")
        var reader = try YAMLMappingReader(node, context: "rule")
        _ = reader.optional("id")
        _ = reader.optional("severity")
        let error = try #require(caught { try reader.finish() })
        #expect(error.rendered(source: file) == """
            rules/pack.yml:3:5: error: unknown key 'colour' in rule
                colour: red
                ^~~~~~
            note: expected one of: 'id', 'severity'
            """)
    }

    @Test func extraAllowedKeysAreAcceptedAndSuggested() throws {
        let (_, node) = try rule("rules:\n  - id: x\n    section: Steps\n    sectoin: Tips\n")
        var reader = try YAMLMappingReader(node, context: "rule")
        _ = reader.optional("id")
        #expect(caught { try reader.finish(extraAllowed: ["section"]) }?.description
            == "rules/pack.yml:4:5: error: unknown key 'sectoin' in rule; did you mean 'section'?")
        #expect(reader.finishAll(extraAllowed: ["section", "sectoin"]).isEmpty)
    }

    @Test func missingRequiredKeyPointsAtTheMapping() throws {
        let (_, node) = try rule()
        var reader = try YAMLMappingReader(node, context: "rule")
        #expect(caught { try reader.required("message") }?.description
            == "rules/pack.yml:2:5: error: missing required key 'message' in rule")
    }

    @Test func duplicateKeyIsRefusedAtTheSecondOccurrence() throws {
        let (_, node) = try rule("rules:\n  - id: a\n    check: text\n    id: b\n")
        let error = caught { try YAMLMappingReader(node, context: "rule") }
        #expect(error?.description == "rules/pack.yml:4:5: error: duplicate key 'id' in rule")
        #expect(error?.note == "first defined at rules/pack.yml:2:5")
    }

    @Test func nonMappingAndNonStringKeysAreRefused() throws {
        let (_, list) = try rule("rules:\n  - [a, b]\n")
        #expect(caught { try YAMLMappingReader(list, context: "rule") }?.description
            == "rules/pack.yml:2:5: error: expected a mapping for the rule, found a sequence")
        let (_, complex) = try rule("rules:\n  - {[a]: 1}\n")
        #expect(caught { try YAMLMappingReader(complex, context: "rule") }?.description
            == "rules/pack.yml:2:6: error: expected a string key in the rule, found a sequence")
    }

    @Test func keyOrderIsKept() throws {
        let (_, node) = try rule()
        let reader = try YAMLMappingReader(node, context: "rule")
        #expect(reader.pairs.map(\.key.text) == ["id", "check", "severty", "mesage"])
    }
}
