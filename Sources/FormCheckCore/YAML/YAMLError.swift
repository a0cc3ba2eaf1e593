/// A problem in a YAML file, located: `path:line:column: error: message`.
///
/// Thrown by ``YAMLParser`` for syntax errors and limits, and by the typed
/// accessors and ``YAMLMappingReader`` for values of the wrong shape.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// What to highlight; the error's position is `range.start`.
    public var range: SourceRange
    public var message: String
    /// An extra hint printed after the snippet, such as the keys that are allowed.
    public var note: String?

    public init(path: String, range: SourceRange, message: String, note: String? = nil) {
        self.path = path
        self.range = range
        self.message = message
        self.note = note
    }

    /// An error about a node, highlighting the whole node.
    public init(at node: YAMLNode, _ message: String, note: String? = nil) {
        self.init(path: node.path, range: node.range, message: message, note: note)
    }

    public var location: SourceLocation { range.start }

    /// `path:line:column: error: message`, on one line.
    public var description: String {
        "\(path):\(location.line):\(location.column): error: \(message)"
    }

    /// The description, then (when `source` is given) the source line with a caret
    /// under the range, then the note:
    ///
    /// ```
    /// rules/pack.yml:4:5: error: unknown key 'severty' in rule; did you mean 'severity'?
    ///     severty: error
    ///     ^~~~~~~
    /// ```
    public func rendered(source: SourceFile?, color: Bool = false) -> String {
        var lines: [String] = []
        if color {
            lines.append(ANSI.bold + "\(path):\(location.line):\(location.column): "
                + ANSI.red + "error: " + ANSI.reset + ANSI.bold + message + ANSI.reset)
        } else {
            lines.append(description)
        }
        if let source, let snippet = SourceSnippet(file: source, range: range) {
            lines.append(snippet.rendered(color: color))
        }
        if let note {
            lines.append((color ? ANSI.cyan + "note: " + ANSI.reset : "note: ") + note)
        }
        return lines.joined(separator: "\n")
    }
}

// MARK: - Messages

extension YAMLError {
    static func typeMismatch(_ node: YAMLNode, expected: String) -> YAMLError {
        YAMLError(at: node, "expected \(expected), found \(node.foundDescription)")
    }

    static func unknownKey(_ key: YAMLNode, name: String, context: String, suggestion: String?) -> YAMLError {
        var message = "unknown key '\(name)' in \(context)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return YAMLError(at: key, message)
    }

    static let billionLaughs = "YAML expands to too many nodes via aliases (billion-laughs guard)"
}
