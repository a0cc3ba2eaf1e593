/// One replacement of a byte range of a file: computed from the parsed document's ranges,
/// never by searching the text again.
public struct Edit: Sendable, Hashable, Encodable {
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

/// The edits that repair one finding, applied together or not at all.
public struct Fix: Sendable, Hashable, Encodable {
    public var edits: [Edit]

    public init(edits: [Edit]) {
        self.edits = edits
    }

    public init(replacing range: SourceRange, with replacement: String) {
        self.init(edits: [Edit(range: range, replacement: replacement)])
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
        return changing.isEmpty ? nil : Fix(edits: changing)
    }
}

extension Fix {
    /// A fix replacing `range` when its bytes are exactly `written` (plain text, no markup
    /// the replacement would drop); nil otherwise.
    package static func replacing(_ range: SourceRange, written: String, with replacement: String, in file: SourceFile) -> Fix? {
        let bytes = range.byteRange
        guard !bytes.isEmpty, bytes.upperBound <= file.bytes.count, file.bytes[bytes].elementsEqual(written.utf8) else { return nil }
        return Fix(replacing: range, with: replacement)
    }
}
