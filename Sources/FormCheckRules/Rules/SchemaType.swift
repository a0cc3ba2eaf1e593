/// The JSON Schema type of a key in a pack or config, for `formcheck rules schema`.
public enum SchemaType: Sendable, Hashable {
    case string
    case integer
    case number
    case boolean
    /// One string, or a list of strings.
    case strings
    case mapping
    case sequence
    case oneOf([String])
    /// Anything: the key's value is checked when the pack loads.
    case any

    var json: [String: Any] {
        switch self {
        case .string: ["type": "string"]
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        case .boolean: ["type": "boolean"]
        case .strings: ["anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]]]
        case .mapping: ["type": "object"]
        case .sequence: ["type": "array"]
        case .oneOf(let values): ["enum": values]
        case .any: [:]
        }
    }
}

/// A key of a rule, pack or config: its name, type and a line of help for editors.
public struct SchemaKey: Sendable, Hashable {
    public var name: String
    public var type: SchemaType
    public var help: String

    public init(_ name: String, _ type: SchemaType, _ help: String) {
        self.name = name
        self.type = type
        self.help = help
    }

    var json: [String: Any] {
        var schema = type.json
        schema["description"] = help
        return schema
    }
}
