import Foundation
import Testing

/// `.formcheck.yml` discovery and effects, `--config`, `--no-config`, and `formcheck init`.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct ProjectConfigCLITests {
    static let config = """
        extends: [pack.yml]
        exclude: ["drafts/**"]
        fail-level: never
        """

    @Test func configIsFoundAboveTheWorkingDirectoryAndApplied() throws {
        let cli = try FormcheckProcess(files: [
            ".formcheck.yml": Self.config, "sub/bad.md": Pages.bad, "drafts/bad.md": Pages.bad,
        ])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "sub", "drafts"])
        #expect(outcome.status == 0)  // fail-level: never
        #expect(outcome.stdout.contains("sub/bad.md:1:3: error: missing required section 'Summary' [needs-summary]"))
        #expect(!outcome.stdout.contains("drafts/"))
        let strict = try cli.run(["lint", "--fail-level", "error", "sub"])
        #expect(strict.status == 1)
        let ignored = try cli.run(["lint", "--no-config", "--rules", "pack.yml", "drafts"])
        #expect(ignored.status == 1)
    }

    @Test func ruleOverridesAndTheirErrors() throws {
        let cli = try FormcheckProcess(files: [
            "off.yml": "extends: [pack.yml]\nrules:\n  needs-summary: off\n",
            "typo.yml": "extends: [pack.yml]\nrules:\n  needs-sumary: info\n",
            "bad.md": Pages.bad,
        ])
        defer { cli.remove() }
        let off = try cli.run(["lint", "--config", "off.yml", "bad.md"])
        #expect(off.status == 0)
        #expect(off.stdout.contains("Checked 1 file (1 clean)"))
        let typo = try cli.run(["lint", "--config", "typo.yml", "bad.md"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("typo.yml:3:3: error: no rule 'needs-sumary' in pack 'test'; did you mean 'needs-summary'?"))
    }

    @Test func initWritesAStarterThatLoads() throws {
        let cli = try FormcheckProcess(files: ["good.md": Pages.good])
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        #expect(try cli.read(".formcheck.yml").contains("extends: [exercise]"))
        let again = try cli.run(["init"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        // The starter is valid: linting with it runs the built-in pack (exit 0 or 1, never 2).
        let lint = try cli.run(["lint", "good.md"])
        #expect(lint.status != 2, "\(lint.stderr)")
    }
}
