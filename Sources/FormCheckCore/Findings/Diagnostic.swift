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
    /// The text of the line the finding starts on, for reporters that show source. A long
    /// line is cut to an excerpt around the finding, with `…` where text was left out.
    public var sourceLine: String
    /// The column (in the file) of `sourceLine`'s first character: 1 for a whole line.
    public var sourceLineColumn: Int
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
        (self.sourceLine, self.sourceLineColumn) = SourceLineExcerpt.make(sourceLine, around: range)
        self.utf16Columns = utf16Columns
    }

    /// `range` with its columns counted from the start of `sourceLine` (for drawing it).
    public var rangeInSourceLine: SourceRange {
        var shifted = range
        shifted.start.column -= sourceLineColumn - 1
        if shifted.end.line == shifted.start.line { shifted.end.column -= sourceLineColumn - 1 }
        return shifted
    }
}

/// A window of a long line around a range, so that a finding on a megabyte-long line
/// neither prints nor keeps the whole line.
enum SourceLineExcerpt {
    static let limit = 240
    static let before = 80

    /// The excerpt and the file column of its first character (`…` counts as the column
    /// just before the first kept one).
    static func make(_ line: String, around range: SourceRange) -> (String, Int) {
        guard line.utf8.count > limit else { return (line, 1) }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > limit else { return (line, 1) }
        let start = min(max(range.start.column - 1 - before, 0), scalars.count - limit)
        let end = start + limit
        var excerpt = String.UnicodeScalarView()
        if start > 0 { excerpt.append("…") }
        excerpt.append(contentsOf: scalars[start..<end])
        if end < scalars.count { excerpt.append("…") }
        return (String(excerpt), max(start, 1))
    }
}

public struct RelatedLocation: Sendable, Hashable, Codable {
    public var message: String
    public var range: SourceRange
    /// The file `range` is in when it is another page (a catalog rule's finding points at
    /// the other pages involved); nil: the finding's own file.
    public var path: String?
    /// `range`'s columns in UTF-16 code units, filled in by the linter.
    public var utf16Columns: UTF16Columns?

    public init(message: String, range: SourceRange, utf16Columns: UTF16Columns? = nil, path: String? = nil) {
        self.message = message
        self.range = range
        self.path = path
        self.utf16Columns = utf16Columns
    }
}

/// The 1-based start and end columns of a range counted in UTF-16 code units.
public struct UTF16Columns: Sendable, Hashable, Codable {
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
    package func withUTF16Columns(in file: SourceFile) -> Diagnostic {
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
