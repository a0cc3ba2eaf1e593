/// `formcheck vocab`'s text output and its `--write-taxonomy` block.
public enum VocabularyText {
    /// Per field, each value with its page count and marks, then the likely duplicates.
    public static func render(_ vocabulary: Vocabulary) -> String {
        var lines = ["\(vocabulary.pages) pages, \(vocabulary.fields.count) fields"]
        for field in vocabulary.fields {
            lines.append("")
            lines.append(field.name + (field.taxonomy.map { " (taxonomy: \($0))" } ?? "") + ": \(field.values.count) values")
            let width = field.values.map(\.value.count).max() ?? 0
            for value in field.values {
                let count = String(value.pages).leftPadded(to: 5)
                let marks = value.marks.map { "[\($0.kind.rawValue)] \($0.note)" }.joined(separator: "; ")
                let name = marks.isEmpty ? value.value : value.value.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + marks
                lines.append("  \(count)  \(name)")
            }
        }
        if !vocabulary.duplicates.isEmpty {
            lines.append("")
            lines.append("Likely duplicates:")
            for pair in vocabulary.duplicates {
                lines.append("  \(pair.field): \"\(pair.duplicate)\" → \"\(pair.canonical)\" (\(pair.reason))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A `taxonomy:` block for `.formcheck.yml`: for each field held to a taxonomy, the
    /// values in use that it lacks, with their likely duplicates as aliases. Fields without
    /// a taxonomy are listed as comments (a project can only change the packs' taxonomies).
    public static func taxonomyBlock(_ vocabulary: Vocabulary) -> String {
        var lines = ["# Suggested by `formcheck vocab --write-taxonomy` from \(vocabulary.pages) pages: review before use.", "taxonomy:"]
        var untaxed: [String] = []
        var written = Set<String>()
        for field in vocabulary.fields {
            let aliases = Dictionary(grouping: vocabulary.duplicates.filter { $0.field == field.name }, by: \.canonical)
                .mapValues { $0.map(\.duplicate) }
            let duplicates = Set(vocabulary.duplicates.filter { $0.field == field.name }.map(\.duplicate))
            guard let taxonomy = field.taxonomy else {
                let values = field.values.filter { !duplicates.contains($0.value) }.map { entry(value: $0.value, aliases: aliases[$0.value] ?? []) }
                untaxed.append("#   \(field.name): [\(values.joined(separator: ", "))]")
                continue
            }
            let missing = field.values.filter { value in
                !duplicates.contains(value.value) && value.marks.contains { $0.kind == .notInTaxonomy }
            }
            guard !missing.isEmpty, written.insert(taxonomy).inserted else { continue }
            lines.append("  \(taxonomy):      # \(field.name)")
            lines.append("    add:")
            for value in missing { lines.append("      - " + entry(value: value.value, aliases: aliases[value.value] ?? [])) }
        }
        if lines.count == 2 { lines.append("  {}   # every value in use is in its field's taxonomy") }
        if !untaxed.isEmpty {
            lines.append("# Fields without a taxonomy (declare one in a pack to hold them to these values):")
            lines += untaxed
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entry(value: String, aliases: [String]) -> String {
        aliases.isEmpty ? quoted(value) : "{ value: \(quoted(value)), aliases: [\(aliases.map(quoted).joined(separator: ", "))] }"
    }

    /// A YAML scalar: plain when safe, else double-quoted.
    static func quoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || " -'".unicodeScalars.contains($0) }
        guard !plain || text.isEmpty || text.first == " " || text.last == " " || ["yes", "no", "true", "false", "null", "on", "off"].contains(text.lowercased()) else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
