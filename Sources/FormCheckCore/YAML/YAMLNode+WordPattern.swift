import Foundation

extension YAMLNode {
    /// A `forbid:`/`require:`-style entry compiled: `/regex/` as written, anything else as a
    /// literal word (bounded by `\b` when `wholeWords`). Either way through ``regex(pattern:options:)``,
    /// so a pattern the regex-safety screen refuses is a load error at this node.
    package func wordOrRegex(ignoreCase: Bool = true, wholeWords: Bool = true) throws(YAMLError) -> NSRegularExpression {
        let text = try string()
        let isRegex = text.hasPrefix("/") && text.hasSuffix("/") && text.count > 2
        var pattern = isRegex ? String(text.dropFirst().dropLast()) : NSRegularExpression.escapedPattern(for: text)
        if wholeWords, !isRegex { pattern = "\\b" + pattern + "\\b" }
        return try regex(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
    }
}
