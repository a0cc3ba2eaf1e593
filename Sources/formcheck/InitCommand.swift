import ArgumentParser
import Foundation
import FormCheckKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .formcheck.yml in the current directory.")

    @Flag(help: "Overwrite an existing .formcheck.yml.")
    var force = false

    static let starter = """
        # FormCheck project configuration. `formcheck lint` finds this file by walking up
        # from the working directory; `--config FILE` picks another, `--no-config` none.

        # Rule packs: built-in names (exercise) or pack files relative to this file.
        extends: [exercise]

        # Which Markdown files to lint, as globs relative to this file
        # (* within a folder, ** across folders). Default: every Markdown file given.
        # include: ["content/**/*.md"]
        # exclude: ["content/drafts/**"]

        # Lowest severity that fails the run (exit code 1): error, warning, info or never.
        fail-level: error

        # Per-rule changes by id (`formcheck rules list` shows the ids):
        # rules:
        #   quick-answer-length: { severity: info }
        #   faq-questions: off

        """

    func run() throws {
        let terminal = Terminal()
        let path = ProjectConfig.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            terminal.error("error: \(path) already exists; use --force to overwrite it")
            throw ExitStatus.usage.code
        }
        do {
            try Data(Self.starter.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            terminal.error("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.usage.code
        }
        terminal.error("Wrote \(path).")
    }
}
