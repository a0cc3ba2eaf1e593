import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Atomic writes (permissions kept, failures reported, nothing half-written) and unified
/// diffs that `patch` applies.
@Suite struct WriteAndDiffTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static let broken = FixSupport.breaking(
        FixSupport.breaking(try! FixSupport.sample("box-jump.md"), "## Pro tips", "## Pro tipps"),
        "3. Swing your arms forward", "4. Swing your arms forward")

    @Test func writeKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let directory = try Self.scratch()
        let path = directory.appendingPathComponent("page.md").path
        try Data(Self.broken.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let results = FixSupport.fixer.fix(paths: [path], write: true)
        #expect(results.first?.failure == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try FixSupport.sample("box-jump.md")))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["page.md"])
    }

    @Test func readOnlyFileIsReportedAndLeftAlone() throws {
        // The check is on the file's mode, so it holds for root too (root may write anything).
        let directory = try Self.scratch()
        let path = directory.appendingPathComponent("page.md").path
        try Data(Self.broken.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let results = FixSupport.fixer.fix(paths: [path], write: true)
        #expect(results.first?.failure?.contains("read-only") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.broken)
    }

    @Test func temporaryFileThatCannotBeCreatedIsReported() throws {
        let directory = try Self.scratch()
        let path = directory.appendingPathComponent("page.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        // A temporary path under a regular file cannot be created, even by root.
        #expect(throws: AtomicWriter.Failure.self) {
            try AtomicWriter.write(Array("new".utf8), to: path) { $0 + "/inside-a-file.tmp" }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["page.md"])
    }

    @Test func symbolicLinkStaysALink() throws {
        let directory = try Self.scratch()
        let target = directory.appendingPathComponent("real.md").path
        let link = directory.appendingPathComponent("link.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicWriter.write(Array("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    static let patch = ["/usr/bin/patch", "/bin/patch"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `patch -p0` on `old` written as `page.md` with the diff to `new`; the result.
    static func patched(_ old: [UInt8], _ new: [UInt8]) throws -> (status: Int32, bytes: [UInt8], diff: String) {
        let directory = try scratch()
        let page = directory.appendingPathComponent("page.md")
        try Data(old).write(to: page)
        let diff = UnifiedDiff.make(old: old, new: new, path: "page.md")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: patch!)
        process.arguments = ["-p0", "--quiet"]
        process.currentDirectoryURL = directory
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(diff.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](try Data(contentsOf: page)), diff)
    }

    // Needs the `patch` tool; skipped where it is not installed.
    @Test(.enabled(if: patch != nil), arguments: ["lf", "crlf", "bom"])
    func dryRunDiffAppliedByPatchGivesTheFixedFile(_ variant: String) throws {
        var bytes = Array((variant == "crlf" ? Self.broken.replacingOccurrences(of: "\n", with: "\r\n") : Self.broken).utf8)
        if variant == "bom" { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        let outcome = FixSupport.fix(bytes, path: "page.md")
        #expect(outcome.changed)
        let result = try Self.patched(outcome.original, outcome.fixed)
        #expect(result.status == 0, Comment(rawValue: result.diff))
        #expect(result.bytes == outcome.fixed)
    }

    // Needs the `patch` tool; skipped where it is not installed.
    @Test(.enabled(if: patch != nil), arguments: [
        ("a\nb\nc", "a\nB\nc"), ("a\nb\nc\n", "a\nb\nc"), ("a\nb\nc", "a\nb\nc\n"), ("", "a\n"), ("a\n", ""),
        ("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n"),
        ("x\r\ny\r\n", "x\r\nY\r\nz\r\n"),
    ])
    func diffEdgeCasesApply(_ old: String, _ new: String) throws {
        let result = try Self.patched(Array(old.utf8), Array(new.utf8))
        #expect(result.status == 0, Comment(rawValue: result.diff))
        #expect(result.bytes == Array(new.utf8), Comment(rawValue: result.diff))
    }

    @Test func diffOfEqualBytesIsEmpty() {
        #expect(UnifiedDiff.make(old: Array("a\n".utf8), new: Array("a\n".utf8), path: "p") == "")
    }

    @Test func diffHasHeadersAndHunks() {
        let old = Array("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n".utf8)
        let new = Array("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n".utf8)
        #expect(UnifiedDiff.make(old: old, new: new, path: "p.md") == """
            --- p.md
            +++ p.md
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """)
    }
}
