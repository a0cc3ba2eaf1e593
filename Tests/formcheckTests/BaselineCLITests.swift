import Foundation
import Testing

/// `formcheck baseline` and `lint --baseline`, with their exit codes.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct BaselineCLITests {
    @Test func baselineHidesRecordedFindingsOnly() throws {
        let cli = try FormcheckProcess(files: ["pages/bad.md": Pages.bad, "pages/good.md": Pages.good])
        defer { cli.remove() }
        let record = try cli.run(["baseline", "--rules", "pack.yml", "pages", "--output", "base.json"])
        #expect(record.status == 0)
        #expect(record.stderr.contains("Recorded 1 findings from 2 files in base.json."))
        #expect(try cli.read("base.json").contains(#""rule" : "needs-summary""#))

        // A line added above the finding does not resurface it.
        try cli.write("pages/bad.md", "# Bad\n\nAn added line.\n\nNo summary.\n")
        let clean = try cli.run(["lint", "--rules", "pack.yml", "--baseline", "base.json", "pages"])
        #expect(clean.status == 0)
        #expect(clean.stderr.contains("1 findings recorded in base.json not shown."))

        try cli.write("pages/new.md", Pages.bad)
        let fresh = try cli.run(["lint", "--rules", "pack.yml", "--baseline", "base.json", "pages"])
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("pages/new.md:1:3: error: missing required section 'Summary'"))
        #expect(!fresh.stdout.contains("pages/bad.md:"))
    }

    @Test func missingBaselineIsAUsageError() throws {
        let cli = try FormcheckProcess(files: ["bad.md": Pages.bad])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--baseline", "nope.json", "bad.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("nope.json: error: cannot read baseline: no such file"))
    }
}
