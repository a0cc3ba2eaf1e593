/// A position in a source file.
///
/// Units, once for the whole code base:
/// - `line` is 1-based.
/// - `column` is 1-based and counts Unicode scalars from the start of the line
///   (a UTF-8 byte order mark on line 1 is not counted). Use
///   ``SourceFile/utf16Column(of:)`` where a consumer wants UTF-16 code units (SARIF).
/// - `offset` is the 0-based UTF-8 byte offset from the start of the file, BOM included.
public struct SourceLocation: Hashable, Codable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    public var description: String { "\(line):\(column)" }
}
