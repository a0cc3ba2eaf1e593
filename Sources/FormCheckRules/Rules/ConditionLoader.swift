/// Reads a `when:` condition (see `Condition`).
enum ConditionLoader {
    static func load(_ node: YAMLNode, context: CheckFactoryContext) throws(YAMLError) -> Condition {
        var reader = try YAMLMappingReader(node, context: "condition")
        for (key, combine) in [("all", Condition.all), ("any", Condition.any)] {
            if let list = reader.optional(key) {
                let conditions = try list.sequence().map { (node) throws(YAMLError) in try load(node, context: context) }
                try reader.finish()
                return combine(conditions)
            }
        }
        let field = try context.fieldName(try reader.required("field"))
        var conditions = try tests(&reader, field: field)
        if let negated = reader.optional("not") {
            var inner = try YAMLMappingReader(negated, context: "condition")
            let tests = try tests(&inner, field: field)
            try inner.finish()
            guard !tests.isEmpty else { throw YAMLError(at: negated, "'not' needs one of 'equals', 'in', 'matches' or 'present'") }
            conditions.append(.not(tests.count == 1 ? tests[0] : .all(tests)))
        }
        try reader.finish()
        guard !conditions.isEmpty else {
            throw YAMLError(at: node, "condition on '\(field)' needs one of 'equals', 'in', 'matches', 'present' or 'not'")
        }
        return conditions.count == 1 ? conditions[0] : .all(conditions)
    }

    /// The tests on one field that a mapping names.
    private static func tests(_ reader: inout YAMLMappingReader, field: String) throws(YAMLError) -> [Condition] {
        var conditions: [Condition] = []
        if let value = reader.optional("equals") { conditions.append(.equals(field: field, value: try value.string())) }
        if let values = reader.optional("in") { conditions.append(.oneOf(field: field, values: try values.stringList())) }
        if let pattern = reader.optional("matches") { conditions.append(.matches(field: field, pattern: RegexBox(try pattern.regex()))) }
        if let present = reader.optional("present") { conditions.append(.present(field: field, expected: try present.bool())) }
        return conditions
    }
}
