/// The outcome of linting a set of files.
public struct LintResult: Sendable {
    public struct FileResult: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]

        public init(path: String, diagnostics: [Diagnostic]) {
            self.path = path
            self.diagnostics = diagnostics
        }
    }

    /// One entry per file, in the order the files were given.
    public var files: [FileResult]
    /// Files that could not be read; each is an I/O error (exit code 2).
    public var failures: [String]
    public var duration: Double

    public init(files: [FileResult], failures: [String] = [], duration: Double = 0) {
        self.files = files
        self.failures = failures
        self.duration = duration
    }

    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.count(where: { $0.severity == severity }) }
    }

    public func fails(at level: FailLevel) -> Bool {
        files.contains { $0.diagnostics.contains { level.fails(on: $0.severity) } }
    }
}
