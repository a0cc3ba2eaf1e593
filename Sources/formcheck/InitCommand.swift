import ArgumentParser
import Foundation
import FormCheckKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .formcheck.yml in the current directory.",
        discussion: """
            The Markdown pages under the current directory are read with the built-in pack: \
            the folders where most pages have at least half of the pack's required sections \
            and fields become the `include:` globs, so a first `lint` skips other Markdown.
            """)

    @Flag(help: "Overwrite an existing .formcheck.yml.")
    var force = false

    /// The starter with `include:` set to `globs` (left as a commented example when empty).
    static func starter(include globs: [String]) -> String {
        guard !globs.isEmpty else { return starter }
        let list = globs.map(quoted).joined(separator: ", ")
        return starter.replacingOccurrences(
            of: "# (* within a folder, ** across folders). Default: every Markdown file given.\n# include: [\"content/**/*.md\"]",
            with: "# (* within a folder, ** across folders). Written by `formcheck init`: the folders\n# whose pages have most of the pack's required sections and fields.\ninclude: [\(list)]")
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

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
        let globs = try includeGlobs(terminal: terminal)
        do {
            try Data(Self.starter(include: globs).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            terminal.error("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.usage.code
        }
        terminal.error(globs.isEmpty
            ? "Wrote \(path)."
            : "Wrote \(path) with include: \(globs.joined(separator: ", ")).")
    }

    /// The folders under the current directory whose pages the built-in pack describes.
    private func includeGlobs(terminal: Terminal) throws -> [String] {
        let session = try LintSession(SessionSetup(usesConfig: false))
        let files = try terminal.exitOnError { try session.files(["."]) }
        let result = session.lint(files, collecting: [.pageFacts])
        return PackFolders.includeGlobs(result.pages, requirements: ReportRequirements(ruleSet: session.ruleSet))
    }
}
