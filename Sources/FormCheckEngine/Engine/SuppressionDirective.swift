/// One `<!-- formcheck-… -->` comment: what it does and to which rules.
///
/// Forms (rule ids separated by spaces or commas; none means every rule; text after
/// ` -- ` is a free-form reason):
/// - `formcheck-disable [ids]` … `formcheck-enable [ids]`: a region (to the end of the file
///   when never enabled again);
/// - `formcheck-disable-next-line [ids]`: findings starting on the line after the comment;
/// - `formcheck-disable-file [ids]`: the whole file.
struct SuppressionDirective: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        case disable = "formcheck-disable"
        case enable = "formcheck-enable"
        case disableNextLine = "formcheck-disable-next-line"
        case disableFile = "formcheck-disable-file"
    }

    var kind: Kind
    /// Empty: every rule.
    var ruleIDs: [String]
    var range: SourceRange

    /// The directive a comment holds, or nil for any other comment.
    init?(_ comment: HTMLComment) {
        var text = Substring(comment.text)
        if let reason = text.range(of: " -- ") { text = text[..<reason.lowerBound] }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
        self.kind = kind
        self.ruleIDs = Array(words.dropFirst())
        self.range = comment.range
    }

    var label: String { kind.rawValue }
}
