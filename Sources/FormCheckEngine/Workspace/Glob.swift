import Foundation

/// A path pattern: `*` any characters but `/`, `**` any characters including `/` (so
/// `drafts/**` matches everything under `drafts/`, and `**/x.md` matches `x.md` at any depth),
/// `?` one character but `/`. Matched against whole paths with `/` separators.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let regex: RegexBox

    public init(_ pattern: String) {
        self.pattern = pattern
        var expression = "^"
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                index += 2
                if index < characters.count, characters[index] == "/" {
                    expression += "(?:.*/)?"
                    index += 1
                } else {
                    expression += ".*"
                }
                continue
            }
            switch character {
            case "*": expression += "[^/]*"
            case "?": expression += "[^/]"
            default: expression += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        expression += "$"
        // The expression is built from escaped characters and fixed fragments, so it compiles.
        regex = RegexBox(try! NSRegularExpression(pattern: expression))
    }

    public func matches(_ path: String) -> Bool {
        regex.matches(path)
    }

    public var description: String { pattern }
}
