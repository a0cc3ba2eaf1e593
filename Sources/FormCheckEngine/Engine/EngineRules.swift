/// The rule ids the engine itself reports (not defined in any pack), with descriptions
/// for reporters that list rules (SARIF, JUnit) and for `formcheck rules explain`.
public enum EngineRules {
    public static let descriptions: [String: String] = linkDescriptions.merging(problemDescriptions) { first, _ in first }

    /// `links/*`: one per outcome of the link check (`links:` settings give each a severity).
    static let linkDescriptions: [String: String] = Dictionary(uniqueKeysWithValues: LinkOutcome.Category.allCases.map { category in
        let text = switch category {
        case .broken: "A link whose target does not exist: an HTTP error status, a missing local file, or an internal URL not in the sitemap or content folders."
        case .fragment: "A link to a #fragment that no heading of the target page defines (GitHub's heading slugs)."
        case .timeout: "A link whose server did not answer within the timeout (--links online)."
        case .redirectLoop: "A link whose redirects loop or exceed the redirect limit (--links online)."
        case .refused: "A link to a loopback, private, link-local or metadata address, not fetched without --allow-private."
        case .error: "A link that could not be checked: DNS failure, connection reset, TLS error."
        }
        return ("links/\(category.rawValue)", text)
    })

    static let problemDescriptions: [String: String] = [
        Suppressions.unusedRuleID:
            "A formcheck-disable comment that suppresses nothing, names an unknown rule, or enables what was never disabled.",
        DocumentProblem.Kind.invalidUTF8.rawValue: "The file's bytes are not valid UTF-8.",
        DocumentProblem.Kind.nulByte.rawValue: "The file contains NUL bytes.",
        DocumentProblem.Kind.frontMatter.rawValue: "The front matter is not valid YAML.",
        DocumentProblem.Kind.tooDeep.rawValue: "The page nests deeper than FormCheck checks.",
    ]
}
