import Foundation
import Testing

/// Adopting FormCheck on a catalog laid out like the seed site's (`exercise/` and `exercises/`
/// folders next to each other): built-in names, baselines, statistics, honest summaries.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct AdoptionCLITests {
    /// A catalog whose folder names collide with the built-in pack's name.
    static func catalog(_ extra: [String: String] = [:]) throws -> FormcheckProcess {
        var files = ["exercise/one.md": Pages.good, "exercises/two.md": Pages.bad]
        files.merge(extra) { $1 }
        return try FormcheckProcess(files: files)
    }

    @Test func bareNameIsTheBuiltinPackEvenBesideAFolderOfThatName() throws {
        let cli = try Self.catalog([".formcheck.yml": "extends: [exercise]\n"])
        defer { cli.remove() }
        let validate = try cli.run(["rules", "validate", ".formcheck.yml"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains(".formcheck.yml: valid config"))
        #expect(validate.stdout.contains("from exercise)"))
        let lint = try cli.run(["lint", "exercise"])
        #expect(lint.status != 2, "\(lint.stderr)")
        let option = try cli.run(["lint", "--no-config", "--rules", "exercise", "exercises"])
        #expect(option.status != 2, "\(option.stderr)")
    }

    @Test func aDirectoryIsNeverAPack() throws {
        let cli = try Self.catalog([".formcheck.yml": "fail-level: error\nextends: [pack.yml, exercises/]\n"])
        defer { cli.remove() }
        let lint = try cli.run(["lint", "exercise"])
        #expect(lint.status == 2)
        #expect(lint.stderr.contains(".formcheck.yml:2:21: error: '"), "\(lint.stderr)")
        #expect(lint.stderr.contains("exercises/' is a directory, not a rule pack; name a pack file (.yml) or a built-in pack (built-in packs: comparison, exercise, listing)"))

        let option = try cli.run(["lint", "--no-config", "--rules", "exercises/", "exercise"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("'exercises/' is a directory, not a rule pack"), "\(option.stderr)")
        #expect(option.stderr.contains("built-in packs: comparison, exercise, listing"))

        let unknown = try cli.run(["lint", "--no-config", "--rules", "exercises", "exercise"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown built-in rule pack 'exercises'; built-in packs: comparison, exercise, listing"), "\(unknown.stderr)")
    }

    @Test func aBaselineAbsorbsTodaysBrokenLinksOnly() throws {
        let page = Pages.good + "\nSee [one](missing-one.md).\n"
        let cli = try Self.catalog(["exercises/two.md": page, ".formcheck.yml": "extends: [pack.yml]\n"])
        defer { cli.remove() }
        let before = try cli.run(["lint", "exercise", "exercises"])
        #expect(before.status == 1)
        #expect(before.stdout.contains("link to 'missing-one.md' does not work"), "\(before.stdout)")

        let record = try cli.run(["baseline", "exercise", "exercises", "--output", "base.json"])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stderr.contains("Recorded 1 findings from 2 files in base.json."), "\(record.stderr)")
        #expect(try cli.read("base.json").contains(#""rule" : "links/broken""#))
        let adopted = try cli.run(["lint", "--baseline", "base.json", "exercise", "exercises"])
        #expect(adopted.status == 0, "\(adopted.stdout)")

        try cli.write("exercises/two.md", page + "\nAnd [two](missing-two.md).\n")
        let fresh = try cli.run(["lint", "--baseline", "base.json", "exercise", "exercises"])
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("exercises/two.md:9:5: error: link to 'missing-two.md' does not work"), "\(fresh.stdout)")
        #expect(!fresh.stdout.contains("missing-one.md"))
    }

    /// Two pages with a safe, an unsafe and a fixless finding each, one with a broken link.
    static func fixLevelsCatalog() throws -> FormcheckProcess {
        let cli = try FormcheckProcess(files: [
            "exercise/one.md": FixLevelsCLITests.broken,
            "exercises/two.md": FixLevelsCLITests.broken + "\nSee [gone](gone.md).\n",
        ])
        try cli.write("pack.yml", FixLevelsCLITests.pack)
        return cli
    }

    @Test func statisticsShowTheShapeAndExitAsLintWould() throws {
        let cli = try Self.fixLevelsCatalog()
        defer { cli.remove() }
        let lint = try cli.run(["lint", "--rules", "pack.yml", "exercise", "exercises"])
        let stats = try cli.run(["lint", "--statistics", "--rules", "pack.yml", "exercise", "exercises"])
        #expect(stats.status == 1)
        #expect(stats.status == lint.status)
        #expect(stats.stdout == """
            count  pages  safe  unsafe  suggestion  severity  rule
                2      2     0       2           0  error     level
                2      2     2       0           0  error     steps
                2      2     2       0           0  warning   tier
                1      1     0       0           0  error     links/broken

            7 findings from 4 rules in 2 of 2 files; 4 fixable with `formcheck fix`, 2 more with --unsafe-fixes.

            """, "\(stats.stdout)")
        #expect(!stats.stdout.contains(".md:"))

        let passing = try cli.run(["lint", "--statistics", "--fail-level", "never", "--rules", "pack.yml", "exercise"])
        #expect(passing.status == 0)
        #expect(passing.stdout.hasSuffix("3 findings from 3 rules in 1 of 1 files; 2 fixable with `formcheck fix`, 1 more with --unsafe-fixes.\n"))

        let both = try cli.run(["lint", "--statistics", "--format", "json", "--rules", "pack.yml", "exercise"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("--statistics prints a table instead of the reports"))
    }

    @Test func skippedLinksAreReportedAsNotChecked() throws {
        let cli = try Self.fixLevelsCatalog()
        defer { cli.remove() }
        let checked = try cli.run(["lint", "--rules", "pack.yml", "exercises"])
        #expect(!checked.stdout.contains("Links not checked"))
        let skipped = try cli.run(["lint", "--links", "skip", "--rules", "pack.yml", "exercises"])
        #expect(skipped.stdout.hasSuffix("Links not checked.\n"), "\(skipped.stdout)")
        #expect(!skipped.stdout.contains("links/broken"))

        let json = try cli.run(["lint", "--links", "skip", "--format", "json", "--rules", "pack.yml", "exercises"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["summary"] as? [String: Any]
        #expect(summary?["linksChecked"] as? Bool == false)
        let checkedJSON = try cli.run(["lint", "--format", "json", "--rules", "pack.yml", "exercises"])
        #expect(checkedJSON.stdout.contains(#""linksChecked" : true"#))

        let stats = try cli.run(["lint", "--statistics", "--links", "skip", "--rules", "pack.yml", "exercises"])
        #expect(stats.stdout.hasSuffix("; links not checked.\n"), "\(stats.stdout)")

        let report = try cli.run(["report", "--links", "skip", "--format", "markdown", "--rules", "pack.yml", "exercises"])
        #expect(report.stdout.contains("1 unique links; links not checked (`--links skip`)."), "\(report.stdout)")
        #expect(!report.stdout.contains("not working"))
    }

    /// A page with the built-in pack's sections and fields.
    static let packPage = """
        # Squat

        ## Quick answer

        A squat.

        - **Body Part:** Legs
        - **Equipment:** Body Weight
        - **Target Muscle:** Quadriceps
        - **Secondary Muscles:** Glutes
        - **Difficulty:** Beginner
        - **Category:** Strength

        ## How to perform

        1. Stand.

        ## Pro tips

        - Brace.

        ## Common mistakes

        - Rounding.

        ## FAQ

        ### Is it hard?

        No.

        ## Related exercises

        - [More Legs Exercises](https://forgetrainer.ai/exercises/legs)

        """

    @Test func initIncludesTheFoldersWhosePagesMatchThePack() throws {
        let cli = try FormcheckProcess(files: [
            "exercise/squat.md": Self.packPage, "exercises/lunge.md": Self.packPage, "notes/readme.md": Pages.good,
        ])
        defer { cli.remove() }
        let run = try cli.run(["init"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Wrote .formcheck.yml with include: exercise/*, exercises/*."))
        let config = try cli.read(".formcheck.yml")
        #expect(config.contains("\ninclude: [\"exercise/*\", \"exercises/*\"]\n"), "\(config)")
        #expect(config.contains("extends: [exercise]"))
        let lint = try cli.run(["lint"])
        #expect(lint.status != 2, "\(lint.stderr)")
        #expect(lint.stdout.contains("Checked 2 files"), "\(lint.stdout)")
        #expect(!lint.stdout.contains("notes/"))

        let again = try cli.run(["init"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists; use --force to overwrite it"))
        #expect(try cli.run(["init", "--force"]).status == 0)
    }
}
