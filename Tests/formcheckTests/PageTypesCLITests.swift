import Foundation
import Testing

/// `types:` in the configuration: each page linted with its type's packs, pages of no type
/// (and pages `include`/`exclude` leave out) skipped and counted, never linted.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct PageTypesCLITests {
    /// A second pack: pages need a `## Items` section.
    static let listPack = """
        pack: list
        rules:
          - id: needs-items
            check: sections
            description: Lists have items.
            required: [Items]
        """

    static let config = """
        exclude: ["drafts/**"]
        types:
          - name: article
            files: ["articles/*.md"]
            extends: [pack.yml]
          - name: list
            files: ["lists/**/*.md"]
            extends: [list.yml]
        """

    func process(config: String = Self.config) throws -> FormcheckProcess {
        try FormcheckProcess(files: [
            ".formcheck.yml": config, "list.yml": Self.listPack,
            "articles/bad.md": Pages.bad, "articles/good.md": Pages.good,
            "lists/a/list.md": "# List\n\n## Summary\n\nNo items.\n",
            "notes/todo.md": Pages.bad, "drafts/bad.md": Pages.bad,
        ])
    }

    @Test func eachTypeHasItsPacksAndOtherPagesAreSkipped() throws {
        let cli = try process()
        defer { cli.remove() }
        let text = try cli.run(["lint", "."])
        #expect(text.status == 1)
        let headlines = text.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headlines == [
            "./articles/bad.md:1:3: error: missing required section 'Summary' [needs-summary]",
            "./lists/a/list.md:1:3: error: missing required section 'Items' [needs-items]",
        ])
        #expect(text.stdout.contains("Checked 3 files (1 clean), 2 skipped, in "))

        let json = try cli.run(["lint", "--format", "json", "."])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 3)
        #expect(summary?["skipped"] as? Int == 2)

        let statistics = try cli.run(["lint", "--statistics", "."])
        #expect(statistics.stdout.contains("2 findings from 2 rules in 2 of 3 files (2 skipped);"))

        // Named explicitly, a page of no type is still skipped, never linted with another pack.
        let named = try cli.run(["lint", "notes/todo.md"])
        #expect(named.status == 0)
        #expect(named.stdout.contains("Checked 0 files (0 clean), 1 skipped, in "))
        let stdin = try cli.run(["lint", "-", "--stdin-filename", "notes/x.md"], stdin: Pages.bad)
        #expect(stdin.status == 0)
        #expect(stdin.stdout.contains("1 skipped"))
        let typedStdin = try cli.run(["lint", "-", "--stdin-filename", "lists/x.md"], stdin: Pages.bad)
        #expect(typedStdin.stdout.contains("lists/x.md:1:3: error: missing required section 'Items' [needs-items]"))
    }

    @Test func rulesApplyOnTopOfEveryTypeAndRulesFlagReplacesThePacks() throws {
        let cli = try process(config: Self.config + "\nrules:\n  needs-items: off\n")
        defer { cli.remove() }
        let lint = try cli.run(["lint", "."])
        #expect(lint.stdout.contains("[needs-summary]"))
        #expect(!lint.stdout.contains("[needs-items]"))
        // --rules replaces the packs of every type: the list page now needs a Summary, which it has.
        let plain = try process()
        defer { plain.remove() }
        let replaced = try plain.run(["lint", "--rules", "pack.yml", "lists", "articles"])
        #expect(replaced.stdout.contains("articles/bad.md:1:3: error: missing required section 'Summary' [needs-summary]"))
        #expect(!replaced.stdout.contains("lists/a/list.md:"))
        #expect(replaced.stdout.contains("Checked 3 files (2 clean)"))

        let typo = try process(config: Self.config + "\nrules:\n  needs-itmes: off\n")
        defer { typo.remove() }
        let failed = try typo.run(["lint", "."])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains(
            ".formcheck.yml:10:3: error: no rule 'needs-itmes' in the packs of any page type (test, list); did you mean 'needs-items'?"))
    }

    @Test func validateLoadsEveryType() throws {
        let cli = try process(config: Self.config + "\nrules:\n  needs-items: off\n")
        defer { cli.remove() }
        let valid = try cli.run(["rules", "validate", ".formcheck.yml"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout == ".formcheck.yml: valid config (article: 1 rules from test; list: 0 rules from list)\n")
        let typo = try process(config: Self.config + "\nrules:\n  needs-itmes: off\n")
        defer { typo.remove() }
        let invalid = try typo.run(["rules", "validate", ".formcheck.yml"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("no rule 'needs-itmes' in the packs of any page type"))
    }

    @Test func overridesByGlobApplyWithinATypeAndTheReportGroupsByType() throws {
        let cli = try process(config: Self.config + "\noverrides:\n  - files: [\"lists/**\"]\n    rules: { needs-items: warning, needs-summary: off }\n")
        defer { cli.remove() }
        let lint = try cli.run(["lint", "."])
        #expect(lint.stdout.contains("./lists/a/list.md:1:3: warning: missing required section 'Items' [needs-items]"))
        let report = try cli.run(["report", "--format", "json", "--output", "report.json", "."])
        #expect(report.status == 0, "\(report.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(try cli.read("report.json").utf8)) as? [String: Any]
        let groups = object?["groups"] as? [[String: Any]]
        #expect(groups?.first?["field"] as? String == "Page type")
        let values = (groups?.first?["values"] as? [[String: Any]])?.map { "\($0["value"] ?? "") \($0["pages"] ?? "")" }
        #expect(values == ["article 2", "list 1"])
        #expect((object?["summary"] as? [String: Any])?["skipped"] as? Int == 2)
    }
}

/// `formcheck init` in a folder with pages of several kinds writes a type per built-in pack.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct InitTypesCLITests {
    @Test func initWritesATypePerKindOfFolder() throws {
        let catalog = FormCheckBinary.root.appendingPathComponent("Samples/catalog")
        func page(_ path: String) throws -> String { try String(contentsOf: catalog.appendingPathComponent(path), encoding: .utf8) }
        let cli = try FormcheckProcess(files: [
            "content/squat.md": try page("exercises/barbell-back-squat.md"),
            "content/curl.md": try page("exercises/dumbbell-bicep-curl.md"),
            "lists/quads.md": try page("listings/quads.md"),
            "vs/a-vs-b.md": try page("compare/barbell-back-squat-vs-goblet-squat.md"),
            "notes/readme.md": "# Notes\n\nNothing here.\n",
        ])
        defer { cli.remove() }
        try FileManager.default.removeItem(at: cli.directory.appendingPathComponent("pack.yml"))
        let run = try cli.run(["init"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Wrote .formcheck.yml with types: comparison (vs/*); exercise (content/*); listing (lists/*)."))
        let written = try cli.read(".formcheck.yml")
        #expect(written.contains("types:\n  - name: comparison\n    files: [\"vs/*\"]\n    extends: [comparison]\n"))
        // The written configuration loads, and the notes page (no type) is skipped.
        let lint = try cli.run(["lint", "."])
        #expect(lint.status != 2, "\(lint.stderr)")
        #expect(lint.stdout.contains("1 skipped"))
    }
}
