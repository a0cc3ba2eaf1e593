/// A compiled rule body: a pure function from one document to findings.
///
/// A check kind is one type conforming to `Check` plus an entry in `CheckRegistry`.
public protocol Check: Sendable {
    func findings(in context: CheckContext) -> [Finding]
}

/// What a check reports; the linter adds the rule id, severity and path.
public struct Finding: Sendable, Hashable {
    public var range: SourceRange
    public var message: String
    public var expected: String?
    public var found: String?
    public var related: [RelatedLocation]
    /// Values a rule's `message:` template may use besides the page's fields
    /// (`value`, `expected`, `field`, `section`…).
    public var arguments: [String: String]

    public init(
        range: SourceRange, message: String, expected: String? = nil, found: String? = nil,
        related: [RelatedLocation] = [], arguments: [String: String] = [:]
    ) {
        self.range = range
        self.message = message
        self.expected = expected
        self.found = found
        self.related = related
        var arguments = arguments
        if let expected, arguments["expected"] == nil { arguments["expected"] = expected }
        if let found, arguments["value"] == nil { arguments["value"] = found }
        self.arguments = arguments
    }
}
