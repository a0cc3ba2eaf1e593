/// The pack's named vocabularies: each an enum of canonical values with aliases and slugs.
public struct Taxonomy: Sendable {
    public var enums: [String: TaxonomyEnum] { didSet { phrases = PhraseIndex(enums: enums) } }
    /// Every spelling of every value of every enum, as one byte automaton: rebuilt when
    /// the enums change (at pack load and when packs combine), never per page.
    public private(set) var phrases: PhraseIndex

    public init(enums: [String: TaxonomyEnum] = [:]) {
        self.enums = enums
        self.phrases = PhraseIndex(enums: enums)
    }

    public subscript(name: String) -> TaxonomyEnum? { enums[name] }

    /// The slug of a value in any enum that knows it, else the default slug.
    public func slug(for value: String) -> String {
        for taxonomyEnum in enums.values.sorted(by: { $0.name < $1.name }) {
            if let known = taxonomyEnum.value(matching: value) { return known.slug }
        }
        return TaxonomyValue.defaultSlug(value)
    }
}

public struct TaxonomyEnum: Sendable {
    public var name: String
    public var values: [TaxonomyValue]
    private var byKey: [String: Int]

    public init(name: String, values: [TaxonomyValue]) {
        self.name = name
        self.values = values
        var byKey: [String: Int] = [:]
        for (index, value) in values.enumerated() {
            for spelling in [value.canonical] + value.aliases where byKey[TitleKey(spelling).value] == nil {
                byKey[TitleKey(spelling).value] = index
            }
        }
        self.byKey = byKey
    }

    public var canonicalValues: [String] { values.map(\.canonical) }

    /// The value whose canonical form or alias equals `text`, ignoring case and spacing.
    public func value(matching text: String) -> TaxonomyValue? {
        byKey[TitleKey(text).value].map { values[$0] }
    }

    public enum Match: Sendable, Equatable {
        case exact
        case wrongCase(canonical: String)
        case alias(canonical: String)
        case nearMiss(canonical: String)
        case unknown
    }

    /// How `text` relates to this enum: exact, a wrong case, an alias, a near miss, or unknown.
    public func match(_ text: String) -> Match {
        if values.contains(where: { $0.canonical == text }) { return .exact }
        if let value = value(matching: text) {
            return TitleKey(value.canonical) == TitleKey(text) ? .wrongCase(canonical: value.canonical) : .alias(canonical: value.canonical)
        }
        // Spellings of one value (its aliases) do not compete with each other.
        let spellings = values.flatMap { [$0.canonical] + $0.aliases }
        let meaning = { (spelling: String) in value(matching: spelling)?.canonical ?? spelling }
        if let closest = DidYouMean.best(for: text, in: spellings, meaning: meaning), let value = value(matching: closest) {
            return .nearMiss(canonical: value.canonical)
        }
        return .unknown
    }
}

public struct TaxonomyValue: Sendable, Hashable {
    public var canonical: String
    public var aliases: [String]
    public var slug: String
    /// Canonical values of the same enum this value is a part of (`part-of:`).
    public var partOf: [String]
    /// Canonical values of the same enum that may stand for this one (`related:`), both ways.
    public var related: [String]

    public init(canonical: String, aliases: [String] = [], slug: String? = nil, partOf: [String] = [], related: [String] = []) {
        self.canonical = canonical
        self.aliases = aliases
        self.slug = slug ?? TaxonomyValue.defaultSlug(canonical)
        self.partOf = partOf
        self.related = related
    }

    /// Every spelling writers may use for the value: the canonical form, then the aliases.
    public var spellings: [String] { [canonical] + aliases }

    /// Lowercase, letters and digits kept, every other run of characters a single hyphen.
    public static func defaultSlug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
