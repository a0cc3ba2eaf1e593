import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct PackIncludeCycleTests {
    /// `a/p.yml` includes `../a/q.yml`, which includes `../a/p.yml`: the same two files spelled
    /// with `..`. Before paths were normalised lexically this recursed without end.
    @Test(.timeLimit(.minutes(1))) func cycleSpelledWithDotDotIsReported() throws {
        let fixture = try LinkFixture()
        try fixture.write("a/p.yml", "pack: p\ninclude: ../a/q.yml\n")
        try fixture.write("a/q.yml", "include: ../a/p.yml\n")
        let error = #expect(throws: PackLoadError.self) { try PackLoader.load(.file(fixture.path("a/p.yml"))) }
        #expect(error?.errors.map(\.message).contains { $0.hasPrefix("include cycle: ") } == true)
    }

    @Test func lexicalNormalisation() {
        #expect(LexicalPath.normalized("a/./b/../c.md") == "a/c.md")
        #expect(LexicalPath.normalized("../x/../y") == "../y")
        #expect(LexicalPath.normalized("/a/../../b") == "/b")
        #expect(LexicalPath.normalized("./") == ".")
    }
}
