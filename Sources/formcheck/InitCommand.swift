import ArgumentParser
import Foundation
import FormCheckKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .formcheck.yml in the current directory.",
        discussion: """
            The Markdown pages under the current directory are read with each built-in pack \
            (`formcheck rules list` names them): when folders of more than one kind are found, \
            each pack gets a page type (`types:`) with the folders where most of its pages \
            have at least half of its required sections and fields. Otherwise the default \
            pack's folders become the `include:` globs. Either way a first `lint` skips \
            other Markdown.
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

    /// The starter with a `types:` entry per built-in pack that describes some folders
    /// (in place of `extends:` and `include:`): pages in other folders are skipped.
    static func starter(types: [(pack: String, globs: [String])]) -> String {
        let entries = types.map { type in
            "  - name: \(type.pack)\n    files: [\(type.globs.map(quoted).joined(separator: ", "))]\n    extends: [\(type.pack)]"
        }.joined(separator: "\n")
        return starter.replacingOccurrences(
            of: "# Rule packs: built-in names (exercise) or pack files relative to this file.\nextends: [exercise]\n",
            with: "# Page types, written by `formcheck init`: the folders whose pages have most of a\n# built-in pack's required sections and fields, with that pack. The first type whose\n# files match a page lints it; a page of no type is skipped (docs/page-types.md).\ntypes:\n"
                + entries + "\n")
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
        let types = try folderTypes(terminal: terminal)
        let globs = types.count > 1 ? [] : try includeGlobs(terminal: terminal)
        let text = types.count > 1 ? Self.starter(types: types) : Self.starter(include: globs)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            terminal.error("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.usage.code
        }
        if types.count > 1 {
            terminal.error("Wrote \(path) with types: " + types.map { "\($0.pack) (\($0.globs.joined(separator: ", ")))" }.joined(separator: "; ") + ".")
            return
        }
        terminal.error(globs.isEmpty
            ? "Wrote \(path)."
            : "Wrote \(path) with include: \(globs.joined(separator: ", ")).")
    }

    /// Each built-in pack with the folders under the current directory whose pages it
    /// describes best.
    private func folderTypes(terminal: Terminal) throws -> [(pack: String, globs: [String])] {
        let files = try terminal.exitOnError { try LintSession(SessionSetup(usesConfig: false)).files(["."]) }
        let packs = try BuiltinPackCatalog.displayNames.map { name in
            let session = try LintSession(SessionSetup(packs: [name], usesConfig: false))
            return (name: name, pages: session.lint(files, collecting: [.pageFacts]).pages, requirements: ReportRequirements(ruleSet: session.ruleSet))
        }
        return PackFolders.typeGlobs(packs)
    }

    /// The folders under the current directory whose pages the built-in pack describes.
    private func includeGlobs(terminal: Terminal) throws -> [String] {
        let session = try LintSession(SessionSetup(usesConfig: false))
        let files = try terminal.exitOnError { try session.files(["."]) }
        let result = session.lint(files, collecting: [.pageFacts])
        return PackFolders.includeGlobs(result.pages, requirements: ReportRequirements(ruleSet: session.ruleSet))
    }
}
