import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// `when:` — a rule runs only on pages whose fields meet the condition.
@Suite struct ConditionTests {
    static let header = "fields:\n  from: { section: Quick answer }\n  names: [Level, Muscles, Tempo]"

    static func page(_ fields: String...) -> String {
        "# Squat\n\n## Quick answer\n\n" + fields.map { "- " + $0 + "\n" }.joined() + "\n## Notes\n\nGo ↓heavy.\n"
    }

    func verify(_ when: String, holds: [String], fails: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try verifyRule(
            "id: t\ncheck: text\nsection: Notes\nforbid: [heavy]\nwhen: " + when, header: Self.header,
            pass: fails.map { MarkedText($0).text }, fail: holds.map { Failing($0, "avoid 'heavy'") },
            variants: [.plain, .crlf], sourceLocation: sourceLocation)
    }

    @Test func equals() throws {
        try verify("{ field: Level, equals: beginner }",
                   holds: [Self.page("**Level:** Beginner")], fails: [Self.page("**Level:** Advanced"), Self.page()])
    }

    @Test func inList() throws {
        try verify("{ field: Level, in: [Beginner, Intermediate] }",
                   holds: [Self.page("**Level:** Intermediate")], fails: [Self.page("**Level:** Advanced")])
    }

    @Test func equalsMatchesAnyValueOfAMultiValuedField() throws {
        try verify("{ field: Muscles, equals: Glutes }",
                   holds: [Self.page("**Muscles:** Calves, Glutes")], fails: [Self.page("**Muscles:** Calves")])
    }

    @Test func not() throws {
        try verify("{ field: Muscles, not: { equals: None } }",
                   holds: [Self.page("**Muscles:** Glutes")], fails: [Self.page("**Muscles:** None")])
    }

    @Test func present() throws {
        try verify("{ field: Tempo, present: true }", holds: [Self.page("**Tempo:** 3-1-1")], fails: [Self.page(), Self.page("**Tempo:**")])
        try verify("{ field: Tempo, present: false }", holds: [Self.page()], fails: [Self.page("**Tempo:** 3-1-1")])
    }

    @Test func matches() throws {
        try verify("{ field: Tempo, matches: '^[0-9]-[0-9]-[0-9]$' }",
                   holds: [Self.page("**Tempo:** 3-1-1")], fails: [Self.page("**Tempo:** slow")])
    }

    @Test func allAndAny() throws {
        try verify("{ all: [ { field: Level, equals: Beginner }, { field: Tempo, present: true } ] }",
                   holds: [Self.page("**Level:** Beginner", "**Tempo:** 3-1-1")],
                   fails: [Self.page("**Level:** Beginner"), Self.page("**Tempo:** 3-1-1")])
        try verify("{ any: [ { field: Level, equals: Beginner }, { field: Tempo, present: true } ] }",
                   holds: [Self.page("**Level:** Beginner"), Self.page("**Tempo:** 3-1-1")],
                   fails: [Self.page("**Level:** Advanced")])
    }
}
