import Foundation
import Testing

/// `formcheck fix --dry-run` prints a diff and changes nothing; `formcheck fix` and
/// `formcheck lint --fix` rewrite the page and report what is left.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct FixCLITests {
    static let broken = "# Steps page\n\n## Summary\n\nFine.\n\n## Steps\n\n1. One.\n3. Two.\n7. Three.\n"
    static let fixed = "# Steps page\n\n## Summary\n\nFine.\n\n## Steps\n\n1. One.\n2. Two.\n3. Three.\n"
    static let pack = """
        pack: test
        rules:
          - id: needs-summary
            check: sections
            required: [Summary]
          - id: steps
            check: list
            section: Steps
            sequential: true
        """

    func scratch() throws -> FormcheckProcess {
        let scratch = try FormcheckProcess(files: ["page.md": Self.broken])
        try scratch.write("pack.yml", Self.pack)
        return scratch
    }

    @Test func dryRunPrintsAPatchAndChangesNothing() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let run = try scratch.run(["fix", "--dry-run", "--rules", "pack.yml", "./page.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("--- page.md\n+++ page.md\n@@ "))
        #expect(run.stdout.contains("-3. Two.\n-7. Three.\n+2. Two.\n+3. Three.\n"))
        #expect(try scratch.read("page.md") == Self.broken)
        #expect(run.stderr.contains("fixed 2 findings in 1 file"))
    }

    @Test func fixRewritesThePage() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let run = try scratch.run(["fix", "--rules", "pack.yml", "page.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(try scratch.read("page.md") == Self.fixed)
        #expect(try scratch.run(["fix", "--rules", "pack.yml", "page.md"]).stderr.contains("fixed 0 findings"))
    }

    @Test func lintFixReportsWhatIsLeft() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        try scratch.write("other.md", "# Other\n\nNo summary.\n\n## Steps\n\n2. A.\n")
        let run = try scratch.run(["lint", "--fix", "--rules", "pack.yml", "page.md", "other.md"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("needs-summary"))
        #expect(!run.stdout.contains("[steps]") && !run.stdout.contains(" steps"), "\(run.stdout)")
        #expect(try scratch.read("page.md") == Self.fixed)
        #expect(try scratch.read("other.md") == "# Other\n\nNo summary.\n\n## Steps\n\n1. A.\n")
    }

    @Test func readOnlyFileIsReportedWithExitCode2() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let path = scratch.directory.appendingPathComponent("page.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let run = try scratch.run(["fix", "--rules", "pack.yml", "page.md"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("page.md: error: cannot write fixes: the file is read-only"))
        #expect(try scratch.read("page.md") == Self.broken)
    }

    @Test func lintFixRejectsStandardInput() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        #expect(try scratch.run(["lint", "--fix", "--rules", "pack.yml", "-"], stdin: Self.broken).status == 2)
    }
}
