import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// `check: text` — pass/fail examples with `↓` where each finding must point.
@Suite struct TextCheckTests {
    @Test func forbidWholeWordsIgnoringCase() throws {
        try verifyRule("id: t\ncheck: text\nforbid: [very, just]", pass: [
            "# Squat\n\nEvery rep counts; adjust the weight.\n",
            // Code blocks are not prose (code *spans* still are: see docs/rules.md).
            "# Squat\n\n    very indented code\n",
        ], fail: [
            Failing("# Squat\n\nSquat ↓very slowly.\n", "avoid 'very'"),
            Failing("# Squat\n\n## Tips\n\n- ↓Just **↓very** slowly.\n", "avoid 'Just'", "avoid 'very'"),
            // Columns count Unicode scalars: emoji (two scalars) and CJK before the word.
            Failing("# Squat\n\nLift 💪🏽 深蹲 ↓very fast.\n", "avoid 'very'"),
            // A paragraph wrapped over two lines: the finding is on the second line.
            Failing("# Squat\n\nSquat down and\nhold it ↓very still.\n", "avoid 'very'"),
        ])
    }

    @Test func swapSuggestsTheReplacement() throws {
        try verifyRule("id: t\ncheck: text\nswap: { utilize: use, 'in order to': to }", pass: ["# S\n\nUse the bar.\n"], fail: [
            Failing("# S\n\n↓Utilize the bar ↓in order to squat.\n", "use 'use' instead of 'Utilize'", "use 'to' instead of 'in order to'"),
            Failing("# S\n\nHold [↓utilize](https://example.com) here.\n", "use 'use' instead of 'utilize'"),
        ])
    }

    @Test func regex() throws {
        try verifyRule(#"id: t\#ncheck: text\#nforbid: ['/[0-9]+ ?reps/']"#, pass: ["# S\n\nDo ten reps.\n"], fail: [
            Failing("# S\n\nDo ↓10 reps, then ↓12reps.\n", "avoid '10 reps'", "avoid '12reps'"),
        ])
        try verifyRule("id: t\ncheck: text\nforbid: [Squat]\nignore-case: false", pass: ["# S\n\nsquat low.\n"], fail: [
            Failing("# S\n\n↓Squat low.\n", "avoid 'Squat'"),
        ])
    }

    @Test func scopedToASection() throws {
        try verifyRule("id: t\ncheck: text\nsection: Tips\nforbid: [very]", pass: ["# S\n\nvery\n\n## Other\n\nvery\n"], fail: [
            Failing("# S\n\nvery\n\n## Tips\n\n> ↓Very good.\n\n### Deeper\n\nA ↓very deep tip.\n", "avoid 'Very'", "avoid 'very'"),
        ])
    }

    @Test func requireWords() throws {
        try verifyRule("id: t\ncheck: text\nsection: Tips\nrequire: [breathe]", pass: [
            "# S\n\n## Tips\n\n- Breathe out as you rise.\n",
            "# S\n\n## Other\n\nNothing.\n",
        ], fail: [
            Failing("# S\n\n## ↓Tips\n\n- Brace.\n", "section 'Tips' must mention 'breathe'"),
        ])
        try verifyRule("id: t\ncheck: text\nrequire: [breathe]", fail: [
            Failing("# ↓S\n\nBrace.\n", "the page must mention 'breathe'"),
            Failing("↓Brace.\n", "the page must mention 'breathe'"),
        ])
    }

    @Test func wordCountBounds() throws {
        try verifyRule("id: t\ncheck: text\nsection: Summary\nmin-words: 3\nmax-words: 5", pass: [
            "# S\n\n## Summary\n\nOne two — three.\n",
        ], fail: [
            Failing("# S\n\n## ↓Summary\n\nOne two.\n", "section 'Summary' has 2 words; expected at least 3"),
            Failing("# S\n\n## ↓Summary\n\nOne two three\n\n- four five six\n", "section 'Summary' has 6 words; expected at most 5"),
        ])
    }
}
