/// The pack's few function words of its language (`prose:`), which tell a claim from a
/// comparison or a negation. The engine knows no words of its own:
///
/// ```yaml
/// prose:
///   contrast: [than, unlike, instead of, rather than, compared with, not, "*n't", vs]
///   clause-joins: [and, but, or, while, whereas, so, yet]
///   list-joins: [and, or, the]
/// ```
///
/// A value in the same clause as a `contrast` word or phrase is not a claim about the
/// page. A clause ends at the sentence's end, at a semicolon, or at a comma followed by one
/// of `clause-joins`. A contrast entry starting with `*` ("*n't") matches the end of a
/// word ("isn't", "doesn't"). Values that follow a claimed one, separated only by
/// commas and `list-joins` words, are claimed by the same cue ("served with rice, black
/// beans and peppers").
public struct ProseSettings: Sendable, Hashable {
    /// Each contrast entry as lowercase words.
    public var contrasts: [[String]]
    /// Contrast entries written `*ending`: the ends of words that make a clause a contrast.
    public var contrastEndings: [String] = []
    public var clauseJoins: Set<String>
    public var listJoins: Set<String> = []

    public init(contrasts: [String] = [], clauseJoins: [String] = [], listJoins: [String] = []) {
        self.listJoins = Set(listJoins.map { $0.lowercased() })
        self.contrasts = contrasts.filter { !$0.hasPrefix("*") }.map { WordScanner.words(in: $0).map(\.word) }.filter { !$0.isEmpty }
        self.contrastEndings = contrasts.filter { $0.hasPrefix("*") && $0.count > 1 }.map { String($0.dropFirst()).lowercased() }
        self.clauseJoins = Set(clauseJoins.map { $0.lowercased() })
    }

    public static let keys: [SchemaKey] = [
        SchemaKey("contrast", .strings, "words or phrases of comparison and negation: a value in their clause is not a claim"),
        SchemaKey("clause-joins", .strings, "conjunctions that start a new clause after a comma"),
        SchemaKey("list-joins", .strings, "words between the values of a list that one cue claims (and, or)"),
    ]
}

enum ProseSettingsLoader {
    static func load(_ node: YAMLNode) throws(YAMLError) -> ProseSettings {
        var reader = try YAMLMappingReader(node, context: "prose")
        let contrasts = try reader.optional("contrast")?.stringList() ?? []
        let joins = try reader.optional("clause-joins")?.stringList() ?? []
        let lists = try reader.optional("list-joins")?.stringList() ?? []
        try reader.finish()
        return ProseSettings(contrasts: contrasts, clauseJoins: joins, listJoins: lists)
    }
}
