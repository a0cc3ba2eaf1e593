import Foundation
import Testing

/// `lint --shard I/N` and `merge`: the parts of a sharded run, merged, give the findings and
/// exit code of one unsharded run (links resolved across the parts' pages included).
@Suite struct ShardMergeCLITests {
    typealias Binary = FormCheckBinary

    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-shards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The JSON output without what differs between equal runs (nothing should).
    private func json(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    @Test func mergedShardsEqualOneRun() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Binary.run(["lint", "--no-cache", "--format", "json", "Samples/"])
        #expect(whole.status == 1, "\(whole.stderr)")
        let expected = try json(whole.stdout)
        var parts: [String] = []
        var pageCount = 0
        for index in 1...3 {
            let part = folder.appendingPathComponent("part-\(index).json").path
            let run = try Binary.run(["lint", "--no-cache", "--shard", "\(index)/3", "--format", "json=\(part)", "Samples/"])
            #expect(run.status == 0, "a shard's findings do not fail it: \(run.stderr)")
            let output = try json(try String(contentsOfFile: part, encoding: .utf8))
            let shard = try #require(output["shard"] as? NSDictionary)
            pageCount += (shard["files"] as? [Any])?.count ?? 0
            parts.append(part)
        }
        #expect(pageCount == (expected["summary"] as? NSDictionary)?["files"] as? Int, "every page is in exactly one part")
        let merged = try Binary.run(["merge", "--no-cache", "--format", "json"] + parts.reversed())
        #expect(merged.status == whole.status, "\(merged.stderr)")
        let result = try json(merged.stdout)
        #expect(result["findings"] as? NSArray == expected["findings"] as? NSArray)
        #expect(result["summary"] as? NSDictionary == expected["summary"] as? NSDictionary)
        // Other formats come out of merge as they come out of lint.
        let text = try Binary.run(["merge", "--no-cache", "--format", "github"] + parts)
        let wholeText = try Binary.run(["lint", "--no-cache", "--format", "github", "Samples/"])
        #expect(text.stdout == wholeText.stdout)
        #expect(text.status == wholeText.status)
    }

    /// Catalog rules (issue 18's pass) compare pages of different parts: merge runs them
    /// over every part's catalog records. A cached rerun gives the same findings too.
    @Test func catalogRulesSpanTheParts() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = Binary.root.appendingPathComponent("Samples/catalog-drift")
        let whole = try Binary.run(["lint", "--no-cache", "--format", "json", "."], in: catalog)
        let expected = try json(whole.stdout)
        let rules = Set(((expected["findings"] as? [NSDictionary]) ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["orphan-page", "near-duplicate-summary"]), "\(rules)")
        var parts: [String] = []
        for index in 1...2 {
            let part = folder.appendingPathComponent("part-\(index).json").path
            #expect(try Binary.run(["lint", "--no-cache", "--shard", "\(index)/2", "--format", "json=\(part)", "."], in: catalog).status == 0)
            parts.append(part)
        }
        let merged = try Binary.run(["merge", "--no-cache", "--format", "json"] + parts, in: catalog)
        #expect(merged.status == whole.status)
        #expect(try json(merged.stdout)["findings"] as? NSArray == expected["findings"] as? NSArray)
        let cacheDir = folder.appendingPathComponent("cache").path
        for _ in 0..<2 {
            let cached = try Binary.run(["lint", "--cache-dir", cacheDir, "--format", "json", "."], in: catalog)
            #expect(cached.status == whole.status)
            #expect(try json(cached.stdout)["findings"] as? NSArray == expected["findings"] as? NSArray)
        }
    }

    @Test func theSplitIsStableAndLinksAcrossPartsResolve() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = FormcheckProcess(reusing: folder)
        try run.write("pack.yml", FormcheckProcess.pack)
        for index in 0..<12 {
            // Each page links to the next one's heading; the last to a page that is missing.
            let next = index == 11 ? "missing.md" : "page-\(index + 1).md#summary"
            try run.write("pages/page-\(index).md", "# Page \(index)\n\n## Summary\n\nSee [next](\(next)).\n")
        }
        let lint = ["lint", "--rules", "pack.yml", "--no-cache", "--format", "json"]
        let whole = try run.run(lint + ["pages"])
        #expect(whole.status == 1)
        let first = try run.run(lint + ["--shard", "1/2", "--format", "json=a.json", "pages"])
        let second = try run.run(lint + ["--shard", "2/2", "--format", "json=b.json", "pages"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        // Adding a page moves no other page to another part.
        let before = try run.read("a.json")
        try run.write("pages/page-new.md", "# New\n\n## Summary\n\nNew.\n")
        _ = try run.run(lint + ["--shard", "1/2", "--format", "json=a2.json", "pages"])
        let paths = { (text: String) throws -> Set<String> in
            let shard = try #require(try json(text)["shard"] as? NSDictionary)
            return Set(((shard["files"] as? [NSDictionary]) ?? []).compactMap { $0["path"] as? String })
        }
        #expect(try paths(try run.read("a2.json")).subtracting(["pages/page-new.md"]) == paths(before))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("pages/page-new.md"))
        let merged = try run.run(["merge", "--rules", "pack.yml", "--no-cache", "--format", "json", "a.json", "b.json"])
        #expect(merged.status == 1)
        let findings = try #require(try json(merged.stdout)["findings"] as? [NSDictionary])
        #expect(findings.map { "\($0["file"] ?? "") \($0["rule"] ?? "")" } == ["pages/page-11.md links/broken"])
        #expect(try json(merged.stdout)["findings"] as? NSArray == json(whole.stdout)["findings"] as? NSArray)
    }

    @Test func mergeRefusesAnIncompleteOrForeignSet() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("part-1.json").path
        #expect(try Binary.run(["lint", "--no-cache", "--shard", "1/2", "--format", "json=\(part)", "Samples/"]).status == 0)
        let missing = try Binary.run(["merge", "--no-cache", part])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: missing shard results: 2/2\n")
        let twice = try Binary.run(["merge", "--no-cache", part, part])
        #expect(twice.stderr == "error: shard 1/2 is given more than once\n")
        let plain = folder.appendingPathComponent("plain.json").path
        _ = try Binary.run(["lint", "--no-cache", "--format", "json=\(plain)", "Samples/box-jump.md"])
        let foreign = try Binary.run(["merge", "--no-cache", plain])
        #expect(foreign.status == 2)
        #expect(foreign.stderr == "error: \(plain): no shard member; write it with `formcheck lint --shard I/N --format json`\n")
        let otherRules = try Binary.run(["merge", "--no-cache", "--rules", "Samples/../Rules/exercise.yml", part])
        #expect(otherRules.status == 2)
        let badShard = try Binary.run(["lint", "--shard", "3/2", "Samples/"])
        #expect(badShard.status == 64 || badShard.status == 2)
        #expect(badShard.stderr.contains("--shard"))
    }
}
