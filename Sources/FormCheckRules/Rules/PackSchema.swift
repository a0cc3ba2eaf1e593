import Foundation

/// JSON Schemas (draft-07) for rule packs and `.formcheck.yml`, built from the same key
/// lists the loaders use, so editors can complete and validate both. The configuration's
/// schema (`config()`) is built next to `ProjectConfig`, in the engine.
public enum PackSchema {
    public static let draft = "http://json-schema.org/draft-07/schema#"

    /// The keys every rule has, whatever its kind.
    public static let ruleKeys: [SchemaKey] = [
        SchemaKey("id", .string, "the rule's id, shown with each finding"),
        SchemaKey("check", .oneOf(CheckRegistry.kinds.map(\.name)), "the check kind"),
        SchemaKey("severity", .oneOf(Severity.allCases.map(\.rawValue).reversed()), "error (default), warning or info"),
        SchemaKey("message", .string, "a template replacing the check's message: {{value}}, {{expected}}, {{field}}, fields, {{title}}"),
        SchemaKey("description", .string, "what the rule checks, shown by `formcheck rules explain`"),
        SchemaKey("link", .string, "a page explaining the rule"),
        SchemaKey("section", .string, "the section the rule looks at"),
        SchemaKey("when", .mapping, "a condition on the page's fields: { field, equals | in | matches | present | not } or { all | any: [...] }"),
        SchemaKey("examples", .mapping, "{ pass: [...], fail: [...] }: Markdown snippets the rule passes and fails"),
        SchemaKey("fix", .boolean, "false: offer this rule's fixes as suggestions only (default: true)"),
        SchemaKey("enabled", .boolean, "false: the rule runs only when a project's config turns it on (default: true)"),
    ]

    public static let linkKeys: [SchemaKey] = [
        SchemaKey("site", .strings, "the site's own base URLs; links under them are internal"),
        SchemaKey("sitemap", .string, "a file listing the site's URLs (plain list or sitemap.xml)"),
        SchemaKey("content", .mapping, "URL pattern → local file pattern, both with {slug}"),
        SchemaKey("accept", .any, "status codes counted as working (default 200-299)"),
        SchemaKey("exclude", .strings, "regular expressions of URLs never checked"),
        SchemaKey("trailing-slash", .oneOf(["ignore", "significant"]), "whether /a and /a/ are different URLs"),
        SchemaKey("timeout", .number, "seconds for a whole request"),
        SchemaKey("connect-timeout", .number, "seconds to connect"),
        SchemaKey("max-retry-wait", .number, "the most seconds spent waiting on Retry-After and backoff"),
        SchemaKey("retries", .integer, "retries of a failed request"),
        SchemaKey("per-host", .integer, "requests at once to one host"),
        SchemaKey("concurrency", .integer, "requests at once in all"),
        SchemaKey("max-redirects", .integer, "redirects followed before giving up"),
        SchemaKey("severity", .mapping, "severity per outcome: broken, fragment, timeout, redirect-loop, refused, error"),
    ]

    /// A taxonomy value: a string, or `{ value, aliases, slug, part-of, related }`.
    package static var taxonomyValueSchema: [String: Any] {
        ["anyOf": [
            ["type": "string"],
            object([
                SchemaKey("value", .string, "the canonical value"),
                SchemaKey("aliases", .strings, "other spellings writers use"),
                SchemaKey("slug", .string, "the value in URLs (default: lowercase, hyphenated)"),
                SchemaKey("part-of", .strings, "values of the same taxonomy this value is a part of"),
                SchemaKey("related", .strings, "values of the same taxonomy that may stand for this one"),
            ], required: ["value"]),
        ]]
    }

    public static func pack() -> [String: Any] {
        let taxonomyValue = taxonomyValueSchema
        let rules = CheckRegistry.kinds.map { kind -> [String: Any] in
            var schema = object(ruleKeys.filter { $0.name != "check" } + kind.keys, required: ["id", "check"])
            var properties = schema["properties"] as? [String: Any] ?? [:]
            properties["check"] = ["const": kind.name, "description": kind.summary]
            schema["properties"] = properties
            return schema
        }
        var schema = object([
            SchemaKey("pack", .string, "the pack's name"),
            SchemaKey("description", .string, "what the pack is for"),
            SchemaKey("include", .strings, "other pack files merged in, relative to this one"),
            SchemaKey("fields", .mapping, "where fields are read and which exist"),
            SchemaKey("taxonomy", .mapping, "named vocabularies: name → list of values"),
            SchemaKey("links", .mapping, "link checking settings"),
            SchemaKey("rules", .sequence, "the rules, in order"),
            SchemaKey("report", .mapping, "settings of `formcheck report`"),
            SchemaKey("prose", .mapping, "words of comparison and negation, and clause joins, for claims"),
        ])
        var properties = schema["properties"] as? [String: Any] ?? [:]
        properties["fields"] = object([
            SchemaKey("from", .mapping, "{ section, front-matter }: where `**Key:** Value` fields are read"),
            SchemaKey("names", .strings, "the field names the pack knows"),
        ])
        properties["taxonomy"] = ["type": "object", "additionalProperties": ["type": "array", "items": taxonomyValue]]
        properties["links"] = object(linkKeys)
        properties["report"] = object([SchemaKey("group-by", .strings, "fields whose values group the report's breakdown")])
        properties["prose"] = object(ProseSettings.keys)
        properties["rules"] = ["type": "array", "items": ["oneOf": rules]]
        schema["properties"] = properties
        schema["$schema"] = draft
        schema["title"] = "FormCheck rule pack"
        return schema
    }

    package static func object(_ keys: [SchemaKey], required: [String] = []) -> [String: Any] {
        var properties: [String: Any] = [:]
        for key in keys { properties[key.name] = key.json }
        var schema: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    public static func text(_ schema: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
