/// One finding of one rule in one file, ready to report.
public struct Diagnostic: Sendable, Hashable, Encodable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var path: String
    public var range: SourceRange
    /// Titles of the sections the finding sits in, outermost first.
    public var sectionPath: [String]
    public var expected: String?
    public var found: String?
    /// Other places that explain the finding, e.g. the field a sentence disagrees with.
    public var related: [RelatedLocation]
    /// The text of the line the finding starts on, for reporters that show source.
    public var sourceLine: String

    public init(
        ruleID: String, severity: Severity, message: String, path: String, range: SourceRange,
        sectionPath: [String] = [], expected: String? = nil, found: String? = nil,
        related: [RelatedLocation] = [], sourceLine: String = ""
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.sectionPath = sectionPath
        self.expected = expected
        self.found = found
        self.related = related
        self.sourceLine = sourceLine
    }
}

public struct RelatedLocation: Sendable, Hashable, Encodable {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}
