import ArgumentParser
import FormCheckKit

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the fixes the rules know: canonical field values, list numbering, section titles, template sentences, link URLs.",
        discussion: """
            Each file is rewritten atomically (a temporary file in its directory, then \
            renamed), keeping its permissions, line endings, byte order mark and final \
            newline. Only safe fixes are applied (case, aliases, numbering, section titles, \
            sentences and links derived from valid fields, verified link URLs); \
            --unsafe-fixes also applies unsafe ones (near-miss values, unverified link URLs, \
            what derives from them); suggestions are never applied. With --dry-run a plan \
            (fixes per rule and level, pages touched) goes to standard error. Examples:

              formcheck fix --dry-run content/ > fixes.patch    # then: patch -p0 < fixes.patch
              formcheck fix content/

            Exit codes: 0 done, 2 usage, configuration or I/O error (a read-only file, an \
            unwritable directory).
            """
    )

    @Argument(help: "Files or directories to fix.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]

    @OptionGroup var pack: PackOptions

    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print a unified diff per file (for patch -p0 or git apply -p0) and change nothing; the plan goes to standard error.")
    var dryRun = false

    @Flag(help: "Also apply unsafe fixes (near-miss values, link URLs that cannot be verified offline, and what derives from them).")
    var unsafeFixes = false

    @Option(help: "Fix only files changed since this git ref, e.g. origin/main.")
    var changedSince: String?

    func validate() throws {
        if paths.contains("-") { throw ValidationError("fix rewrites files; it cannot fix standard input ('-')") }
    }

    func run() throws {
        let terminal = Terminal()
        let session = try config.session(pack: pack, terminal: terminal)
        let results = session.fix(try terminal.exitOnError { try session.files(paths, changedSince: changedSince) }, write: !dryRun, unsafeFixes: unsafeFixes)
        if dryRun {
            for result in results {
                guard let outcome = result.outcome, outcome.changed else { continue }
                terminal.output(UnifiedDiff.make(old: outcome.original, new: outcome.fixed, path: Self.diffPath(outcome.path)))
            }
        }
        if FixSummary(results: results, unsafeFixes: unsafeFixes).print(to: terminal, plan: dryRun) { throw ExitStatus.usage.code }
    }

    /// The path as `git apply -p0` accepts it: no leading `./`.
    static func diffPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }
}
