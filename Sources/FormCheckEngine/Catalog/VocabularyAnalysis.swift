/// Turns a catalog's value counts into a `Vocabulary`: the marks and the likely duplicates.
public struct VocabularyAnalysis: Sendable {
    /// The taxonomy enum each field is held to (from the pack's `fields` rules with `enum:`).
    public var enums: [String: TaxonomyEnum]
    /// Values on fewer pages than this are rare (not marked in a catalog under 4× as many pages).
    public var rareBelow: Int

    public init(ruleSet: RuleSet, rareBelow: Int = 5) {
        var enums: [String: TaxonomyEnum] = [:]
        for rule in ruleSet.rules {
            guard let check = rule.check as? FieldsCheck, let allowed = check.allowed else { continue }
            for name in check.names where enums[name] == nil { enums[name] = allowed }
        }
        self.enums = enums
        self.rareBelow = rareBelow
    }

    public func vocabulary(_ counts: FieldValueCounts) -> Vocabulary {
        var fields: [Vocabulary.Field] = []
        var pairs: [Vocabulary.Pair] = []
        let marksRare = counts.pages >= 4 * rareBelow
        for (name, values) in counts.counts.sorted(by: { $0.key < $1.key }) {
            let own = enumFor(name)
            let sorted = values.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            var marks: [String: [Vocabulary.Mark]] = [:]
            for (value, pages) in sorted {
                var list: [Vocabulary.Mark] = []
                if let own {
                    switch own.match(value) {
                    case .exact: break
                    case .alias(let canonical), .wrongCase(let canonical):
                        list.append(.init(kind: .alias, note: "another spelling of \"\(canonical)\"", suggestion: canonical))
                    case .nearMiss(let canonical):
                        list.append(.init(kind: .notInTaxonomy, note: "not in taxonomy '\(own.name)'; near \"\(canonical)\"", suggestion: canonical))
                    case .unknown:
                        list.append(.init(kind: .notInTaxonomy, note: "not in taxonomy '\(own.name)'"))
                    }
                }
                for (other, taxonomy) in enums.sorted(by: { $0.key < $1.key }) where TitleKey(other) != TitleKey(name) && taxonomy.name != own?.name {
                    if let found = taxonomy.value(matching: value) {
                        list.append(.init(kind: .otherField, note: "a value of \(other) (\"\(found.canonical)\")"))
                        break
                    }
                }
                if marksRare, pages < rareBelow {
                    list.append(.init(kind: .rare, note: "on \(pages) page\(pages == 1 ? "" : "s")"))
                }
                marks[value] = list
            }
            for pair in duplicates(sorted.map(\.key), counts: values, own: own) {
                pairs.append(Vocabulary.Pair(field: name, canonical: pair.canonical, duplicate: pair.duplicate, reason: pair.reason))
                marks[pair.duplicate, default: []].append(.init(
                    kind: .duplicate, note: "likely the same as \"\(pair.canonical)\" (\(pair.reason))", suggestion: pair.canonical))
            }
            fields.append(Vocabulary.Field(
                name: name, taxonomy: own?.name,
                values: sorted.map { Vocabulary.Value(value: $0.key, pages: $0.value, marks: marks[$0.key] ?? []) }))
        }
        return Vocabulary(pages: counts.pages, fields: fields, duplicates: pairs)
    }

    private func enumFor(_ field: String) -> TaxonomyEnum? {
        enums.first { TitleKey($0.key) == TitleKey(field) }?.value
    }

    /// Pairs of values of one field that likely mean the same, the more used one kept:
    /// two spellings of one taxonomy value, a near spelling, or an abbreviation.
    func duplicates(_ values: [String], counts: [String: Int], own: TaxonomyEnum?) -> [(canonical: String, duplicate: String, reason: String)] {
        var found: [(String, String, String)] = []
        var paired = Set<String>()
        for (index, first) in values.enumerated() {
            for second in values[(index + 1)...] where !paired.contains(second) {
                guard let reason = Self.sameMeaning(first, second, own: own) else { continue }
                // `values` is sorted most used first: keep the first, unless the taxonomy says otherwise.
                var keep = first, drop = second
                if let own, own.match(second) == .exact, own.match(first) != .exact { (keep, drop) = (second, first) }
                found.append((keep, drop, reason))
                paired.insert(drop)
            }
        }
        return found
    }

    /// Why two values likely mean the same, or nil.
    static func sameMeaning(_ a: String, _ b: String, own: TaxonomyEnum?) -> String? {
        if let own, let first = own.value(matching: a), let second = own.value(matching: b) {
            // Both in the taxonomy: the same value spelled two ways, else two values it keeps apart.
            return first.canonical == second.canonical ? "two spellings of \"\(first.canonical)\"" : nil
        }
        let x = EnglishInflection.singular(a.lowercased()), y = EnglishInflection.singular(b.lowercased())
        if x == y { return "singular and plural" }
        let shortest = min(x.count, y.count)
        if shortest >= 4, typoDistance(x, y) <= max(1, shortest / 5) { return "near spelling" }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        if short.count >= 3, long.count > short.count + 2, long.hasPrefix(short), !long.contains(" ") { return "abbreviation" }
        return nil
    }
}
