import Testing
@testable import FormCheckRules

/// A fix that writes a value after "a"/"an" takes the article with it.
@Suite struct IndefiniteArticleTests {
    @Test(arguments: [
        ("rated as an advanced-level", "advanced", "beginner", "a beginner"),
        ("rated as a beginner-level", "beginner", "intermediate", "an intermediate"),
        ("An intermediate legs", "intermediate", "beginner", "A beginner"),
        ("A beginner legs", "beginner", "advanced", "An advanced"),
    ])
    func articleFollowsTheNewValue(text: String, written: String, value: String, replacement: String) throws {
        let start = try #require(text.range(of: written)).lowerBound.utf16Offset(in: text)
        let edit = IndefiniteArticle.edit(writing: value, over: start..<(start + written.utf8.count), in: text)
        #expect(edit.replacement == replacement)
        #expect(text.utf8.count - edit.bytes.lowerBound >= written.utf8.count)
        #expect(String(text.utf8.dropFirst(edit.bytes.lowerBound).prefix(edit.bytes.count))!.lowercased().hasPrefix("a"))
    }

    /// No article in front ("targets the quads"), or "a" ending another word ("a formula"): the
    /// edit is the value alone.
    @Test(arguments: [("targets the quads", "quads"), ("the formula level", "level")])
    func withoutAnArticleOnlyTheValueChanges(text: String, written: String) throws {
        let start = try #require(text.range(of: written)).lowerBound.utf16Offset(in: text)
        let edit = IndefiniteArticle.edit(writing: "x", over: start..<(start + written.utf8.count), in: text)
        #expect(edit.bytes == start..<(start + written.utf8.count))
        #expect(edit.replacement == "x")
    }
}
