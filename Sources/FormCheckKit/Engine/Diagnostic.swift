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
    /// `range`'s columns in UTF-16 code units (SARIF's unit), filled in by the linter.
    public var utf16Columns: UTF16Columns?
    /// Edits that repair the finding (`formcheck fix`, `lint --fix`).
    public var fix: Fix?
    /// Edits offered, never applied: they may change more than the finding.
    public var suggestion: Fix?

    public init(
        ruleID: String, severity: Severity, message: String, path: String, range: SourceRange,
        sectionPath: [String] = [], expected: String? = nil, found: String? = nil,
        related: [RelatedLocation] = [], sourceLine: String = "", utf16Columns: UTF16Columns? = nil,
        fix: Fix? = nil, suggestion: Fix? = nil
    ) {
        self.fix = fix
        self.suggestion = suggestion
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
        self.utf16Columns = utf16Columns
    }
}

public struct RelatedLocation: Sendable, Hashable, Encodable {
    public var message: String
    public var range: SourceRange
    /// `range`'s columns in UTF-16 code units, filled in by the linter.
    public var utf16Columns: UTF16Columns?

    public init(message: String, range: SourceRange, utf16Columns: UTF16Columns? = nil) {
        self.message = message
        self.range = range
        self.utf16Columns = utf16Columns
    }
}

/// The 1-based start and end columns of a range counted in UTF-16 code units.
public struct UTF16Columns: Sendable, Hashable, Encodable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(of range: SourceRange, in file: SourceFile) {
        self.init(start: file.utf16Column(of: range.start), end: file.utf16Column(of: range.end))
    }
}

extension Diagnostic {
    /// The same finding with UTF-16 columns computed for it and its related locations.
    func withUTF16Columns(in file: SourceFile) -> Diagnostic {
        var copy = self
        copy.utf16Columns = UTF16Columns(of: range, in: file)
        copy.related = related.map { location in
            var location = location
            location.utf16Columns = UTF16Columns(of: location.range, in: file)
            return location
        }
        return copy
    }
}
