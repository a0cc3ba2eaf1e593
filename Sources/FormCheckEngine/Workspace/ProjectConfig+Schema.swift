extension PackSchema {
    /// The JSON Schema of `.formcheck.yml`, from the keys `ProjectConfig` reads.
    public static func config() -> [String: Any] {
        let ruleOverride: [String: Any] = ["anyOf": [
            ["enum": ["off", "error", "warning", "info", false]],
            object([
                SchemaKey("severity", .oneOf(["error", "warning", "info"]), "the rule's new severity"),
                SchemaKey("off", .boolean, "turn the rule off"),
            ]),
        ]]
        var schema = object(ProjectConfig.keys)
        var properties = schema["properties"] as? [String: Any] ?? [:]
        properties["rules"] = ["type": "object", "additionalProperties": ruleOverride, "description": "rule id → off, a severity, or { severity, off }"]
        properties["links"] = object(linkKeys + ProjectConfig.linkModeKeys)
        var override = object(ProjectConfig.overrideKeys, required: ["files"])
        var overrideProperties = override["properties"] as? [String: Any] ?? [:]
        overrideProperties["rules"] = properties["rules"]
        override["properties"] = overrideProperties
        properties["overrides"] = ["type": "array", "items": override]
        var patch = object(TaxonomyPatch.keys)
        var patchProperties = patch["properties"] as? [String: Any] ?? [:]
        for key in ["add", "replace"] {
            patchProperties[key] = [
                "type": "array", "items": taxonomyValueSchema, "description": TaxonomyPatch.keys.first { $0.name == key }?.help ?? "",
            ]
        }
        patch["properties"] = patchProperties
        properties["types"] = ["type": "array", "items": object(ProjectConfig.typeKeys, required: ["name", "files"]),
                               "description": "page types: the first whose files match a page lints it with its packs; a page matching no type is skipped"]
        properties["taxonomy"] = ["type": "object", "additionalProperties": patch, "description": "taxonomy name → { add, replace }"]
        schema["properties"] = properties
        schema["$schema"] = draft
        schema["title"] = "FormCheck project configuration (.formcheck.yml)"
        return schema
    }
}
