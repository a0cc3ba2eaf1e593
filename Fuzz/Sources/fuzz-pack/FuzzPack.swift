import Foundation
import FormCheckKit

/// One input is one pack file (its includes resolve next to it).
@main enum FuzzPack {
    /// SwiftPM gives an executable's entry point a name of its own and points `main` at
    /// it; this one hands the arguments to libFuzzer's driver.
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return fuzzPack(UnsafePointer(bitPattern: 1)!, 0) }
            return fuzzPack(data, size)
        })
    }
}

/// libFuzzer's own `main` (linked in by `-sanitize=fuzzer`) calls this by name.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let ruleSet = try PackLoader.load(text: text, path: "/nonexistent/fuzz/pack.yml")
        // A pack that loads must also lint a page without trapping.
        _ = Linter(ruleSet: ruleSet).lint(MarkdownParser.parse(SourceFile(path: "p.md", text: "# T\n\n## S\n\n- **K:** v\n")))
    } catch {
        for problem in error.errors where problem.path.isEmpty {
            fatalError("pack error without a file: \(problem)")
        }
        _ = error.rendered()
    }
    return 0
}
