/// Compiles one entry of `rules:` into a `Rule`: the common keys, then the kind's own.
enum RuleCompiler {
    /// Names a rule's `message:` template may use besides fields and `title`.
    static let findingArguments = ["value", "expected", "found", "field", "section", "count", "limit"]

    static func compile(_ node: YAMLNode, taxonomy: Taxonomy, fieldNames: [String], prose: ProseSettings = ProseSettings()) throws(YAMLError) -> Rule {
        var reader = try YAMLMappingReader(node, context: "rule")
        let idNode = try reader.required("id")
        let id = try idNode.string()
        let kindNode = try reader.required("check")
        let kindName = try kindNode.string()
        guard let kind = CheckRegistry.kind(named: kindName) else {
            let names = CheckRegistry.kinds.map(\.name)
            let suggestion = closestMatch(to: kindName, in: names)
            throw YAMLError(
                at: kindNode, "unknown check kind '\(kindName)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                note: "check kinds: " + names.joined(separator: ", "))
        }
        var severity = Severity.error
        if let node = reader.optional("severity") { severity = try Severity.parse(node) }
        let section = try reader.optional("section")?.string()
        var context = CheckFactoryContext(ruleID: id, section: section, taxonomy: taxonomy, fieldNames: fieldNames)
        context.prose = prose
        let message = try reader.optional("message").map { (node) throws(YAMLError) in
            try context.template(node, extraNames: findingArguments)
        }
        let description = try reader.optional("description")?.string()
        let link = try reader.optional("link")?.string()
        let condition = try reader.optional("when").map { (node) throws(YAMLError) in try ConditionLoader.load(node, context: context) }
        let examples = try reader.optional("examples").map(loadExamples) ?? RuleExamples()
        let fixes = try reader.optional("fix")?.bool() ?? true
        let enabled = try reader.optional("enabled")?.bool() ?? true
        let check = try kind.make(&reader, context)
        try reader.finish()
        return Rule(
            id: id, kind: kind.name, severity: severity, message: message, description: description, link: link,
            section: section, condition: condition, check: check, fixes: fixes, enabled: enabled, examples: examples,
            path: node.path, range: idNode.range)
    }

    private static func loadExamples(_ node: YAMLNode) throws(YAMLError) -> RuleExamples {
        var reader = try YAMLMappingReader(node, context: "examples")
        let pass = try reader.optional("pass")?.stringList() ?? []
        let fail = try reader.optional("fail")?.stringList() ?? []
        try reader.finish()
        return RuleExamples(pass: pass, fail: fail)
    }
}
