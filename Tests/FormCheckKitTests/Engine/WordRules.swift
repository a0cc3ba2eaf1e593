import Foundation
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// A check that reports the first occurrence of a word, for engine-level tests.
struct WordCheck: Check {
    var word: String
    var related: String?

    func findings(in context: CheckContext) -> [Finding] {
        let bytes = context.document.source.bytes
        let needle = Array(word.utf8)
        guard needle.count <= bytes.count else { return [] }
        var found: [Finding] = []
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            let range = context.document.source.range(start..<start + needle.count)
            let relatedLocations = related.map { [RelatedLocation(message: $0, range: range)] } ?? []
            found.append(Finding(range: range, message: "found \"\(word)\"", related: relatedLocations))
        }
        return found
    }
}

extension RuleSet {
    /// Rules that flag words, one per id.
    static func words(_ words: [String: String], severity: Severity = .error) -> RuleSet {
        let zero = FormCheckCore.SourceLocation(line: 1, column: 1, offset: 0)
        let rules = words.sorted { $0.key < $1.key }.map { id, word in
            Rule(
                id: id, kind: "word", severity: severity, message: nil, description: "Flags \(word).", link: nil, section: nil,
                condition: nil, check: WordCheck(word: word, related: "here"), examples: RuleExamples(), path: "test.yml",
                range: SourceRange(at: zero))
        }
        return RuleSet(name: "words", rules: rules)
    }
}
