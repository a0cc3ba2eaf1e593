import Foundation
import Testing

/// The sharded workflow of docs/ci.md and the composite action validate against GitHub's
/// schemas (check-jsonschema's built-in `vendor.github-workflows` and `vendor.github-actions`).
/// GitHub itself cannot be reached here; the schemas ship with check-jsonschema.
@Suite struct CIWorkflowTests {
    typealias Binary = FormCheckBinary

    /// check-jsonschema from `make check-jsonschema` (the venv .venv-editors), nil with the
    /// reason when it cannot be installed here.
    static func checker() -> (URL?, String) {
        let tool = Binary.root.appendingPathComponent(".venv-editors/bin/check-jsonschema")
        if FileManager.default.isExecutableFile(atPath: tool.path) { return (tool, "") }
        guard let make = try? Binary.launch(URL(fileURLWithPath: "/usr/bin/env"), ["make", "-s", "check-jsonschema"]) else {
            return (nil, "make is not available")
        }
        guard make.status == 0, FileManager.default.isExecutableFile(atPath: tool.path) else {
            return (nil, "`make check-jsonschema` failed (no python3 venv or pip here?): \(make.stderr.suffix(300))")
        }
        return (tool, "")
    }

    /// The first ```yaml block after "## The workflow" in docs/ci.md.
    static func workflow() throws -> String {
        let text = try String(contentsOf: Binary.root.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        let section = try #require(text.range(of: "## The workflow"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "\n```"))
        return String(rest[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func workflowAndActionMatchGitHubSchemas() throws {
        let (tool, reason) = Self.checker()
        guard let tool else {
            print("skipped: check-jsonschema unavailable: \(reason)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflow = folder.appendingPathComponent("content.yml")
        let text = try Self.workflow()
        #expect(text.contains("--shard ${{ matrix.shard }}/$SHARDS") && text.contains("merge part-*.json"))
        try text.write(to: workflow, atomically: true, encoding: .utf8)
        let checkWorkflow = try Binary.launch(tool, ["--builtin-schema", "vendor.github-workflows", workflow.path])
        #expect(checkWorkflow.status == 0, "\(checkWorkflow.stdout)\(checkWorkflow.stderr)")
        let checkAction = try Binary.launch(tool, ["--builtin-schema", "vendor.github-actions", "action.yml"])
        #expect(checkAction.status == 0, "\(checkAction.stdout)\(checkAction.stderr)")
        // The checker does fail: a workflow whose job has no steps and an unknown key.
        let broken = folder.appendingPathComponent("broken.yml")
        try "on: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    stepz: []\n".write(to: broken, atomically: true, encoding: .utf8)
        #expect(try Binary.launch(tool, ["--builtin-schema", "vendor.github-workflows", broken.path]).status != 0)
    }
}
