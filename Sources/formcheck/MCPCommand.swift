import ArgumentParser
import Foundation
import FormCheckMCP

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run the Model Context Protocol server, so an AI assistant can check and fix its own drafts.",
        discussion: """
            Speaks MCP over standard input and output; the assistant's client starts it. \
            Tools (every one takes an optional `path`, which picks the .formcheck.yml above \
            it and its overrides; without it, the one above the working directory):

              lint_page       Markdown text → findings as JSON (as lint --format json)
              fix_page        Markdown text → the text with its safe fixes, a unified diff
              explain_rule    a rule id → what `formcheck rules explain` prints
              allowed_values  a field name → its values and their aliases, as JSON

            Nothing is written to disk and no network request is made (links are checked \
            offline). Set-up for MCP clients: docs/editors.md. Example client entry:

              {"mcpServers": {"formcheck": {"command": "formcheck", "args": ["mcp"]}}}

            Exit codes: 0 when the client closes the connection, 2 on a transport error.
            """
    )

    func run() async throws {
        do {
            try await MCPServer.run()
        } catch {
            FileHandle.standardError.write(Data("formcheck mcp: \(error)\n".utf8))
            throw ExitStatus.usage.code
        }
    }
}
