/// A range in a document named by its URI.
public struct Location: Codable, Sendable, Hashable {
    public var uri: String
    public var range: TextRange

    public init(uri: String, range: TextRange) {
        self.uri = uri
        self.range = range
    }
}
