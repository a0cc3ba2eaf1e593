/// A place in a text document as LSP counts it: a 0-based line and a 0-based character
/// offset within the line in UTF-16 code units (LSP's default position encoding).
public struct Position: Codable, Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}
