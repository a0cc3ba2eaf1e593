import Foundation

/// A starter rule pack inferred from exemplary pages (`formcheck derive`): the sections
/// most pages have, in the order they have them; the fields, each an enum of its few
/// values or a pattern of its many; the shape of each section's list. Every rule carries
/// its evidence ("in 11 of 12 pages"). Then the pack is checked against the same pages, and
/// a rule giving errors is made a warning until at most `errorBudget` of the pages get an
/// error, so the starter pack passes the pages it was learnt from.
public struct PackDeriver: Sendable {
    /// A section, field or list shape on at least this share of the pages is required.
    public var requiredShare = 0.9
    /// A field with at most this many distinct values becomes an enum.
    public var enumLimit = 12
    /// The share of pages that may get an error from the derived pack.
    public var errorBudget = 0.05

    public init() {}

    /// The pack's YAML text, derived from `pages` (the shapes of the exemplary pages).
    public func derive(_ pages: [PageShape], name: String = "derived", demoted: [String: Int] = [:]) -> String {
        var writer = DerivedPackWriter(name: name, pages: pages.count)
        writer.demoted = demoted
        guard !pages.isEmpty else { return writer.text() }
        let total = pages.count
        func evidence(_ count: Int) -> String { "in \(count) of \(total) pages" }

        // Sections: those on most pages, in their usual order.
        var sectionCounts: [String: Int] = [:]
        var firstSeen: [String] = []
        for page in pages {
            for title in Set(page.sections) {
                if sectionCounts[title] == nil { firstSeen.append(title) }
                sectionCounts[title, default: 0] += 1
            }
        }
        let required = firstSeen.filter { Double(sectionCounts[$0]!) >= requiredShare * Double(total) }
        let ordered = required.sorted { medianPosition($0, pages) < medianPosition($1, pages) }
        let inOrder = pages.count { page in
            let positions = ordered.compactMap { page.sections.firstIndex(of: $0) }
            return positions == positions.sorted()
        }
        if !ordered.isEmpty {
            writer.rule(
                id: "required-sections", comment: "the sections on most pages; \(inOrder) of \(total) pages have them in this order",
                lines: ["check: sections", "required:"] + ordered.map { "  - \(yaml($0))   # \(evidence(sectionCounts[$0]!))" }
                    + (Double(inOrder) >= (1 - errorBudget) * Double(total) ? ["order: strict"] : []))
        }

        // Fields: where they live, which exist, and their values.
        var fieldCounts: [String: Int] = [:]
        var fieldOrder: [String] = []
        var values: [String: [String]] = [:]
        var parts: [String: [String]] = [:]
        var listed: [String: Int] = [:]
        var frontMatter = 0
        for page in pages {
            var seen = Set<String>()
            for field in page.fields where seen.insert(field.key).inserted {
                if fieldCounts[field.key] == nil { fieldOrder.append(field.key) }
                fieldCounts[field.key, default: 0] += 1
                values[field.key, default: []].append(field.value)
                parts[field.key, default: []] += field.parts
                if let section = field.section { listed[section, default: 0] += 1 } else { frontMatter += 1 }
            }
        }
        let fieldSection = listed.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        writer.fields(section: fieldSection, frontMatter: frontMatter > 0, names: fieldOrder)
        for key in fieldOrder {
            let count = fieldCounts[key]!
            let isRequired = Double(count) >= requiredShare * Double(total)
            let all = values[key] ?? []
            let multiple = all.count { $0.contains(",") } * 5 >= all.count
            let observed = multiple ? (parts[key] ?? []) : all
            let distinct = Set(observed)
            var lines = ["check: fields", "field: \(yaml(key))"]
            var comment = "\(key): \(evidence(count)), \(distinct.count) distinct value\(distinct.count == 1 ? "" : "s")"
            if isRequired { lines.append("required: true") }
            if multiple { lines.append("multiple: true") }
            // Numbers ("15 min", "4") are no vocabulary: their shape is the rule.
            let numeric = observed.allSatisfy { $0.contains(where: \.isNumber) }
            if numeric, let pattern = ValuePattern.infer(observed) {
                lines.append("pattern: \(yaml(pattern.regex))   # \(pattern.matching) of \(observed.count) values")
                comment += ", a pattern"
            } else if distinct.count <= enumLimit, distinct.count * 2 <= max(observed.count, 2) || distinct.count <= 3 {
                let taxonomy = Self.slug(key)
                writer.taxonomy(taxonomy, comment: comment, values: distinct.sorted { (observed.count(of: $0), $1) > (observed.count(of: $1), $0) }
                    .map { ($0, observed.count(of: $0)) })
                lines.append("enum: \(taxonomy)")
                comment += ", an enum"
            } else if let pattern = ValuePattern.infer(observed) {
                lines.append("pattern: \(yaml(pattern.regex))   # \(pattern.matching) of \(observed.count) values")
                comment += ", a pattern"
            } else if !isRequired {
                continue
            }
            writer.rule(id: Self.slug(key) + "-value", comment: comment, lines: lines)
        }
        writer.rule(id: "unknown-field", comment: "fields the pack does not declare above", lines: ["check: fields", "unknown: true"])

        // Lists: the first list of a required section, when most pages have one.
        for title in ordered {
            let shapes = pages.compactMap { $0.lists[title] }
            guard Double(shapes.count) >= requiredShare * Double(sectionCounts[title]!), !shapes.isEmpty else { continue }
            let orderedCount = shapes.count(where: \.ordered)
            let sizes = shapes.map(\.items).sorted()
            let minimum = sizes[Int(Double(sizes.count - 1) * errorBudget)]
            var lines = ["check: list", "section: \(yaml(title))", "min: \(minimum)   # \(shapes.count { $0.items >= minimum }) of \(shapes.count) lists have at least \(minimum) items"]
            if Double(orderedCount) >= requiredShare * Double(shapes.count) {
                lines.append("ordered: true   # numbered in \(orderedCount) of \(shapes.count)")
                lines.append("sequential: true")
            } else if orderedCount == 0 {
                lines.append("ordered: false   # bulleted in \(shapes.count) of \(shapes.count)")
            }
            writer.rule(id: Self.slug(title) + "-list", comment: "the list of '\(title)': \(evidence(shapes.count))", lines: lines)
        }

        // Links: where each section's links lead (an observation: no rule kind holds links to a pattern).
        for title in ordered {
            let destinations = pages.flatMap { $0.links[title] ?? [] }
            guard !destinations.isEmpty else { continue }
            let prefixes = Dictionary(grouping: destinations, by: LinkPrefix.of).mapValues(\.count)
            let top = prefixes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3)
            writer.note("links in '\(title)': " + top.map { "\($0.key)… (\($0.value) of \(destinations.count))" }.joined(separator: ", "))
        }
        return writer.text()
    }

    private func medianPosition(_ title: String, _ pages: [PageShape]) -> Double {
        let positions = pages.compactMap { $0.sections.firstIndex(of: title) }.map(Double.init).sorted()
        return positions.isEmpty ? .infinity : positions[positions.count / 2]
    }

    /// A rule id or taxonomy name for a title: lowercase words joined by hyphens.
    static func slug(_ text: String) -> String {
        TaxonomyValue.defaultSlug(text)
    }
}

extension Array where Element == String {
    func count(of value: String) -> Int { count { $0 == value } }
}

/// A YAML double-quoted scalar.
func yaml(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// The part of a link destination that pages share: scheme and host plus the first path
/// segment, or the folder of a relative link.
enum LinkPrefix {
    static func of(_ destination: String) -> String {
        if let url = URL(string: destination), let host = url.host, let scheme = url.scheme {
            let first = url.pathComponents.dropFirst().first.map { "/" + $0 } ?? ""
            return "\(scheme)://\(host)\(first)/"
        }
        let folder = (destination as NSString).deletingLastPathComponent
        return folder.isEmpty ? "./" : folder + "/"
    }
}
