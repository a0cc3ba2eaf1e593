import Foundation
import Testing

/// `fix` applies only safe fixes unless `--unsafe-fixes`; `--dry-run` prints the plan on
/// standard error and the diff on standard output; `lint` labels each fix's level.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct FixLevelsCLITests {
    static let broken = "# Steps page\n\n## Summary\n\nFine.\n\n- **Level:** Intermediat\n- **Tier:** novice\n\n## Steps\n\n1. One.\n3. Two.\n"
    static let pack = """
        pack: test
        taxonomy:
          level: [Beginner, Intermediate, Advanced]
          tier: [{ value: Starter, aliases: [Novice] }, Pro]
        fields:
          from: { section: Summary }
          names: [Level, Tier]
        rules:
          - { id: level, check: fields, field: Level, enum: level }
          - { id: tier, check: fields, field: Tier, enum: tier }
          - { id: steps, check: list, section: Steps, sequential: true }
        """

    func scratch() throws -> FormcheckProcess {
        let scratch = try FormcheckProcess(files: ["page.md": Self.broken])
        try scratch.write("pack.yml", Self.pack)
        return scratch
    }

    @Test func dryRunPlansSafeFixesAndLeavesTheUnsafeOne() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let run = try scratch.run(["fix", "--dry-run", "--rules", "pack.yml", "page.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            --- page.md
            +++ page.md
            @@ -5,9 +5,9 @@
             Fine.
             
             - **Level:** Intermediat
            -- **Tier:** novice
            +- **Tier:** Starter
             
             ## Steps
             
             1. One.
            -3. Two.
            +2. Two.

            """)
        #expect(run.stderr == """
            plan: 2 fixes to 1 page (2 safe, 0 unsafe: --unsafe-fixes not given)
            by rule:
              level: 1 unsafe not applied
              steps: 1 safe
              tier: 1 safe
            pages touched:
              page.md: 2 fixes
            fixed 2 findings in 1 file (2 safe, 0 unsafe); left: 1 unsafe fix (--unsafe-fixes applies them)

            """)
        #expect(try scratch.read("page.md") == Self.broken)
    }

    @Test func unsafeFixesAppliesTheNearMiss() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let plan = try scratch.run(["fix", "--dry-run", "--unsafe-fixes", "--rules", "pack.yml", "page.md"])
        #expect(plan.stdout.contains("\n-- **Level:** Intermediat\n-- **Tier:** novice\n+- **Level:** Intermediate\n+- **Tier:** Starter\n"))
        #expect(plan.stderr.hasPrefix("plan: 3 fixes to 1 page (2 safe, 1 unsafe)\nby rule:\n  level: 1 unsafe\n"), "\(plan.stderr)")
        let run = try scratch.run(["fix", "--unsafe-fixes", "--rules", "pack.yml", "page.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try scratch.read("page.md") == Self.broken
            .replacingOccurrences(of: "Intermediat\n", with: "Intermediate\n")
            .replacingOccurrences(of: "novice", with: "Starter").replacingOccurrences(of: "3. Two.", with: "2. Two."))
    }

    @Test func lintLabelsEachLevelAndFixAppliesOnlySafe() throws {
        let scratch = try scratch()
        defer { scratch.remove() }
        let lint = try scratch.run(["lint", "--rules", "pack.yml", "page.md"])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("\n   unsafe fix: replace \"Intermediat\" with \"Intermediate\"\n"), "\(lint.stdout)")
        #expect(lint.stdout.contains("\n   fix: replace \"novice\" with \"Starter\"\n"))
        #expect(lint.stdout.hasSuffix("2 errors, 1 warning. 2 fixable with `formcheck fix`, 1 with --unsafe-fixes.\n"), "\(lint.stdout)")

        let json = try scratch.run(["lint", "--format", "json", "--rules", "pack.yml", "page.md"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 2)
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["level", "tier", "steps"])
        #expect(findings.map { $0["applicability"] as? String } == ["unsafe", "safe", "safe"])

        let fixed = try scratch.run(["lint", "--fix", "--rules", "pack.yml", "page.md"])
        #expect(fixed.status == 1)
        #expect(fixed.stdout.contains("Level \"Intermediat\" is not an allowed value; did you mean \"Intermediate\"? [level]"))
        #expect(try scratch.read("page.md").contains("- **Level:** Intermediat\n- **Tier:** Starter\n"))
        #expect(try scratch.run(["lint", "--unsafe-fixes", "--rules", "pack.yml", "page.md"]).status == 2)
    }
}
