import Testing
@testable import FormCheckKit

/// Keeps this target buildable until the command-line tests arrive.
@Suite struct SmokeTests {
    @Test func libraryLinks() {
        #expect(SourceFile(path: "x", text: "a").lineCount == 1)
    }
}
