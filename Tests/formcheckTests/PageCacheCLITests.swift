import Foundation
import Testing

/// The page cache (`.formcheck-cache/pages.cache`) as a user meets it: a rerun gives the same
/// findings and exit code, a changed page or pack is linted again, a damaged cache file is
/// ignored and rebuilt, and concurrent runs never leave a file that cannot be read.
@Suite struct PageCacheCLITests {
    private func scratch() throws -> FormcheckProcess {
        try FormcheckProcess(files: ["pages/good.md": Pages.good, "pages/bad.md": Pages.bad])
    }

    private let lint = ["lint", "--rules", "pack.yml", "--format", "json", "pages"]

    /// The findings of a JSON run as (file, line, column, rule, message) lines.
    private func findings(_ outcome: FormcheckProcess.Outcome) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        return findings.map { finding in
            let range = finding["range"] as? [String: Any]
            let start = range?["start"] as? [String: Any]
            return "\(finding["file"] ?? "") \(start?["line"] ?? "")/\(start?["column"] ?? "") \(finding["rule"] ?? ""): \(finding["message"] ?? "")"
        }
    }

    private func cacheText(_ run: FormcheckProcess, _ folder: String = ".formcheck-cache") throws -> String {
        try run.read("\(folder)/pages.cache")
    }

    @Test func rerunGivesTheSameFindingsFromTheCache() throws {
        let run = try scratch()
        defer { run.remove() }
        let first = try run.run(lint)
        #expect(first.status == 1, "\(first.stderr)")
        #expect(try findings(first) == ["pages/bad.md 1/3 needs-summary: missing required section 'Summary'"])
        let cache = try cacheText(run)
        #expect(cache.hasPrefix("formcheck-page-cache 1 "))
        #expect(cache.split(separator: "\n").count == 3)  // the header and one line per page
        // The second run reads the findings back: a record edited under its key shows.
        try run.write(".formcheck-cache/pages.cache", cache.replacingOccurrences(of: "missing required section", with: "cached: missing required section"))
        let second = try run.run(lint)
        #expect(second.status == 1)
        #expect(try findings(second) == ["pages/bad.md 1/3 needs-summary: cached: missing required section 'Summary'"])
    }

    @Test func aChangedPageOrPackIsLintedAgain() throws {
        let run = try scratch()
        defer { run.remove() }
        #expect(try run.run(lint).status == 1)
        try run.write("pages/bad.md", Pages.good)
        let fixed = try run.run(lint)
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(try findings(fixed) == [])
        try run.write("pack.yml", FormcheckProcess.pack.replacingOccurrences(of: "[Summary]", with: "[Summary, Steps]"))
        let stricter = try run.run(lint)
        #expect(stricter.status == 1)
        #expect(try findings(stricter) == [
            "pages/bad.md 1/3 needs-summary: missing required section 'Steps'",
            "pages/good.md 1/3 needs-summary: missing required section 'Steps'",
        ])
    }

    @Test func damagedOrForeignCacheFilesAreIgnoredAndRebuilt() throws {
        let run = try scratch()
        defer { run.remove() }
        let expected = try findings(try run.run(lint))
        let good = try cacheText(run)
        let header = String(good.prefix { $0 != "\n" })
        let damaged = [
            "not a cache at all\n\u{0}\u{1}",
            String(good.prefix(good.count - 40)),  // truncated in the middle of a record
            good.replacingOccurrences(of: "\"diagnostics\"", with: "\"diagnostic\""),  // records of another shape
            good.replacingOccurrences(of: "\"line\":1", with: "\"line\":-7"),  // positions no page has
            good.replacingOccurrences(of: "pages/bad.md", with: "pages/other.md"),  // records of another page
            header.replacingOccurrences(of: " 1 ", with: " 999 ") + good.dropFirst(header.count),  // another format
        ]
        for text in damaged {
            try run.write(".formcheck-cache/pages.cache", text)
            let again = try run.run(lint)
            #expect(again.status == 1, "\(again.stderr)")
            #expect(try findings(again) == expected, "with cache \(text.debugDescription.prefix(120))")
            #expect(try cacheText(run) == good, "the cache is rebuilt")
        }
    }

    @Test func noCacheWritesNothingAndCacheDirMovesBothCaches() throws {
        let run = try scratch()
        defer { run.remove() }
        #expect(try run.run(lint + ["--no-cache"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: run.directory.appendingPathComponent(".formcheck-cache").path))
        #expect(try run.run(lint + ["--cache-dir", "ci-cache"]).status == 1)
        #expect(try cacheText(run, "ci-cache").hasPrefix("formcheck-page-cache 1 "))
        #expect(!FileManager.default.fileExists(atPath: run.directory.appendingPathComponent(".formcheck-cache").path))
    }

    @Test func cacheSitsBesideTheNearestConfig() throws {
        let run = try scratch()
        defer { run.remove() }
        try run.write(".formcheck.yml", "extends: [pack.yml]\n")
        try FileManager.default.createDirectory(at: run.directory.appendingPathComponent("pages/sub"), withIntermediateDirectories: true)
        let nested = FormcheckProcess(reusing: run.directory.appendingPathComponent("pages"))
        #expect(try nested.run(["lint", "--format", "json", "."]).status == 1)
        #expect(try cacheText(run).hasPrefix("formcheck-page-cache 1 "))
        #expect(!FileManager.default.fileExists(atPath: run.directory.appendingPathComponent("pages/.formcheck-cache").path))
    }

    @Test func concurrentRunsLeaveAReadableCache() throws {
        let run = try scratch()
        defer { run.remove() }
        for index in 0..<40 { try run.write("pages/more-\(index).md", index % 2 == 0 ? Pages.good : Pages.bad) }
        let expected = try findings(try run.run(lint + ["--no-cache"]))
        #expect(expected.count == 21)
        // Four runs at once, twice: each reads, lints and replaces the same cache file.
        for _ in 0..<2 {
            let outcomes = ResultBox()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in outcomes.append(Result { try run.run(lint) }) }
            for outcome in outcomes.values {
                let outcome = try outcome.get()
                #expect(outcome.status == 1, "\(outcome.stderr)")
                #expect(try findings(outcome) == expected)
            }
        }
        let cache = try cacheText(run)
        #expect(cache.split(separator: "\n").count == 43)
        #expect(try findings(try run.run(lint)) == expected)
        #expect(try cacheText(run) == cache, "a rerun of unchanged pages leaves the cache as it was")
    }
}

/// Results gathered from concurrent workers.
private final class ResultBox: @unchecked Sendable {
    private var storage: [Result<FormcheckProcess.Outcome, any Error>] = []
    private let lock = NSLock()

    func append(_ value: Result<FormcheckProcess.Outcome, any Error>) { lock.withLock { storage.append(value) } }
    var values: [Result<FormcheckProcess.Outcome, any Error>] { lock.withLock { storage } }
}

extension FormcheckProcess {
    /// A runner in an existing folder (a subfolder of another runner's), which it does not own.
    init(reusing directory: URL) { self.directory = directory }
}
