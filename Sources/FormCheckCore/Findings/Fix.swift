/// One replacement of a byte range of a file: computed from the parsed document's ranges,
/// never by searching the text again.
public struct Edit: Sendable, Hashable, Codable {
    /// The bytes replaced, half-open, in the file as it was linted.
    public var range: SourceRange
    /// What replaces them. A line break is written `\n`; the fixer uses the file's own style.
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public var byteRange: Range<Int> { range.byteRange }

    /// Whether two edits touch the same bytes (an insertion touches a range it sits in or at
    /// either end of; two insertions at one place collide: their order would be arbitrary).
    public func overlaps(_ other: Edit) -> Bool {
        let a = byteRange, b = other.byteRange
        if a.isEmpty || b.isEmpty {
            let (point, span) = a.isEmpty ? (a.lowerBound, b) : (b.lowerBound, a)
            return span.lowerBound <= point && point <= span.upperBound
        }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}

/// The edits that repair one finding, applied together or not at all, with how certain
/// they are (`FixApplicability`) and what that certainty rests on.
public struct Fix: Sendable, Hashable, Codable {
    public var edits: [Edit]
    /// Safe fixes are applied by `formcheck fix`; unsafe ones only with `--unsafe-fixes`;
    /// suggestions never.
    public var applicability: FixApplicability
    /// The fields whose values the replacement was rendered from (a template sentence, a
    /// link): the fix is only as certain as those values (see `FixGrading`).
    public var derivedFrom: [String]
    /// URLs the fix writes: it stays safe only when offline link resolution finds each.
    public var writesURLs: [String]

    public init(edits: [Edit], applicability: FixApplicability = .safe, derivedFrom: [String] = [], writesURLs: [String] = []) {
        self.edits = edits
        self.applicability = applicability
        self.derivedFrom = derivedFrom
        self.writesURLs = writesURLs
    }

    public init(replacing range: SourceRange, with replacement: String, applicability: FixApplicability = .safe) {
        self.init(edits: [Edit(range: range, replacement: replacement)], applicability: applicability)
    }

    /// The same edits at `level` or a less certain one, whichever is less certain.
    public func demoted(to level: FixApplicability) -> Fix {
        var copy = self
        copy.applicability = max(applicability, level)
        return copy
    }

    public func overlaps(_ other: Fix) -> Bool {
        edits.contains { edit in other.edits.contains(where: edit.overlaps) }
    }

    /// The fix with edits that change nothing left out; nil when nothing is left.
    package func changing(_ file: SourceFile) -> Fix? {
        let changing = edits.filter { edit in
            let bytes = edit.byteRange
            guard bytes.lowerBound >= 0, bytes.upperBound <= file.bytes.count else { return false }
            return !file.bytes[bytes].elementsEqual(edit.replacement.utf8)
        }
        guard !changing.isEmpty else { return nil }
        var fix = self
        fix.edits = changing
        return fix
    }
}

extension Fix {
    /// A fix replacing `range` when its bytes are exactly `written` (plain text, no markup
    /// the replacement would drop); nil otherwise.
    package static func replacing(
        _ range: SourceRange, written: String, with replacement: String, in file: SourceFile, applicability: FixApplicability = .safe
    ) -> Fix? {
        let bytes = range.byteRange
        guard !bytes.isEmpty, bytes.upperBound <= file.bytes.count, file.bytes[bytes].elementsEqual(written.utf8) else { return nil }
        return Fix(replacing: range, with: replacement, applicability: applicability)
    }
}
