/// A filter in a template placeholder: `{{Category | slug}}`.
public enum TemplateFilter: String, Sendable, Hashable, CaseIterable {
    case lower, upper, title, slug, list, plural, singular, article

    func apply(_ text: String, taxonomy: Taxonomy) -> String {
        switch self {
        case .lower: text.lowercased()
        case .upper: text.uppercased()
        case .title: text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        case .slug: taxonomy.slug(for: text)
        case .list: text
        case .plural: EnglishInflection.plural(text)
        case .singular: EnglishInflection.singular(text)
        case .article: (EnglishInflection.startsWithVowelSound(text) ? "an " : "a ") + text
        }
    }

    /// "a", "a and b", "a, b and c"; the value "None" alone renders empty.
    static func joinList(_ parts: [String]) -> String {
        let values = parts.filter { TitleKey($0) != TitleKey("None") }
        switch values.count {
        case 0: return ""
        case 1: return values[0]
        default: return values.dropLast().joined(separator: ", ") + " and " + values[values.count - 1]
        }
    }
}

/// Just enough English morphology for templates and for matching plural mentions.
public enum EnglishInflection {
    public static func plural(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") { return word + "es" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        return word + "s"
    }

    public static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("ies"), word.count > 3 { return word.dropLast(3) + "y" }
        if lower.hasSuffix("ches") || lower.hasSuffix("shes") || lower.hasSuffix("xes") || lower.hasSuffix("sses") { return String(word.dropLast(2)) }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), word.count > 1 { return String(word.dropLast()) }
        return word
    }

    static func startsWithVowelSound(_ word: String) -> Bool {
        guard let first = word.lowercased().first else { return false }
        return "aeiou".contains(first)
    }
}
