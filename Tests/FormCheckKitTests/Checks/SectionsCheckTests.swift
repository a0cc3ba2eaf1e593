import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// `check: sections` — pass/fail examples with `↓` where each finding must point.
@Suite struct SectionsCheckTests {
    static let twoRequired = """
        id: sections
        check: sections
        required: [Quick answer, Pro tips]
        """

    @Test func requiredSectionsPresent() throws {
        try verifyRule(Self.twoRequired, pass: [
            "# Squat\n\n## Quick answer\n\nA squat.\n\n## Pro tips\n\n- Brace.\n",
            // Case and surrounding whitespace are forgiven.
            "# Squat\n\n##   quick ANSWER  \n\nA squat.\n\n## pro tips\n\n- Brace.\n",
        ])
    }

    @Test func missingSectionPointsAtNextRequiredOrTitle() throws {
        try verifyRule(Self.twoRequired, fail: [
            Failing("# ↓Squat\n\n## Quick answer\n\nA squat.\n", "missing required section 'Pro tips'"),
            Failing("# Squat\n\n↓## Pro tips\n\n- Brace.\n", "missing required section 'Quick answer'"),
        ])
    }

    @Test func nearMissIsAMisspellingNotOnlyMissing() throws {
        try verifyRule("""
            id: sections
            check: sections
            required: [Pro tips, Common mistakes]
            """, fail: [
            Failing("# Squat\n\n## ↓Pro Tip\n\n- Brace.\n\n## Common mistakes\n\n- Rounding.\n",
                    "section 'Pro Tip' looks like a misspelling of 'Pro tips'"),
            Failing("# Squat\n\n## Pro tips\n\n- Brace.\n\n## ↓Common Mistake\n\n- Rounding.\n",
                    "section 'Common Mistake' looks like a misspelling of 'Common mistakes'"),
        ])
    }

    @Test func strictOrder() throws {
        let rule = Self.twoRequired + "\norder: strict"
        try verifyRule(rule, pass: ["# Squat\n\n## Quick answer\n\nA.\n\n## Notes\n\nB.\n\n## Pro tips\n\n- C.\n"], fail: [
            Failing("# Squat\n\n## Pro tips\n\n- Brace.\n\n## ↓Quick answer\n\nA squat.\n",
                    "section 'Quick answer' should come before 'Pro tips'"),
        ])
        // `order: any` (the default) accepts the same page.
        try verifyRule(Self.twoRequired, pass: ["# Squat\n\n## Pro tips\n\n- Brace.\n\n## Quick answer\n\nA squat.\n"])
    }

    @Test func wrongHeadingLevel() throws {
        try verifyRule(Self.twoRequired, fail: [
            Failing("# Squat\n\n## Quick answer\n\nA squat.\n\n↓### Pro tips\n\n- Brace.\n",
                    "section 'Pro tips' is a level-3 heading; expected level 2"),
        ])
    }

    @Test func duplicateSection() throws {
        try verifyRule(Self.twoRequired, fail: [
            Failing("# Squat\n\n## Quick answer\n\nA.\n\n## Pro tips\n\n- B.\n\n## ↓Pro tips\n\n- C.\n",
                    "duplicate section 'Pro tips' (first on line 7)"),
        ])
    }

    @Test func emptyRequiredSection() throws {
        try verifyRule(Self.twoRequired, fail: [
            Failing("# Squat\n\n## ↓Quick answer\n\n## Pro tips\n\n- Brace.\n", "section 'Quick answer' is empty"),
        ])
        try verifyRule(Self.twoRequired + "\nempty: false", pass: ["# Squat\n\n## Quick answer\n\n## Pro tips\n\n- Brace.\n"])
    }

    @Test func titleExactlyOnce() throws {
        let rule = "id: title\ncheck: sections"
        try verifyRule(rule, pass: ["# Squat\n\nText.\n"], fail: [
            Failing("↓## Quick answer\n\nA squat.\n", "page has no title (a level-1 heading)"),
            Failing("# Squat\n\nText.\n\n# ↓Lunge\n\nMore.\n",
                    "second title 'Lunge'; a page has one level-1 heading (the first is on line 1)"),
        ])
        try verifyRule(rule + "\ntitle: false", pass: ["## Quick answer\n\nA squat.\n"])
    }

    @Test func allowExtra() throws {
        let rule = Self.twoRequired + "\nallow-extra: [Notes]"
        try verifyRule(rule, pass: ["# S\n\n## Quick answer\n\nA.\n\n## Notes\n\nB.\n\n## Pro tips\n\n- C.\n"], fail: [
            Failing("# S\n\n## Quick answer\n\nA.\n\n## ↓Trivia\n\nB.\n\n## Pro tips\n\n- C.\n",
                    "unexpected section 'Trivia'; expected one of: Quick answer, Pro tips, Notes"),
        ])
        try verifyRule(Self.twoRequired + "\nallow-extra: false", fail: [
            Failing("# S\n\n## Quick answer\n\nA.\n\n## Pro tips\n\n- C.\n\n## ↓Notes\n\nB.\n",
                    "unexpected section 'Notes'; expected one of: Quick answer, Pro tips"),
        ])
    }

    @Test func scopedSubsectionCounts() throws {
        let rule = "id: faq\ncheck: sections\nsection: FAQ\nmin: 2\nmax: 3"
        try verifyRule(rule, pass: [
            "# S\n\n## FAQ\n\n### Why?\n\nA.\n\n### How?\n\nB.\n",
            // No FAQ section: another rule reports it missing.
            "# S\n\n## Notes\n\nA.\n",
        ], fail: [
            Failing("# S\n\n## ↓FAQ\n\n### Why?\n\nA.\n", "section 'FAQ' has 1 subsection; expected at least 2"),
            Failing("# S\n\n## FAQ\n\n### A?\n\n1\n\n### B?\n\n2\n\n### C?\n\n3\n\n### ↓D?\n\n4\n",
                    "section 'FAQ' has 4 subsections; expected at most 3"),
        ])
    }

    @Test func scopedRequiredSubsection() throws {
        try verifyRule("id: faq\ncheck: sections\nsection: FAQ\nrequired: [Is it safe?]", fail: [
            Failing("# S\n\n## ↓FAQ\n\n### How often?\n\nDaily.\n", "missing subsection 'Is it safe?' in 'FAQ'"),
        ])
    }

    @Test func columnsCountScalarsAfterEmojiOnTheSameLine() throws {
        try verifyRule(Self.twoRequired, fail: [
            Failing("# 💪🏽 深蹲\n\n## Quick answer\n\nA.\n\n## Pro tips\n\n- B.\n\n# ↓🏋️‍♀️ Second\n",
                    "second title '🏋️‍♀️ Second'; a page has one level-1 heading (the first is on line 1)"),
        ], variants: [.plain, .crlf, .bom, .afterEmojiLine])
    }
}
