import ArgumentParser
import FormCheckKit

struct FormCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formcheck",
        abstract: "Lint structured Markdown content against YAML rule packs.",
        discussion: """
            Exit codes: 0 clean (or only findings below --fail-level), 1 findings at or \
            above the failure level, 2 usage, configuration or I/O error.
            """,
        // "0.1.0 (commit 0123456789ab)": a bug report says which build was run.
        version: "\(FormCheckVersion.current) (commit \(BuildCommit.id))",
        subcommands: [LintCommand.self, MergeCommand.self, FixCommand.self, ReportCommand.self, VocabCommand.self, DeriveCommand.self, BaselineCommand.self, InitCommand.self, RulesCommand.self, DumpCommand.self, LSPCommand.self, MCPCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
