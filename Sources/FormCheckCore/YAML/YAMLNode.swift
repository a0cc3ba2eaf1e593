/// One node of a parsed YAML document, with where it came from.
///
/// A value type: copying a node (as an alias does) shares its storage.
public struct YAMLNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in the order they were written; duplicate keys are kept.
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// From the node's first character to just past its last one. A node copied
    /// from an anchor by an alias keeps the anchored node's range.
    public var range: SourceRange
    /// The path of the file the node was parsed from, for error messages.
    public var path: String

    public init(_ kind: Kind, range: SourceRange, path: String) {
        self.kind = kind
        self.range = range
        self.path = path
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value of the first pair whose key is the plain string `key`, if this is a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key.scalar?.value == key }?.value
    }

    /// A short phrase naming what the node is, for "expected X, found Y" messages:
    /// `a mapping`, `a sequence`, `an empty value`, `the string 'abc'`.
    public var foundDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(let scalar):
            if scalar.isNull {
                return scalar.value.isEmpty ? "an empty value" : "null ('\(scalar.value)')"
            }
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return (quoted ? "the quoted string " : "the string ") + "'\(Self.abbreviated(scalar.value))'"
        }
    }

    /// Long values are cut to 40 characters so messages stay on one line.
    static func abbreviated(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if oneLine.count <= 40, oneLine.count == text.count { return text }
        return String(oneLine.prefix(40)) + "…"
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
