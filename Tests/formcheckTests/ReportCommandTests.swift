import Foundation
import Testing

/// `formcheck report`, run as a process in a scratch directory (so it works from anywhere:
/// the HTML template is built into the binary).
@Suite struct ReportCommandTests {
    static let pack = FormcheckProcess.pack + """

        fields:
          names: [Kind]
        report:
          group-by: [Kind]
        """

    static func scratch() throws -> FormcheckProcess {
        let scratch = try FormcheckProcess(files: [
            "pages/good.md": "# Good\n\n- **Kind:** A\n\n## Summary\n\nFine.\n",
            "pages/bad.md": Pages.bad,
        ])
        try scratch.write("pack.yml", pack)
        return scratch
    }

    @Test func writesHTMLFromAnyDirectory() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        let run = try scratch.run(["report", "--rules", "pack.yml", "pages", "--output", "out.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Wrote out.html: 2 pages, score 95.0."))
        let html = try scratch.read("out.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("id=\"groups\""))
        #expect(html.contains("pages/bad.md"))
    }

    @Test func formatFollowsTheOutputExtension() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        #expect(try scratch.run(["report", "--rules", "pack.yml", "pages", "-o", "out.json"]).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(try scratch.read("out.json").utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        let summary = json?["summary"] as? [String: Any]
        #expect(summary?["pages"] as? Int == 2)
        #expect(summary?["errors"] as? Int == 1)
        let markdown = try scratch.run(["report", "--rules", "pack.yml", "pages", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Content-quality report\n"))
    }

    @Test func compareAddsTheTrend() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        #expect(try scratch.run(["report", "--rules", "pack.yml", "pages", "-o", "before.json"]).status == 0)
        try scratch.write("pages/bad.md", "# Bad\n\n## Summary\n\nFixed.\n")
        let run = try scratch.run(["report", "--rules", "pack.yml", "pages", "--compare", "before.json", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let trend = json?["trend"] as? [String: Any]
        let summary = trend?["summary"] as? [[String: Any]]
        let errors = summary?.first { $0["name"] as? String == "errors" }
        #expect(errors?["delta"] as? Double == -1)
    }

    @Test func unreadableCompareFileExitsTwo() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        try scratch.write("old.json", "{\"version\": 7}")
        let run = try scratch.run(["report", "--rules", "pack.yml", "pages", "--compare", "old.json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("report format version 7 is not supported"))
        #expect(try scratch.run(["report", "--rules", "pack.yml", "pages", "--compare", "missing.json"]).status == 2)
    }
}
