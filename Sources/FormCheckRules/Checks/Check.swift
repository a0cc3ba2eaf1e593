/// A compiled rule body: a pure function from one document to findings.
///
/// A check kind is one type conforming to `Check` plus an entry in `CheckRegistry`.
public protocol Check: Sendable {
    func findings(in context: CheckContext) -> [Finding]
    /// What the check adds to the catalog report (default: nothing).
    var reportContribution: ReportContribution { get }
    /// The sentence templates the check matches (default: none). Sentences of their shape
    /// repeat across pages by design, so catalog rules leave them out.
    var sentenceTemplates: [TemplatePattern] { get }
    /// The question (heading) templates the check matches (default: none). Their answers
    /// are written from the fields, so they repeat across pages by design.
    var questionTemplates: [TemplatePattern] { get }
}

extension Check {
    public var sentenceTemplates: [TemplatePattern] { [] }
    public var questionTemplates: [TemplatePattern] { [] }
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
    /// Edits that repair the finding, applied by `--fix`.
    public var fix: Fix?
    /// Edits that would repair it but may change more than the finding: shown, never applied.
    public var suggestion: Fix?
    /// The finding is reported at most at this severity, whatever its rule's (a spelling
    /// the pack accepts as an alias is worth a warning, never an error).
    public var severityCap: Severity?

    public init(
        range: SourceRange, message: String, expected: String? = nil, found: String? = nil,
        related: [RelatedLocation] = [], arguments: [String: String] = [:], fix: Fix? = nil, suggestion: Fix? = nil,
        severityCap: Severity? = nil
    ) {
        self.severityCap = severityCap
        self.range = range
        self.fix = fix
        self.suggestion = suggestion
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
