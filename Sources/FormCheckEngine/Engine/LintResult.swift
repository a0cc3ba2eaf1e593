/// The outcome of linting a set of files.
public struct LintResult: Sendable {
    /// With `lint --shard`: what `merge` needs of this shard, written as the JSON format's `shard` member.
    public var shard: ShardResult?
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
    /// The links and heading anchors of every page read, for the link check.
    public var links: [PageLinks]
    /// What the catalog report needs of every page read (`formcheck report`).
    public var pages: [PageFacts]
    /// The catalog rules' record of every page linted (`CatalogPage`), when collected.
    public var catalog: [CatalogPage] = []
    /// Seconds the catalog pass took (recording the pages not linted included).
    public var catalogDuration: Double = 0
    /// Whether the link check ran: false when links were skipped (`--links skip`), nil when
    /// the run did not say (a lint without the link step).
    public var linksChecked: Bool?
    /// Markdown files given or found that were not linted: the configuration leaves them
    /// out (`include`, `exclude`) or they match no page type.
    public var skipped: Int = 0

    public init(
        files: [FileResult], failures: [String] = [], duration: Double = 0, links: [PageLinks] = [], pages: [PageFacts] = [],
        catalog: [CatalogPage] = []
    ) {
        self.catalog = catalog
        self.files = files
        self.failures = failures
        self.duration = duration
        self.links = links
        self.pages = pages
    }

    /// Adds findings made after per-file linting (the link check) to their files, keeping order by position.
    public mutating func merge(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let byPath = Dictionary(grouping: diagnostics, by: \.path)
        for index in files.indices {
            guard let extra = byPath[files[index].path] else { continue }
            files[index].diagnostics = (files[index].diagnostics + extra).sorted { $0.range.start.offset < $1.range.start.offset }
        }
    }

    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.count(where: { $0.severity == severity }) }
    }

    public func fails(at level: FailLevel) -> Bool {
        files.contains { $0.diagnostics.contains { level.fails(on: $0.severity) } }
    }
}
