import Foundation
import FormCheckKit

/// The built-in pack, loaded once per process.
nonisolated(unsafe) let linter = try! Linter(ruleSet: PackLoader.load(PackLoader.defaultPack))

/// One input is one page.
@main enum FuzzMarkdown {
    /// SwiftPM gives an executable's entry point a name of its own and points `main` at
    /// it; this one hands the arguments to libFuzzer's driver.
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return fuzzMarkdown(UnsafePointer(bitPattern: 1)!, 0) }
            return fuzzMarkdown(data, size)
        })
    }
}

/// libFuzzer's own `main` (linked in by `-sanitize=fuzzer`) calls this by name.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document = MarkdownParser.parse(SourceFile(path: "fuzz.md", bytes: bytes))
    let diagnostics = linter.lint(document)
    for diagnostic in diagnostics where diagnostic.range.end.offset > size || diagnostic.range.start.offset > diagnostic.range.end.offset {
        fatalError("\(diagnostic.ruleID): range \(diagnostic.range.start.offset)..<\(diagnostic.range.end.offset) outside \(size) bytes")
    }
    let result = LintResult(files: [.init(path: "fuzz.md", diagnostics: diagnostics)])
    for format in ReportFormat.allCases { _ = format.reporter().report(result) }
    return 0
}
