import Foundation
import MCP

/// `formcheck mcp`: the Model Context Protocol server over standard input and output,
/// offering ``ToolCatalog/tools`` backed by ``PageTools``.
public enum MCPServer {
    /// Serves until the client closes the connection.
    public static func run(directory: String = FileManager.default.currentDirectoryPath) async throws {
        let tools = PageTools(directory: directory)
        let server = Server(
            name: "formcheck", version: FormCheckVersion.current,
            instructions: "Lint Markdown pages against the project's FormCheck rule packs before you hand them over: lint_page, then fix_page for the safe fixes, explain_rule for a finding's rule, allowed_values for a field's vocabulary.",
            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: ToolCatalog.tools) }
        await server.withMethodHandler(CallTool.self) { params in tools.call(params) }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }
}
