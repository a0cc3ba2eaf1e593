/// The pack's few function words of its language (`prose:`), which tell a claim from a
/// comparison or a negation. The engine knows no words of its own:
///
/// ```yaml
/// prose:
///   contrast: [than, unlike, instead of, rather than, compared with, not, "n't", vs]
///   clause-joins: [and, but, or, while, whereas, so, yet]
/// ```
///
/// A value in the same clause as a `contrast` word or phrase is not a claim about the
/// page. A clause ends at the sentence's end, at a semicolon, or at a comma followed by one
/// of `clause-joins`. A contrast entry starting with an apostrophe ("n't") matches the end
/// of a word ("isn't", "doesn't").
public struct ProseSettings: Sendable, Hashable {
    /// Each contrast entry as lowercase words.
    public var contrasts: [[String]]
    public var clauseJoins: Set<String>

    public init(contrasts: [String] = [], clauseJoins: [String] = []) {
        self.contrasts = contrasts.map { WordScanner.words(in: $0).map(\.word) }.filter { !$0.isEmpty }
        self.clauseJoins = Set(clauseJoins.map { $0.lowercased() })
    }

    public static let keys: [SchemaKey] = [
        SchemaKey("contrast", .strings, "words or phrases of comparison and negation: a value in their clause is not a claim"),
        SchemaKey("clause-joins", .strings, "conjunctions that start a new clause after a comma"),
    ]
}

enum ProseSettingsLoader {
    static func load(_ node: YAMLNode) throws(YAMLError) -> ProseSettings {
        var reader = try YAMLMappingReader(node, context: "prose")
        let contrasts = try reader.optional("contrast")?.stringList() ?? []
        let joins = try reader.optional("clause-joins")?.stringList() ?? []
        try reader.finish()
        return ProseSettings(contrasts: contrasts, clauseJoins: joins)
    }
}
