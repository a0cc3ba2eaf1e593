/// Everything wrong with a pack, found before any document is read.
public struct PackLoadError: Error, Sendable, CustomStringConvertible {
    public var errors: [YAMLError]
    /// The files the errors point into, by path, to draw source snippets.
    public var sources: [String: SourceFile]

    public init(errors: [YAMLError], sources: [String: SourceFile] = [:]) {
        self.errors = errors
        self.sources = sources
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }

    /// Each error as `file:line:col: error: message`, with its source line and a caret.
    public func rendered(color: Bool = false) -> String {
        errors.map { $0.rendered(source: sources[$0.path], color: color) }.joined(separator: "\n")
    }
}
