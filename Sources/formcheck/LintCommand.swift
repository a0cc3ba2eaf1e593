import ArgumentParser
import Foundation
import FormCheckKit

extension FailLevel: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension LinkMode: ExpressibleByArgument {}

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Markdown files against the rule packs.",
        discussion: """
            Directories are searched for *.md and *.markdown files (hidden folders, \
            node_modules and .build skipped). Without --rules the built-in exercise pack \
            is used. Examples:

              formcheck lint content/
              formcheck lint --format json --fail-level warning content/
              formcheck lint --rules my-pack.yml page.md
            """
    )

    @Argument(help: "Files or directories to lint.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]

    @OptionGroup var pack: PackOptions

    @Option(help: "Output format: \(ReportFormat.allValueStrings.joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Lowest severity that makes the run fail with exit code 1: error, warning, info or never.")
    var failLevel: FailLevel = .error

    @OptionGroup var links: LinkOptions

    @Flag(help: "Never colour the output (NO_COLOR in the environment does the same).")
    var noColor = false

    func run() async throws {
        let terminal = Terminal(noColor: noColor)
        let ruleSet = try pack.load(terminal: terminal)
        let files: [String]
        do {
            files = try FileCollector().collect(paths)
        } catch {
            terminal.error("error: \(error)")
            throw ExitStatus.usage.code
        }
        var result = Linter(ruleSet: ruleSet).lint(paths: files)
        let linkStart = Date()
        result.merge(await links.check(result.links, settings: ruleSet.links ?? LinkSettings(), terminal: terminal))
        result.duration += Date().timeIntervalSince(linkStart)
        terminal.output(format.reporter(color: terminal.stdoutColor).report(result))
        for failure in result.failures { terminal.error(failure) }
        if !result.failures.isEmpty { throw ExitStatus.usage.code }
        if result.fails(at: failLevel) { throw ExitStatus.findings.code }
    }
}
