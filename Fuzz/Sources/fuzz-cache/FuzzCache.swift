import Foundation
import FormCheckKit

/// The pages every input is a cache of (Fuzz/corpus/cache/ holds real cache lines for them,
/// made by `formcheck lint --cache-dir DIR fuzz` over these two files).
let pages: [(path: String, bytes: [UInt8])] = [
    ("fuzz/a.md", Array("# Box Jump\n\n## Overview\n\nA jump onto a box. See [steps](#steps) and <https://example.com/x>.\n\n## Steps\n\n1. Stand.\n2. Jump.\n".utf8)),
    ("fuzz/b.md", Array("# Broken\n\nNo sections here, a [link](missing.md).\n".utf8)),
]

/// One folder per process, so parallel jobs do not share a cache file.
let folder: String = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-cache-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}()

let rulesDigest = "fuzz"
let header = Array("formcheck-page-cache \(PageCache.format) \(rulesDigest)\n".utf8)

/// One input is the body of a page cache file (its lines after the header).
@main enum FuzzCache {
    /// SwiftPM gives an executable's entry point a name of its own and points `main` at
    /// it; this one hands the arguments to libFuzzer's driver.
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return fuzzCache(UnsafePointer(bitPattern: 1)!, 0) }
            return fuzzCache(data, size)
        })
    }
}

/// As a run does: read the cache, take each page's record if it is consistent (and report
/// its findings in every format), store a fresh record for the others, save; then the
/// saved file must give every page back.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = folder + "/" + PageCache.fileName
    guard FileManager.default.createFile(atPath: file, contents: Data(header + UnsafeBufferPointer(start: data, count: size))) else {
        fatalError("cannot write \(file)")
    }
    let cache = PageCache(directory: folder, rulesDigest: rulesDigest)
    var result = LintResult(files: [])
    for page in pages {
        if let record = cache.record(path: page.path, bytes: page.bytes) {
            for diagnostic in record.diagnostics where diagnostic.path != page.path || diagnostic.range.end.offset > page.bytes.count {
                fatalError("a record was trusted with \(diagnostic.path) \(diagnostic.range) for \(page.path)")
            }
            result.files.append(.init(path: page.path, diagnostics: record.diagnostics))
            result.links.append(record.links)
            result.pages.append(record.facts)
        } else {
            let record = PageRecord(
                diagnostics: [], facts: PageFacts(path: page.path), links: PageLinks(path: page.path, links: [], anchors: PageAnchors([])))
            cache.store(record, path: page.path, bytes: page.bytes)
        }
    }
    for format in ReportFormat.allCases { _ = format.reporter().report(result) }
    do { try cache.save() } catch { fatalError("cannot save the cache: \(error)") }
    let reread = PageCache(directory: folder, rulesDigest: rulesDigest)
    for page in pages where reread.record(path: page.path, bytes: page.bytes) == nil {
        fatalError("\(page.path) is not in the cache just saved")
    }
    return 0
}
