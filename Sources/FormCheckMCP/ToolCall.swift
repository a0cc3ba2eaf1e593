import MCP

extension PageTools {
    /// Runs one `tools/call`: the tool's answer as text, or its failure with `isError`.
    func call(_ params: CallTool.Parameters) -> CallTool.Result {
        let arguments = params.arguments ?? [:]
        func argument(_ name: String) throws(Failure) -> String {
            guard let value = arguments[name]?.stringValue else { throw Failure(message: "\(params.name) needs the string argument '\(name)'") }
            return value
        }
        let path = arguments["path"]?.stringValue
        do throws(Failure) {
            let text: String
            switch params.name {
            case "lint_page": text = try lintPage(text: try argument("text"), path: path)
            case "fix_page": text = Self.json(try fixPage(text: try argument("text"), path: path))
            case "explain_rule": text = try explainRule(try argument("rule"), path: path)
            case "allowed_values": text = Self.json(try allowedValues(field: try argument("field"), path: path))
            default: throw Failure(message: "no tool '\(params.name)'; tools: \(ToolCatalog.tools.map(\.name).joined(separator: ", "))")
            }
            return CallTool.Result(content: [.text(text)], isError: false)
        } catch {
            return CallTool.Result(content: [.text(error.message)], isError: true)
        }
    }
}
