import ArgumentParser
import Foundation
import FormCheckKit

/// `formcheck derive`: a starter rule pack inferred from exemplary pages.
struct DeriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: "Infer a starter rule pack from exemplary pages.",
        discussion: """
            Reads pages that are good examples of one kind and writes a pack for them: the \
            sections most pages have (in their usual order), the `**Key:** Value` and \
            front-matter fields (an enum of the values when few occur, a pattern when many \
            share a shape), the length and numbering of each section's list, and where each \
            section's links lead (as comments). Each rule says how many pages show what it \
            checks. The pack is checked against the same pages: a rule that would give errors \
            on more than 5% of them becomes a warning. Review the pack before use. Examples:
              formcheck derive Samples/recipes/
              formcheck derive content/ --output my-pack.yml && formcheck rules validate --rules my-pack.yml
            """
    )

    @Argument(help: "Exemplary pages, or directories of them.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String]
    @Option(help: "Write the pack to this file instead of standard output.", completion: .file(extensions: ["yml"]))
    var output: String?
    @Option(help: "The pack's name.")
    var name = "derived"

    func run() throws {
        let terminal = Terminal()
        let files: [String]
        do {
            files = try LintSession(ruleSet: RuleSet(name: "empty")).files(paths)
        } catch {
            terminal.error("error: \(error)")
            throw ExitStatus.usage.code
        }
        guard !files.isEmpty else {
            terminal.error("error: no Markdown pages under \(paths.joined(separator: ", "))")
            throw ExitStatus.usage.code
        }
        let (pack, failures) = LintSession(ruleSet: RuleSet(name: "empty")).derivePack(files, name: name)
        for failure in failures { terminal.error(failure) }
        if let output {
            do {
                try Data(pack.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                terminal.error("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.usage.code
            }
            terminal.error("Wrote \(output) from \(files.count - failures.count) pages.")
        } else {
            terminal.output(pack)
        }
        if !failures.isEmpty { throw ExitStatus.usage.code }
    }
}
