/// A half-open range `[start, end)` in one source file.
public struct SourceRange: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at one location.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public var byteRange: Range<Int> { start.offset..<end.offset }
    public var isEmpty: Bool { start.offset == end.offset }

    public func contains(_ other: SourceRange) -> Bool {
        start.offset <= other.start.offset && other.end.offset <= end.offset
    }

    public var description: String { "\(start)-\(end)" }
}
