import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct YAMLErrorTests {
    let file = SourceFile(path: "rules/pack.yml", text: "id: x\nmessage: \"unclosed\n")

    func error() throws -> YAMLError {
        try #require(yamlError(file))
    }

    @Test func descriptionIsTheFirstLine() throws {
        #expect(try error().description == """
            rules/pack.yml:3:1: error: found unexpected end of stream (while scanning a quoted scalar at 2:10)
            """)
    }

    @Test func renderedWithoutSourceIsTheDescription() throws {
        let error = try error()
        #expect(error.rendered(source: nil) == error.description)
    }

    @Test func renderedShowsTheSyntaxErrorLine() throws {
        let text = "rule:\n  id: x\n   severity: error\n"
        let source = SourceFile(path: "t.yml", text: text)
        #expect(yamlError(source)?.rendered(source: source) == """
            t.yml:3:12: error: mapping values are not allowed in this context
               severity: error
                       ^
            """)
    }

    @Test func colorWrapsTheHeaderAndMarker() throws {
        let root = try #require(try YAMLParser.parse(SourceFile(path: "t.yml", text: "a: [1]\n")))
        let error = YAMLError(at: try #require(root["a"]), "expected a string, found a sequence", note: "quote it")
        let source = SourceFile(path: "t.yml", text: "a: [1]\n")
        let esc = "\u{1B}["
        #expect(error.rendered(source: source, color: true) == """
            \(esc)1mt.yml:1:4: \(esc)1;31merror: \(esc)0m\(esc)1mexpected a string, found a sequence\(esc)0m
            a: [1]
               \(esc)1;32m^~~\(esc)0m
            \(esc)1;36mnote: \(esc)0mquote it
            """)
        #expect(error.rendered(source: source) == """
            t.yml:1:4: error: expected a string, found a sequence
            a: [1]
               ^~~
            note: quote it
            """)
    }
}
