/// What one child process measures over a directory of pages.
enum Mode: String, CaseIterable, Sendable {
    /// Read each file and parse it with cmark-gfm alone (same extensions and options as
    /// FormCheck), one file after another: the floor no Markdown linter can beat.
    case cmark
    /// Read each file and build FormCheck's `ContentDocument` (`MarkdownParser.parse`), sequentially.
    case parse
    /// Read, parse and lint with the built-in pack, one file after another.
    case lintSequential = "lint-seq"
    /// `Linter.lint(paths:collecting: [.links, .catalog])` with the built-in pack, parallel as
    /// `formcheck lint` runs it (the catalog rules' per-page records included).
    case lintParallel = "lint-par"
    /// The catalog pass alone (`CatalogPass.run` over every page's record), after a parallel
    /// lint that is not measured: what the catalog rules add once all pages are linted.
    case catalogPass = "catalog-pass"
    /// `formcheck lint` as a session runs it, offline link resolution included, with an empty
    /// page cache (removed first), which it fills: a first run.
    case lintCold = "lint-cold"
    /// The same with the page cache the cold run left: a rerun of an unchanged catalog.
    case lintCached = "lint-cached"

    var label: String {
        switch self {
        case .cmark: "cmark-gfm parse (seq)"
        case .parse: "MarkdownParser.parse (seq)"
        case .lintSequential: "full lint (seq)"
        case .lintParallel: "full lint (parallel)"
        case .catalogPass: "catalog pass (after lint)"
        case .lintCold: "session, empty cache (par)"
        case .lintCached: "session, cached rerun (par)"
        }
    }
}

/// What a child reports back on one line of stdout.
struct Sample: Sendable {
    /// Wall time of the measured work.
    var seconds: Double
    /// CPU time (user + system, all threads) of the measured work: steadier than wall time
    /// on a shared machine, and the honest base for the ratios.
    var cpuSeconds: Double
    var bytes: Int
    var files: Int
    var diagnostics: Int
    /// Peak resident set size of the child, in KiB (VmHWM).
    var peakKiB: Int
    /// Resident set size just before the measured work (after listing the files and
    /// loading the pack), in KiB: `peakKiB - startKiB` is what the work itself added.
    var startKiB: Int = 0

    var line: String { "\(seconds) \(cpuSeconds) \(bytes) \(files) \(diagnostics) \(peakKiB) \(startKiB)" }

    init(seconds: Double, cpuSeconds: Double, bytes: Int, files: Int, diagnostics: Int, peakKiB: Int, startKiB: Int = 0) {
        self.startKiB = startKiB
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.bytes = bytes
        self.files = files
        self.diagnostics = diagnostics
        self.peakKiB = peakKiB
    }

    init?(line: String) {
        let parts = line.split(separator: " ")
        guard parts.count == 7, let seconds = Double(parts[0]), let cpu = Double(parts[1]), let bytes = Int(parts[2]),
            let files = Int(parts[3]), let diagnostics = Int(parts[4]), let peak = Int(parts[5]), let start = Int(parts[6])
        else { return nil }
        self.init(seconds: seconds, cpuSeconds: cpu, bytes: bytes, files: files, diagnostics: diagnostics, peakKiB: peak, startKiB: start)
    }
}
