/// Converts between FormCheck's locations (1-based lines, UTF-8 byte offsets) and LSP
/// positions (0-based lines, UTF-16 code units within the line) over one document's bytes.
/// Lines end at `\n`, `\r\n` or a lone `\r`, for LSP and `SourceFile` alike.
public struct PositionMap: Sendable {
    public let file: SourceFile

    public init(_ file: SourceFile) {
        self.file = file
    }

    /// The LSP position of a location.
    public func position(of location: SourceLocation) -> Position {
        Position(line: location.line - 1, character: file.utf16Column(of: location) - 1)
    }

    /// The LSP position of a byte offset (clamped to the file).
    public func position(atOffset offset: Int) -> Position {
        position(of: file.location(atOffset: offset))
    }

    /// The LSP range of a FormCheck range.
    public func range(of range: SourceRange) -> TextRange {
        TextRange(start: position(of: range.start), end: position(of: range.end))
    }

    /// The byte offset of an LSP position: a line past the end is the end of the file, a
    /// character past the line's end is the line's end, and a character inside a surrogate
    /// pair is the start of its scalar.
    public func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return file.bomLength }
        guard position.line < file.lineCount else { return file.bytes.count }
        var offset = file.lineStarts[position.line]
        let end = file.lineEnd(position.line + 1)
        var units = 0
        while offset < end {
            let lead = file.bytes[offset]
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let scalarUnits = width == 4 ? 2 : 1
            guard units + scalarUnits <= position.character else { break }
            units += scalarUnits
            offset = min(offset + width, end)
        }
        return offset
    }

    /// The text of a line before an LSP position (for completion).
    public func linePrefix(before position: Position) -> String {
        guard position.line >= 0, position.line < file.lineCount else { return "" }
        return file.text(file.lineStarts[position.line]..<offset(of: position))
    }
}
