import Foundation
import Testing

/// `.formcheck.yml` `overrides:` per glob and `links:`, through the built binary.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct ConfigOverridesCLITests {
    @Test func overrideChangesRulesOnlyForMatchingFiles() throws {
        let cli = try FormcheckProcess(files: [
            ".formcheck.yml": """
                extends: [pack.yml]
                overrides:
                  - files: ["drafts/**"]
                    rules: { needs-summary: warning }
                  - files: ["archive/**"]
                    rules: { needs-summary: off }
                """,
            "pages/bad.md": Pages.bad, "drafts/bad.md": Pages.bad, "archive/bad.md": Pages.bad,
        ])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "pages", "drafts", "archive"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("pages/bad.md:1:3: error: missing required section 'Summary' [needs-summary]"))
        #expect(outcome.stdout.contains("drafts/bad.md:1:3: warning: missing required section 'Summary' [needs-summary]"))
        #expect(!outcome.stdout.contains("archive/bad.md:"))
        #expect(outcome.stdout.contains("Checked 3 files (1 clean)"))
        let draftsOnly = try cli.run(["lint", "drafts"])
        #expect(draftsOnly.status == 0)  // only a warning there
    }

    @Test func overrideWithAnUnknownRuleIsALocatedError() throws {
        let cli = try FormcheckProcess(files: [
            ".formcheck.yml": "extends: [pack.yml]\noverrides:\n  - files: [\"x/**\"]\n    rules: { needs-sumary: off }\n",
            "bad.md": Pages.bad,
        ])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "bad.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(".formcheck.yml:4:14: error: no rule 'needs-sumary' in pack 'test'; did you mean 'needs-summary'?"))
    }

    @Test func linksModeAndPerGlobLinkSkipping() throws {
        let page = "# P\n\n## Summary\n\nSee [missing](missing.md).\n"
        let cli = try FormcheckProcess(files: [
            "skip.yml": "extends: [pack.yml]\nlinks: { mode: skip }\n",
            "drafts.yml": "extends: [pack.yml]\noverrides:\n  - files: [\"drafts/**\"]\n    links: skip\n",
            "pages/p.md": page, "drafts/p.md": page,
        ])
        defer { cli.remove() }
        let offline = try cli.run(["lint", "--no-config", "--rules", "pack.yml", "pages", "drafts"])
        #expect(offline.stdout.contains("pages/p.md:5:5: error:"))
        #expect(offline.stdout.contains("drafts/p.md:5:5: error:"))
        let skipped = try cli.run(["lint", "--config", "skip.yml", "pages", "drafts"])
        #expect(skipped.status == 0)
        let forced = try cli.run(["lint", "--config", "skip.yml", "--links", "offline", "pages"])
        #expect(forced.status == 1)  // --links wins over the config
        let perGlob = try cli.run(["lint", "--config", "drafts.yml", "pages", "drafts"])
        #expect(perGlob.stdout.contains("pages/p.md:5:5: error:"))
        #expect(!perGlob.stdout.contains("drafts/p.md:5:5"))
    }

    @Test func anOverrideCannotTurnOnlineChecksOn() throws {
        let cli = try FormcheckProcess(files: [
            ".formcheck.yml": "extends: [pack.yml]\noverrides:\n  - files: [\"**\"]\n    links: online\n",
            "good.md": Pages.good,
        ])
        defer { cli.remove() }
        let outcome = try cli.run(["lint", "good.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(".formcheck.yml:4:12: error: expected 'skip' or 'offline' for an override's links"))
    }
}

/// `formcheck rules validate` and `formcheck rules schema`.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct RulesValidateAndSchemaCLITests {
    @Test func validateReportsEachFile() throws {
        let cli = try FormcheckProcess(files: [
            "broken.yml": "pack: b\nrules:\n  - id: a\n    check: sectoins\n",
            ".formcheck.yml": "extends: [pack.yml]\nrules: { needs-summary: info }\n",
        ])
        defer { cli.remove() }
        let good = try cli.run(["rules", "validate", "pack.yml", "exercise", ".formcheck.yml"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("pack.yml: valid pack 'test' (1 rules, 0 taxonomies)"))
        #expect(good.stdout.contains("exercise: valid pack 'exercise'"))
        #expect(good.stdout.contains(".formcheck.yml: valid config (1 rules from test)"))
        let bad = try cli.run(["rules", "validate", "pack.yml", "broken.yml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("broken.yml:4:12: error: unknown check kind 'sectoins'; did you mean 'sections'?"))
    }

    @Test func schemaIsJSONForPacksAndConfigs() throws {
        let cli = try FormcheckProcess()
        defer { cli.remove() }
        for kind in ["pack", "config"] {
            let outcome = try cli.run(["rules", "schema", kind])
            #expect(outcome.status == 0)
            let schema = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            #expect(schema?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
            #expect((schema?["properties"] as? [String: Any])?["rules"] != nil)
        }
    }
}
