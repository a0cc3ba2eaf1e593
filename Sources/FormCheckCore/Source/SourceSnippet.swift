/// The source line a range starts on, and a marker line under it:
///
/// ```
///     severty: error
///     ^~~~~~~
/// ```
///
/// The caret sits under the range's first scalar and `~` runs under the rest of
/// the range on that line (to the end of the line when the range goes on).
/// The marker is indented with one space per scalar before the caret, except that
/// tabs are copied as tabs, so it lines up in any terminal that renders the line.
/// Shared by YAML errors and lint findings.
public struct SourceSnippet: Hashable, Sendable {
    /// The whole source line, without its line break.
    public let line: String
    /// Spaces (and tabs), a `^`, and zero or more `~`.
    public let marker: String

    public init(line: String, marker: String) {
        self.line = line
        self.marker = marker
    }

    /// The snippet for `range` in `file`, or `nil` when the range starts outside the file.
    public init?(file: SourceFile, range: SourceRange) {
        let lineNumber = range.start.line
        guard lineNumber >= 1, lineNumber <= file.lineCount else { return nil }
        self.init(lineText: file.lineText(lineNumber), range: range)
    }

    /// The snippet for `range` given the text of the line it starts on.
    public init(lineText text: String, range: SourceRange) {
        let lineNumber = range.start.line
        let scalars = Array(text.unicodeScalars)

        let startIndex = min(max(range.start.column - 1, 0), scalars.count)
        let endIndex: Int
        if range.end.line == lineNumber {
            endIndex = min(max(range.end.column - 1, startIndex), scalars.count)
        } else {
            endIndex = scalars.count
        }

        var marker = ""
        for scalar in scalars[..<startIndex] {
            marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        marker += "^"
        let underlined = endIndex - startIndex
        if underlined > 1 {
            marker += String(repeating: "~", count: underlined - 1)
        }
        self.init(line: text, marker: marker)
    }

    /// The two lines joined by a newline; the marker in green when `color` is set.
    public func rendered(color: Bool = false) -> String {
        guard color else { return line + "\n" + marker }
        let indent = marker.prefix { $0 == " " || $0 == "\t" }
        let mark = marker.dropFirst(indent.count)
        return line + "\n" + indent + ANSI.green + mark + ANSI.reset
    }
}

/// The few terminal escape sequences the renderers use.
package enum ANSI {
    package static let bold = "\u{1B}[1m"
    package static let red = "\u{1B}[1;31m"
    package static let green = "\u{1B}[1;32m"
    package static let cyan = "\u{1B}[1;36m"
    package static let yellow = "\u{1B}[1;33m"
    package static let dim = "\u{1B}[2m"
    package static let reset = "\u{1B}[0m"
}
