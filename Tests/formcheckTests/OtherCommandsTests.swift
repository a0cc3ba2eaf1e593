import FormCheckKit
import Foundation
import Testing

/// `--version`, `rules list`, `rules explain` and `dump`, run as a process.
@Suite struct OtherCommandsTests {
    typealias Binary = FormCheckBinary

    @Test func versionPrintsTheVersionAndTheCommitOfTheBuild() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let match = try #require(
            line.wholeMatch(of: /(\d+\.\d+\.\d+) \(commit ([0-9a-f]{12}(?:-dirty)?|unknown)\)/),
            "\(line) is not VERSION (commit HASH)")
        #expect(match.1 == FormCheckVersion.current)
        // The binary was built from this checkout, so it names its HEAD (a copy without
        // .git, where git has no HEAD to give, says "unknown").
        let head = try Self.gitHead()
        #expect(match.2.hasPrefix(head ?? "unknown"), "built from \(head ?? "no git checkout")")
    }

    /// `git rev-parse --short=12 HEAD` at the repository root, nil where that fails or the
    /// root is no repository of its own.
    static func gitHead() throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", Binary.root.path, "rev-parse", "--show-toplevel", "--short=12", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        process.waitUntilExit()
        guard process.terminationStatus == 0, lines.count == 2,
            URL(fileURLWithPath: lines[0]).resolvingSymlinksInPath() == Binary.root.resolvingSymlinksInPath()
        else { return nil }
        return lines[1]
    }

    @Test func rulesListShowsEveryRule() throws {
        let run = try Binary.run(["rules", "list"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("exercise: ") == true)
        for id in ["required-sections", "required-fields", "difficulty-value", "steps", "tips", "faq-questions"] {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(id + " ") }, "\(id) not listed")
        }
    }

    @Test func rulesExplainShowsExamplesWithTheirFindings() throws {
        let run = try Binary.run(["rules", "explain", "steps"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("steps  (list, error)\n"))
        #expect(run.stdout.contains("Example that fails:"))
        #expect(run.stdout.contains("    4. Stand up."))
        #expect(run.stdout.contains("→ 5:1: item numbered 4; expected 3"))
        #expect(run.stdout.contains("Example that passes:"))
        #expect(run.stdout.contains("→ no finding"))
    }

    @Test func rulesExplainShowsAClaimRulesCues() throws {
        let run = try Binary.run(["rules", "explain", "claim-difficulty", "--no-config"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("claims Difficulty (values of taxonomy 'difficulty')\n"))
        #expect(run.stdout.contains("\ncues:\n  \"rated as {{value}}\"\n"))
        #expect(run.stdout.contains("  \"{{value}}-level\"\n"))
        #expect(run.stdout.contains("→ 16:38: \"rated as an advanced-level\" claims Difficulty Advanced; the field says Intermediate"))
    }

    @Test func aMentionRuleShippedOffIsListedOff() throws {
        let run = try Binary.run(["rules", "list", "--no-config"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").contains { $0.contains("summary-muscle-mentions") && $0.contains(" off ") })
    }

    @Test func rulesExplainUnknownIdExitsTwo() throws {
        let unknown = try Binary.run(["rules", "explain", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule 'nope' in pack 'exercise'"))
        let nearMiss = try Binary.run(["rules", "explain", "tip"])
        #expect(nearMiss.status == 2)
        #expect(nearMiss.stderr.contains("did you mean 'tips'?"))
    }

    @Test func dumpShowsTitleSectionsAndFields() throws {
        let run = try Binary.run(["dump", "Samples/box-jump.md"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Box Jump")
        let sections = try #require(object["sections"] as? [[String: Any]])
        let titles = sections.compactMap { ($0["heading"] as? [String: Any])?["text"] as? String }
        #expect(titles == ["Quick answer", "How to perform", "Pro tips", "Common mistakes", "FAQ", "Related exercises"])
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["key"] as? String } == ["Body Part", "Equipment", "Target Muscle", "Secondary Muscles", "Difficulty", "Category"])
        #expect(fields.first?["value"] as? String == "Legs")
        let start = (fields.first?["valueRange"] as? [String: Any])?["start"] as? [String: Int]
        #expect(start?["line"] == 7)
        #expect(start?["column"] == 18)
    }
}
