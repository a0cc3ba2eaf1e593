import Foundation
import Testing

/// `formcheck lint` on hostile files and paths, as a process: every case ends with exit
/// code 0, 1 or 2 (never a signal) and a clear message. A watchdog kills a run that
/// outlives `HostileRun.limit` so that a hang fails the test instead of stalling the
/// suite; no test asserts a speed.
@Suite(.serialized) final class HostileInputCLITests {
    let directory: URL

    init() throws { directory = try FormCheckBinary.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return name
    }

    private func lint(_ arguments: String...) throws -> HostileRun.Outcome {
        try HostileRun.run(["lint"] + arguments, in: directory)
    }

    @Test func randomBytes() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<300_000).map { _ -> UInt8 in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        let run = try lint(try write("random.md", bytes))
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("random.md:1:"))
        #expect(run.stdout.contains("invalid UTF-8 byte"))
    }

    /// The fuzzer's first crash (issue 12): a link whose text is only a line break sent
    /// the range inference into endless recursion (signal 11).
    @Test func linkWhoseTextIsOnlyALineBreak() throws {
        let run = try lint(try write("crash.md", Array("# T\n\n- [\n](u)\n".utf8)))
        #expect(run.status == 1 && !run.signalled, "\(run)")
        #expect(run.stdout.contains("crash.md:3:3: error: link to 'u' does not work: no file u [links/broken]\n 3 | - [\n   |   ^"), "\(run.stdout)")
        #expect(run.stdout.contains("crash.md:1:3: error: missing required section 'Quick answer' [required-sections]"))
        #expect(run.stdout.contains("Checked 1 file (0 clean)"))
        #expect(run.stdout.contains(": 13 errors, 0 warnings."))
    }

    @Test func invalidUTF8InAHeadingAndNulBytes() throws {
        let heading = try write("heading.md", Array("# Ti".utf8) + [0xFF] + Array("tle\n\n## Sec\0tion\n".utf8))
        let run = try lint(heading)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("heading.md:1:5: error: invalid UTF-8 byte 0xFF"))
        #expect(run.stdout.contains("heading.md:3:7: "))
        #expect(run.stdout.contains("NUL"))
    }

    @Test func fiftyMegabyteFile() throws {
        // Prose with a link per paragraph under one title: 50 MB of reading, few findings.
        let page = Array("Some text here, and more of it. [A link](https://example.com/a) ends it.\n\n".utf8)
        // Under a section no prose rule reads, so the run measures reading, not rules.
        var bytes = Array("# Page\n\n## Notes\n\n".utf8)
        bytes.reserveCapacity(50_000_000 + page.count)
        while bytes.count < 50_000_000 { bytes += page }
        let run = try lint(try write("fifty.md", bytes))
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("Checked 1 file (0 clean)"))
    }

    @Test func listNestedTenThousandDeepAndDeepEmphasis() throws {
        let list = try write("list.md", Array(("# T\n\n" + String(repeating: "- ", count: 10_000) + "x\n").utf8))
        let stars = String(repeating: "*", count: 100_000)
        let emphasis = try write("emphasis.md", Array(("# T\n\n" + stars + "x" + stars + "\n").utf8))
        let run = try lint(list, emphasis)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("list.md:3:"))
        #expect(run.stdout.contains("content nested more than 64 levels deep is not checked"))
        #expect(run.stdout.contains("Checked 2 files"))
    }

    @Test func hundredThousandLinksAndAMegabyteHeading() throws {
        let links = (0..<100_000).map { "[l\($0)](https://example.com/\($0)) https://e.example/\($0)" }.joined(separator: " ")
        let heading = String(repeating: "Word ", count: 1_048_576 / 5)
        let run = try lint(
            try write("links.md", Array(("# T\n\n" + links + "\n").utf8)),
            try write("heading.md", Array(("# " + heading + "\n\n## " + heading + "\n").utf8)))
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("Checked 2 files"))
    }

    @Test func lineEndingsBOMAndNoTrailingNewline() throws {
        let page = "# T\n\n## Quick answer\n\n- **Difficulty:** Easy"
        let names = [
            try write("crlf.md", Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            try write("cr.md", Array(page.replacingOccurrences(of: "\n", with: "\r").utf8)),
            try write("bom.md", [0xEF, 0xBB, 0xBF] + Array(page.utf8)),
            try write("lf.md", Array(page.utf8)),
        ]
        /// The findings without their file name: same lines and columns whatever the line ends.
        func findings(_ run: HostileRun.Outcome, _ name: String) -> [String] {
            let lines = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
            return lines.map { String($0.dropFirst(name.count)) }
        }
        let reference = findings(try lint("lf.md"), "lf.md")
        #expect(!reference.isEmpty)
        for name in names {
            let run = try lint(name)
            #expect(run.status == 1, "\(name): \(run)")
            #expect(findings(run, name) == reference, "\(name)")
        }
    }

    @Test func emptyFile() throws {
        let run = try lint(try write("empty.md", []))
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("empty.md:1:1: error: page has no title"))
    }

    /// Root reads any file whatever its mode, so the case is skipped when tests run as root.
    @Test(.enabled(if: getuid() != 0, "running as root: a mode-000 file is still readable"))
    func unreadableFile() throws {
        let name = try write("locked.md", Array("# T\n".utf8))
        chmod(directory.appendingPathComponent(name).path, 0)
        let run = try lint(name)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("locked.md: error: cannot read file: permission denied"))
    }

    /// A FIFO named `x.md` blocked the read forever: named directly it is an error, met in
    /// a directory walk it is skipped.
    @Test func fifoNamedLikeAPage() throws {
        let fifo = directory.appendingPathComponent("pipe.md").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let named = try lint("pipe.md")
        #expect(named.status == 2, "\(named)")
        #expect(named.stderr.contains("pipe.md: error: cannot read file: is a FIFO, not a regular file"))
        _ = try write("page.md", Array("# T\n".utf8))
        let walked = try lint(".")
        #expect(walked.status == 1, "\(walked)")
        #expect(walked.stdout.contains("Checked 1 file"))
    }

    @Test func directoryNamedLikeAPage() throws {
        _ = try write("x.md/inner.md", Array("# T\n".utf8))
        let run = try lint("x.md")
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("x.md/inner.md:1:3: error: missing required section"))
        #expect(run.stdout.contains("Checked 1 file"))
    }

    @Test func symlinkLoops() throws {
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        let named = try lint("a.md")
        #expect(named.status == 2, "\(named)")
        #expect(named.stderr.contains("a.md: symbolic link to a missing file, or a loop of links"))

        _ = try write("tree/page.md", Array("# T\n".utf8))
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("tree/again").path, withDestinationPath: directory.appendingPathComponent("tree").path)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("tree/self.md").path, withDestinationPath: "self.md")
        let walked = try lint("tree")
        #expect(walked.status == 1, "\(walked)")
        // The page once, not again through `tree/again`.
        #expect(walked.stdout.contains("Checked 1 file"))
        #expect(!walked.stdout.contains("tree/again/"))
    }

    /// Bad packs through `--rules`: refused with file:line:column and exit code 2.
    @Test func badPacksExitTwoWithALocation() throws {
        var bomb = "pack: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        _ = try write("bomb.yml", Array(bomb.utf8))
        _ = try write("regex.yml", Array("pack: r\nrules:\n  - id: r\n    check: text\n    description: d\n    forbid: ['/(a+)+b/']\n".utf8))
        _ = try write("deep.yml", Array(("pack: d\nrules: " + String(repeating: "[", count: 5_000) + "\n").utf8))
        _ = try write("page.md", Array("# T\n".utf8))
        for (pack, expected) in [
            ("bomb.yml", "bomb.yml:6:45: error: YAML expands to too many nodes via aliases (billion-laughs guard)"),
            ("regex.yml", "regex.yml:6:14: error: unsafe regular expression '(a+)+b'"),
            ("deep.yml", "deep.yml:2:519: error: YAML nests deeper than 512 levels"),
        ] {
            let run = try lint("--rules", pack, "page.md")
            #expect(run.status == 2, "\(pack): \(run)")
            #expect(run.stderr.contains(expected), "\(pack): \(run.stderr.prefix(300))")
        }
    }

    @Test func pathWithSpacesAndUnicode() throws {
        let name = try write("Übungen mit Gewicht/深蹲 💪🏽 page.md", Array("# T\n".utf8))
        let run = try lint(name)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("Übungen mit Gewicht/深蹲 💪🏽 page.md:1:3: error: missing required section"))
        let json = try HostileRun.run(["lint", "--format", "json", "Übungen mit Gewicht"], in: directory)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"Übungen mit Gewicht\\/深蹲 💪🏽 page.md\"") || json.stdout.contains("\"Übungen mit Gewicht/深蹲 💪🏽 page.md\""))
    }
}

/// Runs the binary with a watchdog.
enum HostileRun {
    /// Far above any case's run time on a loaded machine; only a hang reaches it.
    static let limit: TimeInterval = 300

    struct Outcome: CustomStringConvertible {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
        var description: String {
            "status \(status)\(signalled ? " (signal)" : "")\(timedOut ? " (killed after \(Int(HostileRun.limit)) s)" : ""); stderr: \(stderr.prefix(500))"
        }
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        let binary = try #require(FormCheckBinary.url, "formcheck binary not found next to the test bundle; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["GITHUB_ACTIONS"] = nil
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var timedOut = false
        let watchdog = DispatchWorkItem {
            if process.isRunning { timedOut = true; process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        let outcome = Outcome(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
        #expect(!outcome.timedOut, "formcheck \(arguments.joined(separator: " ")) still running after \(Int(limit)) s")
        #expect(!outcome.signalled, "formcheck \(arguments.joined(separator: " ")) killed by signal \(outcome.status)")
        #expect([0, 1, 2].contains(outcome.status) || outcome.signalled)
        return outcome
    }
}
