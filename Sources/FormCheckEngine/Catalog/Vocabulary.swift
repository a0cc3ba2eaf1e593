/// Every value each field takes across a catalog, with how many pages use it and marks for
/// an editor: not in the field's taxonomy, an alias used instead of the canonical value,
/// rare, a likely duplicate of another value (near spelling, abbreviation, two spellings of
/// one taxonomy value), or a value of another field's taxonomy. A report, not a gate: the
/// marks are observations, not findings.
public struct Vocabulary: Sendable, Encodable {
    /// One value of a field.
    public struct Value: Sendable, Encodable, Equatable {
        public var value: String
        public var pages: Int
        public var marks: [Mark]
    }

    /// An observation about a value.
    public struct Mark: Sendable, Encodable, Equatable {
        public enum Kind: String, Sendable, Encodable {
            case notInTaxonomy = "not-in-taxonomy"
            case alias
            case rare
            case duplicate
            case otherField = "other-field"
        }
        public var kind: Kind
        /// What the mark says, e.g. `alias of "Quads"`.
        public var note: String
        /// The value to use instead, when the mark suggests one.
        public var suggestion: String?
    }

    /// A field and its values, most used first.
    public struct Field: Sendable, Encodable, Equatable {
        public var name: String
        /// The taxonomy the pack holds the field's values to, if any.
        public var taxonomy: String?
        public var values: [Value]
    }

    /// Two values of one field that likely mean the same; `canonical` is the one to keep.
    public struct Pair: Sendable, Encodable, Equatable {
        public var field: String
        public var canonical: String
        public var duplicate: String
        public var reason: String
    }

    /// Pages read.
    public var pages: Int
    public var fields: [Field]
    public var duplicates: [Pair]
}

/// Counts of each field's values over a catalog, before the marks.
public struct FieldValueCounts: Sendable {
    /// Field (as first spelled) → value (as first spelled) → pages.
    public var counts: [String: [String: Int]] = [:]
    public var pages = 0
    private var fieldSpelling: [TitleKey: String] = [:]
    private var valueSpelling: [String: [String: String]] = [:]

    public init() {}

    /// Adds one page's values: each field's distinct values count once for the page.
    public mutating func add(_ page: [(field: String, values: [String])]) {
        pages += 1
        var seen = Set<String>()
        for (field, values) in page {
            let name = fieldSpelling[TitleKey(field)] ?? field
            fieldSpelling[TitleKey(field)] = name
            for value in values where !value.isEmpty {
                let spelling = valueSpelling[name]?[value] ?? value
                valueSpelling[name, default: [:]][value] = spelling
                guard seen.insert(name + "\u{0}" + spelling).inserted else { continue }
                counts[name, default: [:]][spelling, default: 0] += 1
            }
        }
    }

    /// Merges counts taken in parallel.
    public mutating func merge(_ other: FieldValueCounts) {
        pages += other.pages
        for (field, values) in other.counts {
            let name = fieldSpelling[TitleKey(field)] ?? field
            fieldSpelling[TitleKey(field)] = name
            for (value, count) in values { counts[name, default: [:]][value, default: 0] += count }
        }
    }
}
