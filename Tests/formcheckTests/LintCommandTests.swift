import Foundation
import Testing
import TestSupport

/// `formcheck lint` run as a process: exit codes, output formats, file discovery.
@Suite struct LintCommandTests {
    typealias Binary = FormCheckBinary

    @Test func cleanFileExitsZeroWithSummary() throws {
        let run = try Binary.run(["lint", "Samples/box-jump.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Checked 1 file (1 clean) in "))
        #expect(run.stdout.hasSuffix(": 0 errors, 0 warnings.\n"))
        #expect(run.stderr == "")
    }

    @Test func badFileExitsOneWithCompilerStyleFinding() throws {
        let run = try Binary.run(["lint", "Samples/bad/missing-title.md"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Samples/bad/missing-title.md:1:1: error: page has no title (a level-1 heading) [required-sections]")
        #expect(lines.last?.hasSuffix(": 1 error, 0 warnings.") == true)
    }

    @Test func findingShowsSourceLineAndUnderline() throws {
        let run = try Binary.run(["lint", "Samples/bad/invalid-enum-value.md"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Samples/bad/invalid-enum-value.md:11:19: error: Difficulty \"Expert\" is not an allowed value"))
        #expect(run.stdout.contains(" 11 | - **Difficulty:** Expert\n    |                   ^~~~~~\n"))
    }

    @Test func failLevelNeverExitsZero() throws {
        let run = try Binary.run(["lint", "--fail-level", "never", "Samples/bad/missing-title.md"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[required-sections]"))
    }

    @Test func warningOnlyPageFailsOnlyAtWarningLevel() throws {
        let page = "Samples/bad/unknown-field.md"
        #expect(try Binary.run(["lint", page]).status == 0)
        let run = try Binary.run(["lint", "--fail-level", "warning", page])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(page):13:5: warning: unknown field 'Reps' [unknown-field]"))
    }

    @Test func jsonFormatHasDocumentedKeys() throws {
        let run = try Binary.run(["lint", "--format", "json", "--fail-level", "warning", "Samples/bad/alias-value.md", "Samples/box-jump.md"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "tool", "summary", "findings"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["linksChecked"] as? Bool == true)
        #expect(summary.filter { $0.key != "linksChecked" } as? [String: Int] == ["files": 2, "clean": 1, "errors": 0, "warnings": 1, "infos": 0, "skipped": 0])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(Set(finding.keys).isSuperset(of: ["rule", "severity", "message", "file", "range", "section"]))
        #expect(finding["rule"] as? String == "equipment-value")
        #expect(finding["severity"] as? String == "warning")   // an alias the pack knows: a warning with a fix
        #expect(finding["file"] as? String == "Samples/bad/alias-value.md")
        #expect(finding["expected"] as? String == "Body Weight")
        #expect(finding["found"] as? String == "Bodyweight")
        #expect(finding["section"] as? [String] == ["Quick answer"])
        let start = try #require((finding["range"] as? [String: Any])?["start"] as? [String: Int])
        #expect(start == ["line": 8, "column": 18])
    }

    @Test func nonexistentPathExitsTwoWithMessage() throws {
        let run = try Binary.run(["lint", "no-such-page.md"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-page.md"))
        #expect(run.stderr.contains("no such file"))
    }

    @Test func brokenPackExitsTwoWithLocation() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = directory.appendingPathComponent("broken.yml")
        try "pack: broken\nrules:\n  - id: a\n    check: sections\n    requird: [A]\n".write(to: pack, atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", "--rules", pack.path, "Samples/box-jump.md"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(pack.path):5:5: error: unknown key 'requird'"))
        #expect(run.stderr.contains("did you mean 'required'?"))
        #expect(run.stdout == "", "a broken pack must not half-run")
    }

    @Test func unknownOptionExitsTwo() throws {
        let run = try Binary.run(["lint", "--bogus", "Samples/box-jump.md"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--bogus'"))
    }

    @Test func directoryLintsOnlyMarkdownOutsideHiddenFolders() throws {
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let clean = try String(contentsOf: Binary.root.appendingPathComponent("Samples/box-jump.md"), encoding: .utf8)
        let bad = try String(contentsOf: Binary.root.appendingPathComponent("Samples/bad/missing-title.md"), encoding: .utf8)
        let hidden = directory.appendingPathComponent(".drafts")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try clean.write(to: directory.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        try bad.write(to: hidden.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
        try bad.write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try bad.write(to: directory.appendingPathComponent("page.md.bak"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["lint", directory.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("Checked 1 file (1 clean)"))
    }

    static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// `script` (util-linux) gives the binary a pseudo-terminal, so colour is really on the
    /// table; skipped where it is missing (macOS's `script` takes other options).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script.path) && !isMacOS, "needs util-linux `script`"))
    func colorOnlyOnATerminalWithoutNoColor() throws {
        let script = Self.script
        let binary = try #require(Binary.url)
        func onTerminal(_ arguments: String, environment: [String: String] = [:]) throws -> String {
            let command = "'\(binary.path)' lint \(arguments) Samples/bad/missing-title.md"
            return try Binary.launch(script, ["-qec", command, "/dev/null"], environment: environment).stdout
        }
        let escape = "\u{1B}["
        #expect(try onTerminal("").contains(escape), "the test itself proves nothing if colour never appears")
        #expect(try !onTerminal("--no-color").contains(escape))
        #expect(try !onTerminal("", environment: ["NO_COLOR": "1"]).contains(escape))
        #expect(try !Binary.run(["lint", "Samples/bad/missing-title.md"]).stdout.contains(escape), "no colour into a pipe")
    }

    /// Reads ../shared, outside the repository; skipped where that folder does not exist.
    @Test(.enabled(if: SharedFolder.has("seed"), SharedFolder.missing("seed")))
    func seedPageIsClean() throws {
        let run = try Binary.run(["lint", Self.seed.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("Checked 1 file (1 clean)"))
    }

    #if os(macOS)
    static let isMacOS = true
    #else
    static let isMacOS = false
    #endif

    static let seed = URL(fileURLWithPath: SharedFolder.seedPage)
}
