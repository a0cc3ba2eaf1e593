import Foundation
import Testing

/// `lint --changed-since REF` in a scratch git repository.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct ChangedSinceCLITests {
    func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments) failed")
    }

    @Test func onlyChangedFilesAreLinted() throws {
        let cli = try FormcheckProcess(files: ["pages/old.md": Pages.bad, "pages/edited.md": Pages.good])
        defer { cli.remove() }
        try git(["init", "-q"], in: cli.directory)
        try git(["add", "."], in: cli.directory)
        try git(["commit", "-q", "-m", "base"], in: cli.directory)
        try cli.write("pages/edited.md", Pages.bad)
        try cli.write("pages/new.md", Pages.bad)
        let outcome = try cli.run(["lint", "--rules", "pack.yml", "--changed-since", "HEAD", "pages"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("pages/edited.md:1:3:"))
        #expect(outcome.stdout.contains("pages/new.md:1:3:"))
        #expect(!outcome.stdout.contains("pages/old.md"))
        #expect(outcome.stdout.contains("Checked 2 files"))

        let badRef = try cli.run(["lint", "--rules", "pack.yml", "--changed-since", "no-such-ref", "pages"])
        #expect(badRef.status == 2)
        #expect(badRef.stderr.contains("git diff"))
    }
}
