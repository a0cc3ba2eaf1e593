import MCP

/// The tools `formcheck mcp` offers, with their input schemas.
enum ToolCatalog {
    static let pathProperty: Value = .object([
        "type": "string",
        "description": "The page's file path (relative to the server's working directory). Picks the .formcheck.yml above it and its overrides; the file is not read.",
    ])

    static let tools: [Tool] = [
        Tool(
            name: "lint_page",
            description: "Lint a Markdown page against the project's rule packs. Returns the findings as JSON (the shape of `formcheck lint --format json`): rule, severity, message, 1-based line and column, fixes with their level (safe, unsafe, suggestion). Links are checked offline only.",
            inputSchema: schema(["text": markdownProperty, "path": pathProperty], required: ["text"]),
            annotations: .init(readOnlyHint: true)),
        Tool(
            name: "fix_page",
            description: "Apply the safe fixes FormCheck knows to a Markdown page. Returns JSON with the fixed text, a unified diff, the rules whose fixes were applied and how many findings remain. Nothing is written to disk.",
            inputSchema: schema(["text": markdownProperty, "path": pathProperty], required: ["text"]),
            annotations: .init(readOnlyHint: true)),
        Tool(
            name: "explain_rule",
            description: "Explain a rule by id: what it checks, where it is defined, and its examples with the findings they give.",
            inputSchema: schema(["rule": .object(["type": "string", "description": "The rule id, as in a finding's `rule`."]), "path": pathProperty], required: ["rule"]),
            annotations: .init(readOnlyHint: true)),
        Tool(
            name: "allowed_values",
            description: "The values a field may take (its vocabulary in the pack's taxonomy), each with the aliases FormCheck rewrites to it.",
            inputSchema: schema(["field": .object(["type": "string", "description": "The field's name as written on the page, e.g. the text between ** and :**."]), "path": pathProperty], required: ["field"]),
            annotations: .init(readOnlyHint: true)),
    ]

    static let markdownProperty: Value = .object(["type": "string", "description": "The page's Markdown text."])

    static func schema(_ properties: [String: Value], required: [String]) -> Value {
        .object(["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })])
    }
}
