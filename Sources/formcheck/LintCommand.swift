import ArgumentParser
import Foundation
import FormCheckKit

extension FailLevel: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension LinkMode: ExpressibleByArgument {}
extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Markdown files against the rule packs.",
        discussion: """
            Directories are searched for *.md and *.markdown files (hidden folders, \
            node_modules and .build skipped). Without --rules the built-in exercise pack \
            is used. '-' reads one page from standard input. Examples:

              formcheck lint content/
              formcheck lint --format json --fail-level warning content/
              formcheck lint --rules my-pack.yml page.md
              formcheck lint --format text --format sarif=formcheck.sarif content/
              formcheck lint --format sarif --format junit --output out.sarif --output junit.xml content/
              cat page.md | formcheck lint - --stdin-filename content/page.md
              formcheck lint --baseline .formcheck-baseline.json content/
              formcheck lint --changed-since origin/main content/
              formcheck lint --statistics content/
              formcheck lint --shard 2/4 --format json=shard-2.json content/   (then `formcheck merge`)

            Exit codes: 0 clean (or only findings below --fail-level, or only findings \
            in the baseline), 1 findings at or above --fail-level, 2 usage, configuration \
            or I/O error (including an unreadable baseline or an unwritable --output file).
            """
    )

    @Argument(help: "Files or directories to lint; '-' reads standard input.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]

    @OptionGroup var pack: PackOptions

    @OptionGroup var config: ConfigOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "The path to report for the page read from standard input ('-').")
    var stdinFilename: String?

    @Option(help: "Lowest severity that makes the run fail with exit code 1: error, warning, info or never (default: the config's fail-level, else error).")
    var failLevel: FailLevel?

    @Option(help: "Lint only files changed since this git ref (committed, staged, unstaged or untracked), e.g. origin/main.")
    var changedSince: String?

    @Option(help: "Report only findings not recorded in this baseline (see `formcheck baseline`).", completion: .file(extensions: ["json"]))
    var baseline: String?

    @OptionGroup var links: LinkOptions

    @Flag(help: "Print per rule the number of findings, pages, fixable findings by fix level and severity, instead of the findings.")
    var statistics = false

    @Flag(help: "Never colour the output (NO_COLOR in the environment does the same).")
    var noColor = false

    @Flag(help: "Apply the safe fixes the rules know (see `formcheck fix`), then report what is left.")
    var fix = false

    @Flag(help: "With --fix, also apply unsafe fixes (see `formcheck fix`).")
    var unsafeFixes = false

    @Option(help: ArgumentHelp(
        "Lint only part I of N of the pages (1 ≤ I ≤ N), chosen by a hash of each page's path, for CI runners in parallel. Links are not resolved and findings do not set the exit code (0 unless an error, 2): `formcheck merge` of every part's --format json output does both, as one run would.",
        valueName: "I/N"))
    var shard: Shard?

    func validate() throws {
        _ = try output.destinations()
        if stdinFilename != nil, !paths.contains("-") {
            throw ValidationError("--stdin-filename needs '-' among the paths")
        }
        if unsafeFixes, !fix {
            throw ValidationError("--unsafe-fixes needs --fix")
        }
        if statistics, !output.formats.isEmpty || !output.outputs.isEmpty {
            throw ValidationError("--statistics prints a table instead of the reports; it cannot be combined with --format or --output")
        }
        if fix, paths.contains("-") {
            throw ValidationError("--fix rewrites files; it cannot fix standard input ('-')")
        }
        if shard != nil, paths.contains("-") || statistics || baseline != nil {
            throw ValidationError("--shard lints part of the files on disk: it cannot be combined with '-', --statistics or --baseline (merge the parts first)")
        }
    }

    func run() async throws {
        let terminal = Terminal(noColor: noColor)
        let session = try config.session(pack: pack, terminal: terminal, cache: links)
        var writeFailed = false
        if fix {
            let results = session.fix(try terminal.exitOnError { try session.files(paths, changedSince: changedSince) }, write: true, unsafeFixes: unsafeFixes)
            writeFailed = FixSummary(results: results, unsafeFixes: unsafeFixes).print(to: terminal)
        }
        let selection = try terminal.exitOnError { try session.selection(paths, changedSince: changedSince) }
        let files = selection.files
        let standardInput = paths.contains("-")
            ? SourceFile(path: stdinFilename ?? "<stdin>", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile())) : nil
        if let shard {
            let part = session.lintShard(shard, of: files)
            var result = ShardResult.combined([part])
            result.shard = part
            try output.write(result, context: ReportContext(ruleSet: session.ruleSet), terminal: terminal)
            for failure in result.failures { terminal.error(failure) }
            if !result.failures.isEmpty || writeFailed { throw ExitStatus.usage.code }
            return
        }
        // Catalog rules and references compare the linted pages with the whole catalog,
        // whichever were linted (--changed-since).
        let catalog = session.needsCatalog ? try terminal.exitOnError { try session.catalogFiles(paths) } : nil
        var result = await session.lintAndCheckLinks(files, standardInput: standardInput, links: links.checkOptions, catalog: catalog)
        result.skipped += selection.skipped.count
        if let baseline {
            let filtered = try terminal.exitOnError { try session.applying(baseline: baseline, to: result) }
            result = filtered.result
            if filtered.hidden > 0 { terminal.error("\(filtered.hidden) findings recorded in \(baseline) not shown.") }
        }
        if statistics {
            let linksChecked = session.linkMode(links.links) != .skip
            terminal.output(StatisticsTable.render(RuleStatistics(result), linksChecked: linksChecked))
        } else {
            try output.write(result, context: ReportContext(ruleSet: session.ruleSet), terminal: terminal)
        }
        for failure in result.failures { terminal.error(failure) }
        if !result.failures.isEmpty || writeFailed { throw ExitStatus.usage.code }
        if result.fails(at: failLevel ?? session.config?.failLevel ?? .error) { throw ExitStatus.findings.code }
    }
}
