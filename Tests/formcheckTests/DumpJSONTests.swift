import Foundation
import Testing
import FormCheckKit

// The package declares this target; without a source file `swift build` refuses to plan.
// It checks the JSON shape `formcheck dump` prints.
@Suite struct DumpJSONTests {
    @Test func dumpShapeHasTheDocumentKeys() throws {
        let document = MarkdownParser.parse(SourceFile(path: "a.md", text: "# T\n\n## S\n\n- **K:** v\n"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["path", "title", "titles", "preamble", "sections", "fields", "links", "comments", "problems"])
        #expect(object["title"] as? String == "T")
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(fields.count == 1)
        #expect(fields.first?["key"] as? String == "K")
        #expect(fields.first?["value"] as? String == "v")
    }
}
