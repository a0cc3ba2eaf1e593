extension ClaimsCheck: ExplainableCheck {
    public var explanation: [String] {
        var lines = ["claims \(field) (values of taxonomy '\(taxonomyEnum.name)')"]
        lines.append("reads: " + scopes.map { scope in
            scope.section + (scope.question.map { " › \"\($0.template.source)\"" } ?? "") + " (\(scope.paragraphs.rawValue))"
        }.joined(separator: "; "))
        lines.append("cues:")
        for cue in cues {
            lines.append("  \"\(cue.template.source)\"" + (cue.alsoFields.isEmpty ? "" : "  (also accepts \(cue.alsoFields.joined(separator: ", ")))"))
        }
        var accepted = "a claim agrees with: the field's value" + allowFields.map { ", \($0)" }.joined()
        if !relations.isEmpty { accepted += ", or a value linked to one by " + relations.map(\.rawValue).sorted().joined(separator: " or ") }
        lines.append(accepted)
        if !standard.isEmpty { lines.append("fixed from the field in: " + standard.map { "\"\($0.template.source)\"" }.joined(separator: ", ")) }
        if !skip.isEmpty { lines.append("left to consistency rules: " + skip.map { "\"\($0.template.source)\"" }.joined(separator: ", ")) }
        return lines
    }
}

extension ClaimsCheck {
    static let kind = CheckKind(
        name: "claims",
        summary: "a cue with a taxonomy value in its slot, anywhere in the prose read, must agree with a field",
        keys: [
            SchemaKey("field", .string, "the field the claimed values must agree with"),
            SchemaKey("enum", .string, "the taxonomy whose values fill the cues' {{value}} slot"),
            SchemaKey("read", .sequence, "where to read: [{ section, in, question }]"),
            SchemaKey("cues", .sequence, "templates with a {{value}} slot, or { cue, also: [fields] }"),
            SchemaKey("allow-fields", .strings, "other fields whose values a claim may also name"),
            SchemaKey("relations", .strings, "taxonomy relations that make a value agree: part-of, related (default both)"),
            SchemaKey("skip", .strings, "templates of sentences a consistency rule checks, not read here"),
            SchemaKey("standard", .strings, "templates of standard sentences: a claim there is fixed from the field"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let field = try context.fieldName(reader.required("field"))
        let taxonomyEnum = try context.taxonomyEnum(reader.required("enum"))
        var scopes: [ClaimScope] = []
        let readNode = try reader.required("read")
        for item in try readNode.sequence() { scopes.append(try ClaimScope.load(item, context: context)) }
        guard !scopes.isEmpty else { throw YAMLError(at: readNode, "'read' needs at least one { section }") }
        let cuesNode = try reader.required("cues")
        var cues: [ClaimCue] = []
        for item in try cuesNode.sequence() {
            var templateNode = item
            var also: [String] = []
            if item.scalar == nil {
                var inner = try YAMLMappingReader(item, context: "cue")
                templateNode = try inner.required("cue")
                if let node = inner.optional("also") {
                    for name in node.scalar != nil ? [node] : try node.sequence() { also.append(try context.fieldName(name)) }
                }
                try inner.finish()
            }
            let template = try context.template(templateNode, extraNames: [ClaimCue.slot])
            guard let cue = ClaimCue(template, alsoFields: also) else {
                throw YAMLError(at: templateNode, "a cue needs exactly one '{{value}}' slot")
            }
            cues.append(cue)
        }
        guard !cues.isEmpty else { throw YAMLError(at: cuesNode, "'cues' needs at least one cue") }
        var allowFields: [String] = []
        if let node = reader.optional("allow-fields") {
            for item in node.scalar != nil ? [node] : try node.sequence() { allowFields.append(try context.fieldName(item)) }
        }
        var relations = Set(TaxonomyRelation.allCases)
        if let node = reader.optional("relations") {
            relations = []
            for item in node.scalar != nil ? [node] : try node.sequence() {
                let name = try item.string()
                guard let relation = TaxonomyRelation(rawValue: name) else {
                    throw YAMLError(at: item, "unknown relation '\(name)'; expected part-of or related")
                }
                relations.insert(relation)
            }
        }
        func templates(_ key: String) throws(YAMLError) -> [TemplatePattern] {
            guard let node = reader.optional(key) else { return [] }
            var patterns: [TemplatePattern] = []
            for item in node.scalar != nil ? [node] : try node.sequence() {
                patterns.append(TemplatePattern(try context.template(item, extraNames: [TemplatePattern.wildcard])))
            }
            return patterns
        }
        return ClaimsCheck(
            field: field, taxonomyEnum: taxonomyEnum, scopes: scopes, cues: cues, allowFields: allowFields, relations: relations,
            skip: try templates("skip"), standard: try templates("standard"), prose: context.prose)
    }
}
