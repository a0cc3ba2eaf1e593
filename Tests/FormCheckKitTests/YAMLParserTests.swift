import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct YAMLParserTests {
    @Test func mappingKeepsKeyOrderAndPositions() throws {
        let root = try #require(try parseYAML("zeta: 1\nalpha: 2\nmid:\n  - a\n  - b\n"))
        let pairs = try root.mapping()
        #expect(pairs.map(\.key.text) == ["zeta", "alpha", "mid"])
        #expect(pairs.map(\.key.at) == ["1:1", "2:1", "3:1"])
        #expect(pairs[1].value.at == "2:8")
        let items = try #require(root["mid"]).sequence()
        #expect(items.map(\.text) == ["a", "b"])
        #expect(items.map(\.at) == ["4:5", "5:5"])
        #expect(root.range.start.line == 1)
        #expect(root.range.end == SourceLocation(line: 5, column: 6, offset: 33))
        #expect(root["missing"] == nil)
    }

    @Test func scalarStylesAndTags() throws {
        let text = """
            plain: a b
            single: 'it''s'
            double: "tab\\tend"
            literal: |
              one
              two
            folded: >
              one
              two
            tagged: !!str 12
            """
        let root = try #require(try parseYAML(text))
        let scalars = try root.mapping().map { try #require($0.value.scalar) }
        #expect(scalars.map(\.style) == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
        #expect(scalars.map(\.value) == ["a b", "it's", "tab\tend", "one\ntwo\n", "one two\n", "12"])
        #expect(scalars.map(\.tag) == [nil, nil, nil, nil, nil, "tag:yaml.org,2002:str"])
    }

    @Test func nullSpellings() throws {
        let root = try #require(try parseYAML("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: 'null'\ng: nil\nh: !!str\n"))
        #expect(try root.mapping().map(\.value.isNull) == [true, true, true, true, true, false, false, false])
    }

    @Test func anchorsAndAliasesAreResolved() throws {
        let text = """
            defaults: &base
              severity: error
              tags: [a, b]
            rule:
              settings: *base
              name: &n shared
              again: *n
            """
        let root = try #require(try parseYAML(text))
        let defaults = try #require(root["defaults"])
        let copy = try #require(root["rule"]?["settings"])
        #expect(copy == defaults)
        #expect(try copy.mapping().map(\.key.text) == ["severity", "tags"])
        #expect(copy.at == "1:11")  // the copy keeps the anchored node's range, which starts at `&base`
        #expect(root["rule"]?["again"]?.text == "shared")
    }

    @Test func unknownAnchorIsRefused() {
        let error = yamlError("a: &x [*x]\n")
        #expect(error?.description == "t.yml:1:8: error: alias '*x' refers to an unknown anchor")
    }

    @Test func secondDocumentIsRefusedAtItsStart() {
        let error = yamlError("a: 1\n---\nb: 2\n", path: "rules/pack.yml")
        #expect(error?.description
            == "rules/pack.yml:2:1: error: a second YAML document starts here; this file must hold exactly one")
        #expect(error?.note == "remove the '---' line or split the documents into separate files")
    }

    @Test func leadingDocumentMarkerIsOneDocument() throws {
        #expect(try parseYAML("---\na: 1\n...\n")?["a"]?.text == "1")
    }

    @Test func emptyStreamIsNil() throws {
        #expect(try parseYAML("") == nil)
        #expect(try parseYAML("# only a comment\n\n") == nil)
        #expect(try YAMLParser.parse(SourceFile(path: "t.yml", bytes: [0xEF, 0xBB, 0xBF])) == nil)
    }

    @Test func unclosedQuoteReportsLibyamlMark() {
        let error = yamlError("id: one\nmessage: \"never closed\n", path: "rules/pack.yml")
        #expect(error?.description == """
            rules/pack.yml:3:1: error: found unexpected end of stream \
            (while scanning a quoted scalar at 2:10)
            """)
    }

    @Test func badIndentationReportsLibyamlMark() {
        let error = yamlError("rule:\n  id: one\n   severity: error\n")
        #expect(error?.description == """
            t.yml:3:12: error: mapping values are not allowed in this context
            """)
    }

    @Test func invalidUTF8ReportsByteOffset() {
        let file = SourceFile(path: "t.yml", bytes: Array("a: b\nc: ".utf8) + [0xFF] + Array("\n".utf8))
        #expect(yamlError(file)?.description == "t.yml:2:4: error: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func bomAndCRLFGiveTheSamePositions() throws {
        let text = "rule:\n  id: x\n  severty: error\n"
        let plain = try #require(try parseYAML(text))
        let crlf = try #require(try parseYAML(text.replacingOccurrences(of: "\n", with: "\r\n")))
        let bom = try #require(try YAMLParser.parse(SourceFile(path: "t.yml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))))
        for root in [plain, crlf, bom] {
            let keys = try #require(root["rule"]).mapping().map(\.key)
            #expect(keys.map(\.at) == ["2:3", "3:3"])
            #expect(keys.map(\.range.end.column) == [5, 10])
        }
        #expect(yamlError("a: 1\r\nb: 'x\r\n")?.description
            == "t.yml:3:1: error: found unexpected end of stream (while scanning a quoted scalar at 2:4)")
    }

    @Test func nonASCIIColumnsCountScalars() throws {
        let root = try #require(try parseYAML("título: ñandú 😀\nnext: [é, 😀, z]\n"))
        let value = try #require(root["título"])
        #expect(value.at == "1:9")
        #expect(value.range.end.column == 16)
        #expect(value.range.start.offset == 9)
        let items = try #require(root["next"]).sequence()
        #expect(items.map(\.at) == ["2:8", "2:11", "2:14"])
        #expect(items.map(\.range.start.offset) == [29, 33, 39])
    }
}
