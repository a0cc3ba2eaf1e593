import Foundation

/// A compiled regular expression that can be shared across threads.
///
/// `NSRegularExpression` is immutable and documented thread-safe for matching.
public struct RegexBox: @unchecked Sendable, Hashable {
    public let expression: NSRegularExpression

    public init(_ expression: NSRegularExpression) {
        self.expression = expression
    }

    public var pattern: String { expression.pattern }

    public func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every match as a range of `text`.
    public func ranges(in text: String) -> [Range<String.Index>] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    public static func == (lhs: RegexBox, rhs: RegexBox) -> Bool { lhs.expression == rhs.expression }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
