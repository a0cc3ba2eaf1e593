import Foundation

/// Typed reads of a node. Each throws a ``YAMLError`` located at the node that
/// says what was expected and what was found.
extension YAMLNode {
    /// The text of a non-null scalar, whatever its style: `no` reads as `"no"`.
    public func string() throws(YAMLError) -> String {
        guard let scalar, !scalar.isNull else { throw .typeMismatch(self, expected: "a string") }
        return scalar.value
    }

    /// A plain `true`/`false` (or YAML 1.1's `yes`/`no`/`on`/`off`, any of three casings).
    public func bool() throws(YAMLError) -> Bool {
        guard let value = scalar?.boolValue else { throw .typeMismatch(self, expected: "true or false") }
        return value
    }

    /// A decimal integer, or one written with `0x`, `0o` or `0b`.
    public func int() throws(YAMLError) -> Int {
        guard let value = scalar?.intValue else { throw .typeMismatch(self, expected: "an integer") }
        return value
    }

    /// A decimal or exponent number, an integer, or `.inf`, `-.inf`, `.nan`.
    public func double() throws(YAMLError) -> Double {
        guard let value = scalar?.doubleValue else { throw .typeMismatch(self, expected: "a number") }
        return value
    }

    public func mapping() throws(YAMLError) -> [YAMLPair] {
        guard case .mapping(let pairs) = kind else { throw .typeMismatch(self, expected: "a mapping") }
        return pairs
    }

    public func sequence() throws(YAMLError) -> [YAMLNode] {
        guard case .sequence(let items) = kind else { throw .typeMismatch(self, expected: "a sequence") }
        return items
    }

    /// A sequence of strings; a single string reads as a one-element list and a
    /// null value as an empty list.
    public func stringList() throws(YAMLError) -> [String] {
        switch kind {
        case .sequence(let items):
            var strings: [String] = []
            strings.reserveCapacity(items.count)
            for item in items { strings.append(try item.string()) }
            return strings
        case .scalar(let scalar):
            return scalar.isNull ? [] : [scalar.value]
        case .mapping:
            throw .typeMismatch(self, expected: "a string or a list of strings")
        }
    }

    /// The scalar compiled as an ICU regular expression; a pattern ``RegexSafety``
    /// refuses (nested unbounded repetition) is an error here too.
    public func regex(options: NSRegularExpression.Options = []) throws(YAMLError) -> NSRegularExpression {
        try regex(pattern: try string(), options: options)
    }

    /// `pattern` (derived from this node's text) compiled, errors located at this node.
    package func regex(pattern: String, options: NSRegularExpression.Options = []) throws(YAMLError) -> NSRegularExpression {
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw YAMLError(
                at: self,
                "invalid regular expression '\(Self.abbreviated(pattern))': \(Self.regexProblem(pattern, error))")
        }
        if let problem = RegexSafety.problem(in: pattern) {
            throw YAMLError(
                at: self, "unsafe regular expression '\(Self.abbreviated(pattern))': \(problem)",
                note: "rewrite it so that no repeated group repeats inside (e.g. '(?:a|b)+' for '(a+|b)+'), or make the inner repetition possessive ('a++'); see docs/rules.md, \"Regular expressions\"")
        }
        return expression
    }

    /// Foundation on Linux only says "The value is invalid."; Swift's own regex
    /// parser usually names the problem ("expected ')'"), so ask it first.
    private static func regexProblem(_ pattern: String, _ error: any Error) -> String {
        do {
            _ = try Regex(pattern)
        } catch {
            return String(describing: error)
        }
        let text = (error as NSError).localizedDescription
        return text.hasPrefix("The operation could not be completed. ")
            ? String(text.dropFirst("The operation could not be completed. ".count)) : text
    }
}

extension YAMLNode {
    /// A sequence's items, or the node itself when it is a single scalar.
    package func sequenceOrScalar() throws(YAMLError) -> [YAMLNode] {
        scalar != nil ? [self] : try sequence()
    }
}
