extension LanguageServer {
    /// On a finding: its message and the rule's explanation (as `formcheck rules explain`
    /// prints it). On a field's name: the values the pack allows for it.
    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        let uri = params.textDocument.uri
        guard let document = documents[uri], let analysis = analysis(of: uri), let session = analysis.session else { return nil }
        let ruleSet = session.ruleSet(for: document.path)
        let map = analysis.map
        let offset = map.offset(of: params.position)
        let onFinding = analysis.diagnostics.filter { $0.range.start.offset <= offset && offset <= $0.range.end.offset }
        if !onFinding.isEmpty {
            let sections = onFinding.map { diagnostic in
                var text = "**\(diagnostic.ruleID)** (\(diagnostic.severity.rawValue)): \(diagnostic.message)"
                if let rule = ruleSet.rule(diagnostic.ruleID) {
                    text += "\n\n```text\n\(RuleExplanation(rule: rule, ruleSet: ruleSet).text)```"
                }
                return text
            }
            return Hover(contents: .markdown(sections.joined(separator: "\n\n---\n\n")), range: map.range(of: onFinding[0].range))
        }
        let fields = ruleSet.fieldSource.fields(of: MarkdownParser.parse(analysis.source))
        guard let field = fields.first(where: { $0.keyRange.start.offset <= offset && offset <= $0.keyRange.end.offset }),
              let allowed = ruleSet.allowedValues(forField: field.key)
        else { return nil }
        return Hover(contents: .markdown(Self.allowedValuesText(field.key, allowed)), range: map.range(of: field.keyRange))
    }

    /// `**Field** allows: A, B, C` and the aliases the linter rewrites to each value.
    static func allowedValuesText(_ field: String, _ allowed: TaxonomyEnum) -> String {
        var lines = ["**\(field)** allows one of (taxonomy `\(allowed.name)`):", ""]
        for value in allowed.values {
            let aliases = value.aliases.isEmpty ? "" : " (also written: \(value.aliases.joined(separator: ", ")))"
            lines.append("- \(value.canonical)\(aliases)")
        }
        return lines.joined(separator: "\n")
    }
}
