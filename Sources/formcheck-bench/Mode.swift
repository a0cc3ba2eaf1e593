/// What one child process measures over a directory of pages.
enum Mode: String, CaseIterable, Sendable {
    /// Read each file and parse it with cmark-gfm alone (same extensions and options as
    /// FormCheck), one file after another: the floor no Markdown linter can beat.
    case cmark
    /// Read each file and build FormCheck's `ContentDocument` (`MarkdownParser.parse`), sequentially.
    case parse
    /// Read, parse and lint with the built-in pack, one file after another.
    case lintSequential = "lint-seq"
    /// `Linter.lint(paths:)` with the built-in pack, parallel as the CLI runs it.
    case lintParallel = "lint-par"

    var label: String {
        switch self {
        case .cmark: "cmark-gfm parse (seq)"
        case .parse: "MarkdownParser.parse (seq)"
        case .lintSequential: "full lint (seq)"
        case .lintParallel: "full lint (parallel)"
        }
    }
}

/// What a child reports back on one line of stdout.
struct Sample: Sendable {
    var seconds: Double
    var bytes: Int
    var files: Int
    var diagnostics: Int
    /// Peak resident set size of the child, in KiB (VmHWM).
    var peakKiB: Int

    var line: String { "\(seconds) \(bytes) \(files) \(diagnostics) \(peakKiB)" }

    init(seconds: Double, bytes: Int, files: Int, diagnostics: Int, peakKiB: Int) {
        self.seconds = seconds
        self.bytes = bytes
        self.files = files
        self.diagnostics = diagnostics
        self.peakKiB = peakKiB
    }

    init?(line: String) {
        let parts = line.split(separator: " ")
        guard parts.count == 5, let seconds = Double(parts[0]), let bytes = Int(parts[1]), let files = Int(parts[2]),
            let diagnostics = Int(parts[3]), let peak = Int(parts[4])
        else { return nil }
        self.init(seconds: seconds, bytes: bytes, files: files, diagnostics: diagnostics, peakKiB: peak)
    }
}
