/// Reads the keys of one mapping and reports the keys nobody asked for.
///
/// ```swift
/// var reader = try YAMLMappingReader(node, context: "rule")
/// let id = try reader.required("id").string()
/// let when = reader.optional("when")
/// try reader.finish()   // "unknown key 'severty' in rule; did you mean 'severity'?"
/// ```
///
/// Creating a reader fails when the node is not a mapping, a key is not a string,
/// or a key appears twice (the error points at the second occurrence).
public struct YAMLMappingReader: Sendable {
    public let node: YAMLNode
    /// What the mapping is, for messages: "rule", "pack", "taxonomy".
    public let context: String
    public let pairs: [YAMLPair]
    /// Keys asked for so far, in order, which are also the "did you mean" candidates.
    public private(set) var knownKeys: [String] = []

    public init(_ node: YAMLNode, context: String) throws(YAMLError) {
        guard case .mapping(let pairs) = node.kind else {
            throw .typeMismatch(node, expected: "a mapping for the \(context)")
        }
        var firstSeen: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar, !pair.key.isNull else {
                throw .typeMismatch(pair.key, expected: "a string key in the \(context)")
            }
            if let first = firstSeen[key.value] {
                throw YAMLError(
                    at: pair.key, "duplicate key '\(key.value)' in \(context)",
                    note: "first defined at \(first.path):\(first.range.start)")
            }
            firstSeen[key.value] = pair.key
        }
        self.node = node
        self.context = context
        self.pairs = pairs
    }

    /// The value under `key`; throws at the mapping when it is missing.
    public mutating func required(_ key: String) throws(YAMLError) -> YAMLNode {
        guard let value = optional(key) else {
            throw YAMLError(
                path: node.path, range: SourceRange(at: node.range.start),
                message: "missing required key '\(key)' in \(context)")
        }
        return value
    }

    /// The value under `key`, or `nil` when the mapping does not have it.
    public mutating func optional(_ key: String) -> YAMLNode? {
        if !knownKeys.contains(key) { knownKeys.append(key) }
        return pairs.first { $0.key.scalar?.value == key }?.value
    }

    /// Throws for the first key that was never asked for and is not in `extraAllowed`.
    public func finish(extraAllowed: [String] = []) throws(YAMLError) {
        if let first = unknownKeyErrors(extraAllowed: extraAllowed, stopAtFirst: true).first {
            throw first
        }
    }

    /// One error per key that was never asked for and is not in `extraAllowed`.
    public func finishAll(extraAllowed: [String] = []) -> [YAMLError] {
        unknownKeyErrors(extraAllowed: extraAllowed, stopAtFirst: false)
    }

    private func unknownKeyErrors(extraAllowed: [String], stopAtFirst: Bool) -> [YAMLError] {
        let allowed = knownKeys + extraAllowed.filter { !knownKeys.contains($0) }
        var errors: [YAMLError] = []
        for pair in pairs {
            let name = pair.key.scalar?.value ?? ""
            guard !allowed.contains(name) else { continue }
            let suggestion = closestMatch(to: name, in: allowed)
            var error = YAMLError.unknownKey(pair.key, name: name, context: context, suggestion: suggestion)
            if suggestion == nil, !allowed.isEmpty {
                error.note = "expected one of: " + allowed.map { "'\($0)'" }.joined(separator: ", ")
            }
            errors.append(error)
            if stopAtFirst { break }
        }
        return errors
    }
}
