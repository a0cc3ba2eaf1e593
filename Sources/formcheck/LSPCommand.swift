import ArgumentParser
import Foundation
import FormCheckLSP

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server: findings, fixes, hovers and completions in your editor as you type.",
        discussion: """
            Speaks the Language Server Protocol over standard input and output; your editor \
            starts it, you do not run it by hand. Each open Markdown page is linted as it is \
            typed (its unsaved text, shortly after the last change) with the rules of the \
            nearest .formcheck.yml above the page's folder (the built-in pack when there is \
            none), including its packs, overrides and include/exclude. Links are checked \
            offline only (local files, anchors, sitemap): the server never uses the network.

            What the editor gets:
              diagnostics: the rule id as code, the rule's link, related places;
              code actions: each fix labelled safe or unsafe, "Disable RULE for this
                line" (a formcheck-disable-next-line comment), "Fix all in file" (safe
                fixes only);
              hover: on a finding, the rule's explanation; on a field name, its values;
              completion: after "**Field:** " the field's allowed values, after "## "
                the required sections the page lacks.

            A .formcheck.yml or pack that changes is reloaded; one with an error is shown as \
            a diagnostic on that file and the pages get no findings until it is fixed. \
            Catalog-wide rules (across pages) do not run in the editor.

            Set-up for Neovim, Helix and VS Code: docs/editors.md. To see it answer:

              printf 'Content-Length: 58\\r\\n\\r\\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}' | formcheck lsp

            Exit codes: 0 after the client's shutdown and exit, 1 when the input ends or \
            exit comes without shutdown (as the protocol asks).
            """
    )

    @Option(help: "Milliseconds to wait after a change before linting (0 to 100).")
    var debounce: Int = 50

    func validate() throws {
        guard (0...100).contains(debounce) else { throw ValidationError("--debounce must be between 0 and 100 milliseconds") }
    }

    func run() throws {
        let code = StdioServer.run(options: .init(debounce: Double(debounce) / 1000))
        throw ExitCode(code)
    }
}
