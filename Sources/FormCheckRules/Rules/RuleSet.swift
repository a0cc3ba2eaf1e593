/// A compiled rule pack: rules in pack order, the taxonomy, and where fields are read.
public struct RuleSet: Sendable {
    public var name: String
    public var description: String
    public var rules: [Rule]
    public var taxonomy: Taxonomy
    public var fieldSource: FieldSource
    /// How links are checked (`links:`); nil when the pack says nothing about links.
    public var links: LinkSettings?
    /// What `formcheck report` groups the catalog by (`report:`); nil when the pack says nothing.
    public var report: ReportSettings?
    /// The pack's words of comparison and negation (`prose:`).
    public var prose = ProseSettings()
    /// The bytes of every pack file the set was loaded from (includes and built-in packs
    /// too), by path in loading order: what the page cache hashes to know that the rules
    /// are the same. Empty for a set built in code.
    public var packTexts: [(path: String, bytes: [UInt8])] = []

    public init(
        name: String, description: String = "", rules: [Rule] = [], taxonomy: Taxonomy = Taxonomy(),
        fieldSource: FieldSource = FieldSource(), links: LinkSettings? = nil, report: ReportSettings? = nil
    ) {
        self.name = name
        self.description = description
        self.rules = rules
        self.taxonomy = taxonomy
        self.fieldSource = fieldSource
        self.links = links
        self.report = report
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Several packs used together: rules concatenated, taxonomies and field names merged.
    public static func combined(_ sets: [RuleSet]) -> RuleSet {
        guard var combined = sets.first else { return RuleSet(name: "empty") }
        for set in sets.dropFirst() {
            combined.name += "+" + set.name
            combined.rules += set.rules
            combined.links = combined.links ?? set.links
            combined.report = combined.report ?? set.report
            if combined.prose == ProseSettings() { combined.prose = set.prose }
            combined.taxonomy.enums.merge(set.taxonomy.enums) { first, _ in first }
            combined.fieldSource.names += set.fieldSource.names.filter { !combined.fieldSource.names.contains($0) }
            combined.packTexts += set.packTexts
        }
        return combined
    }
}
