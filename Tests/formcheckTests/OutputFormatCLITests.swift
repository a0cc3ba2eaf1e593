import Foundation
import Testing

/// `--format` (repeatable, FORMAT=FILE), `--output`, GitHub auto-selection, stdin.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct OutputFormatCLITests {
    @Test func formatEqualsFileWritesEachReport() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--format", "text", "--format", "sarif=out.sarif", "--format", "junit=out.xml", "bad.md"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("bad.md:1:3: error: missing required section 'Summary' [needs-summary]"))
        let sarif = try JSONSerialization.jsonObject(with: Data(try cli.read("out.sarif").utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        #expect(try cli.read("out.xml").contains(#"<testcase name="needs-summary" classname="bad.md">"#))
    }

    @Test func outputsPairWithFormatsByPosition() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--format", "markdown", "--format", "github", "--output", "-", "--output", "gh.txt", "bad.md"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("## FormCheck"))
        #expect(try cli.read("gh.txt").hasPrefix("::error file=bad.md,line=1,col=3,"))
    }

    @Test func mismatchedOutputsAreAUsageError() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--format", "json", "--format", "sarif", "--output", "x.json", "bad.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("1 --output values for 2 --format values"))
        let twoToStdout = try cli.run(["lint", "--rules", "pack.yml", "--format", "json", "--format", "sarif", "bad.md"])
        #expect(twoToStdout.status == 2)
        #expect(twoToStdout.stderr.contains("more than one format writes to standard output"))
    }

    @Test func githubFormatIsChosenOnGitHubActions() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let onActions = try cli.run(["lint", "--rules", "pack.yml", "bad.md"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(onActions.stdout.hasPrefix("::error file=bad.md,line=1,col=3,endLine=1,endColumn=6,title=needs-summary::"))
        let asked = try cli.run(["lint", "--rules", "pack.yml", "--format", "text", "bad.md"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(asked.stdout.hasPrefix("bad.md:1:3: error:"))
    }

    @Test func stdinIsLintedUnderItsFilename() throws {
        let cli = try FormcheckProcess()
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "-", "--stdin-filename", "content/x.md"], stdin: Pages.bad)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("content/x.md:1:3: error: missing required section 'Summary'"))
        let clean = try cli.run(["lint", "--rules", "pack.yml", "-"], stdin: Pages.good)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("Checked 1 file (1 clean)"))
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--format", "sarif=no/such/dir/out.sarif", "bad.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("cannot write sarif report to no/such/dir/out.sarif"))
    }
}
