import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
        ("severty", "severity", 1), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
        ("tags", "tgas", 2), ("é", "e", 1), ("😀a", "a", 1), ("Case", "case", 1),
    ])
    func distances(a: String, b: String, expected: Int) {
        #expect(editDistance(a, b) == expected)
        #expect(editDistance(b, a) == expected)
    }

    @Test func closestMatchFindsTypos() {
        let keys = ["id", "check", "severity", "message", "section", "when"]
        #expect(closestMatch(to: "severty", in: keys) == "severity")
        #expect(closestMatch(to: "mesage", in: keys) == "message")
        #expect(closestMatch(to: "SEVERITY", in: keys) == "severity")
        #expect(closestMatch(to: "ix", in: keys) == "id")
        #expect(closestMatch(to: "colour", in: keys) == nil)
        #expect(closestMatch(to: "to", in: keys) == nil)
        #expect(closestMatch(to: "anything", in: []) == nil)
    }

    @Test func longerWordsAllowMoreEdits() {
        #expect(closestMatch(to: "descriptoin", in: ["description"]) == "description")
        #expect(closestMatch(to: "dscrptn", in: ["description"]) == nil)
    }

    @Test func tiesGoToTheFirstCandidate() {
        #expect(closestMatch(to: "cat", in: ["bat", "hat", "cap"]) == "bat")
        #expect(closestMatch(to: "cat", in: ["hat", "bat"]) == "hat")
        #expect(closestMatch(to: "cat", in: ["bat", "cat"]) == "cat")
    }
}
