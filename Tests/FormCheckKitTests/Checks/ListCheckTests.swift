import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// `check: list` — pass/fail examples with `↓` where each finding must point.
@Suite struct ListCheckTests {
    static func steps(_ body: String) -> String { "# Squat\n\n## Steps\n\n" + body }

    @Test func numberedOrBulleted() throws {
        try verifyRule("id: l\ncheck: list\nsection: Steps\nordered: true", pass: [Self.steps("1. Stand.\n2. Squat.\n")], fail: [
            Failing(Self.steps("↓- Stand.\n- Squat.\n"), "the list in 'Steps' should be numbered, not bulleted"),
            Failing("# Squat\n\n## ↓Steps\n\nJust stand.\n", "section 'Steps' has no list"),
        ])
        try verifyRule("id: l\ncheck: list\nsection: Steps\nordered: false", pass: [Self.steps("* Stand.\n* Squat.\n")], fail: [
            Failing(Self.steps("↓1. Stand.\n2. Squat.\n"), "the list in 'Steps' should be bulleted, not numbered"),
        ])
    }

    @Test func itemCountBounds() throws {
        try verifyRule("id: l\ncheck: list\nsection: Steps\nmin: 2\nmax: 3", pass: [
            Self.steps("- A.\n- B.\n"),
            // No such section: another rule reports it missing.
            "# Squat\n\n## Other\n\n- A.\n",
        ], fail: [
            Failing("# Squat\n\n## ↓Steps\n\n- A.\n", "section 'Steps' lists 1 item; expected at least 2"),
            Failing(Self.steps("- A.\n- B.\n- C.\n↓- D.\n- E.\n"), "section 'Steps' lists 5 items; expected at most 3"),
        ])
    }

    @Test func sequentialNumbering() throws {
        try verifyRule("id: l\ncheck: list\nsection: Steps\nsequential: true", pass: [
            Self.steps("1. A.\n2. B.\n3. C.\n"),
            Self.steps("1) A.\n2) B.\n3) C.\n"),
            // A bulleted list has no numbers to check.
            Self.steps("- A.\n- B.\n"),
        ], fail: [
            Failing(Self.steps("1. A.\n2. B.\n↓4. C.\n"), "item numbered 4; expected 3"),
            Failing(Self.steps("1) A.\n2) B.\n↓5) C.\n"), "item numbered 5; expected 3"),
            Failing(Self.steps("↓0. A.\n↓1. B.\n"), "item numbered 0; expected 1", "item numbered 1; expected 2"),
            // Items under a multi-byte line: the marker column is still 1.
            Failing(Self.steps("1. 脚を上げる 💪🏽.\n↓3. B.\n"), "item numbered 3; expected 2"),
        ])
    }

    @Test func emptyItems() throws {
        try verifyRule("id: l\ncheck: list\nsection: Steps", pass: [Self.steps("- A.\n- B.\n")], fail: [
            Failing(Self.steps("- A.\n↓-\n- C.\n"), "empty list item in 'Steps'"),
        ])
        try verifyRule("id: l\ncheck: list\nsection: Steps\nempty-items: false", pass: [Self.steps("- A.\n-\n- C.\n")])
    }

    @Test func onlyTheFirstListOfTheSectionCounts() throws {
        try verifyRule("id: l\ncheck: list\nsection: Steps\nordered: true", pass: [Self.steps("1. A.\n\nThen:\n\n- note\n")])
    }
}
