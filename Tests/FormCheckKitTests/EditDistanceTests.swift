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

    @Test(arguments: [("sectoins", "sections", 1), ("tags", "tgas", 1), ("ab", "ba", 1), ("abc", "ca", 3), ("Levle", "Level", 1)])
    func typoDistanceCountsASwapAsOne(a: String, b: String, expected: Int) {
        #expect(typoDistance(a, b) == expected)
        #expect(typoDistance(b, a) == expected)
    }

    /// Ties offer nothing: a guess needs a clear winner.
    @Test func tiesOfferNothing() {
        #expect(closestMatch(to: "cat", in: ["bat", "hat", "cap"]) == nil)
        #expect(closestMatch(to: "cat", in: ["hat", "bat"]) == nil)
        #expect(closestMatch(to: "cat", in: ["bat", "cat"]) == "cat")
        #expect(closestMatch(to: "max-word", in: ["max-words", "min-words"]) == "max-words")
    }

    static let muscles = [
        "Abdominals", "Abs", "Core Muscles", "Abductors", "Adductors", "Biceps", "Bicep", "Calves", "Calf", "Chest", "Pecs",
        "Pectorals", "Forearms", "Glutes", "Gluteus", "Glute", "Hamstrings", "Hamstring", "Hams", "Hip Flexors", "Hip Flexor",
        "Lats", "Latissimus Dorsi", "Lower Back", "Middle Back", "Neck", "Obliques", "Oblique", "Quadriceps", "Quads", "Quad",
        "Shoulders", "Delts", "Deltoids", "Traps", "Trapezius", "Triceps", "Tricep", "Upper Back",
    ]
    static let canonical: [String: String] = [
        "abs": "Abdominals", "core muscles": "Abdominals", "bicep": "Biceps", "calf": "Calves", "pecs": "Chest", "pectorals": "Chest",
        "gluteus": "Glutes", "glute": "Glutes", "hamstring": "Hamstrings", "hams": "Hamstrings", "hip flexor": "Hip Flexors",
        "latissimus dorsi": "Lats", "oblique": "Obliques", "quads": "Quadriceps", "quad": "Quadriceps", "delts": "Shoulders",
        "deltoids": "Shoulders", "trapezius": "Traps", "tricep": "Triceps",
    ]
    static func meaning(_ spelling: String) -> String { canonical[spelling.lowercased()] ?? spelling }

    /// Issue #14: other words that merely look alike are not offered.
    @Test(arguments: ["Hands", "Grip Muscles", "Back", "Wrist Flexors", "Lower Abs", "Feet"])
    func differentWordsAreNotOffered(_ word: String) {
        #expect(DidYouMean.best(for: word, in: Self.muscles, meaning: Self.meaning) == nil)
    }

    /// Typos are: a swap, a dropped or doubled letter, within a multi-word value too.
    @Test(arguments: [
        ("Hamstrigns", "Hamstrings"), ("Quadricep", "Quadriceps"), ("Tricpes", "Triceps"), ("Hip Flexers", "Hip Flexors"),
        ("Calfs", "Calf"), ("Glutess", "Glutes"), ("Middle Bakc", "Middle Back"), ("Shoulder", "Shoulders"),
    ])
    func typosAreOffered(_ word: String, _ expected: String) {
        #expect(DidYouMean.best(for: word, in: Self.muscles, meaning: Self.meaning) == expected)
    }

    @Test func sharedWordsAreSetAside() {
        #expect(DidYouMean.differingParts("grip muscles", "core muscles") == ("grip", "core"))
        #expect(DidYouMean.differingParts("lower abs", "lower back") == ("abs", "back"))
        #expect(DidYouMean.differingParts("back", "lower back") == ("", "lower"))
        #expect(DidYouMean.differingParts("hamstrigns", "hamstrings") == ("hamstrigns", "hamstrings"))
    }
}
