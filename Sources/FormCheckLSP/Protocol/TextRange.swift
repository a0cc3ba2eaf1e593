/// LSP's `Range`: half-open, from `start` to `end`.
public struct TextRange: Codable, Sendable, Hashable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Whether the two ranges share a position (touching ends count: a cursor at a
    /// finding's edge is on it).
    public func touches(_ other: TextRange) -> Bool {
        start <= other.end && other.start <= end
    }
}
