/// Required sections, their order, level, duplicates and emptiness, the page title, and
/// the number of subsections of a scoped section (e.g. FAQ questions).
///
/// Without `section:` it checks the page's level-2 sections; with `section:` it checks
/// that section's subsections.
public struct SectionsCheck: Check {
    public enum Order: String, Sendable { case strict, any }

    public var scope: String?
    public var required: [String]
    public var order: Order
    /// `nil` allows any extra section; otherwise the extra titles allowed.
    public var allowedExtra: [String]?
    public var requireTitle: Bool
    public var flagDuplicates: Bool
    public var flagEmpty: Bool
    public var minimum: Int?
    public var maximum: Int?

    public func findings(in context: CheckContext) -> [Finding] {
        let container: [Section]
        if let scope {
            guard let section = context.section(scope) else { return [] }
            container = section.subsections
        } else {
            container = context.document.sections
        }
        var findings: [Finding] = []
        if requireTitle, scope == nil { findings += titleFindings(context) }
        findings += requiredFindings(container, context: context)
        if flagDuplicates { findings += duplicateFindings(container) }
        findings += countFindings(container, context: context)
        return findings
    }

    private func titleFindings(_ context: CheckContext) -> [Finding] {
        let titles = context.document.titles
        guard let first = titles.first else {
            return [Finding(range: SourceRange(at: context.file.location(atOffset: 0)), message: Message.noTitle)]
        }
        return titles.dropFirst().map { extra in
            Finding(range: extra.textRange, message: Message.extraTitle(extra.text, firstLine: first.range.start.line), found: extra.text)
        }
    }

    private func requiredFindings(_ sections: [Section], context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let requiredKeys = required.map(TitleKey.init)
        var matched: [(section: Section, requiredIndex: Int)] = []
        var unmatched: [Section] = []
        for section in sections {
            if let index = requiredKeys.firstIndex(of: TitleKey(section.title)) {
                if !matched.contains(where: { $0.requiredIndex == index }) { matched.append((section, index)) }
            } else {
                unmatched.append(section)
            }
        }
        let expectedLevel = scope.flatMap { context.section($0)?.heading.level }.map { $0 + 1 } ?? 2
        var misspelled = Set<Int>()
        for (index, title) in required.enumerated() where !matched.contains(where: { $0.requiredIndex == index }) {
            let candidates = unmatched.filter { !misspelled.contains($0.heading.range.start.offset) }
            // Safe: a small edit, and the heading is near this required title and no other.
            if let near = candidates.first(where: { closestMatch(to: $0.title, in: required) == title }) {
                misspelled.insert(near.heading.range.start.offset)
                findings.append(Finding(
                    range: near.heading.textRange, message: Message.misspelled(near.title, expected: title),
                    expected: title, found: near.title, arguments: ["section": title],
                    fix: Fix.replacing(near.heading.textRange, written: near.heading.text, with: title, in: context.file)))
            } else if let deeper = context.document.allSections.first(where: { TitleKey($0.title) == requiredKeys[index] }), deeper.heading.level != expectedLevel {
                findings.append(Finding(
                    range: deeper.heading.range, message: Message.wrongLevel(title, found: deeper.heading.level, expected: expectedLevel),
                    expected: "level \(expectedLevel)", found: "level \(deeper.heading.level)", arguments: ["section": title]))
            } else {
                let anchor = missingAnchor(for: index, matched: matched, context: context)
                findings.append(Finding(range: anchor, message: Message.missing(title, in: scope), expected: title, arguments: ["section": title]))
            }
        }
        if order == .strict {
            var latest: (section: Section, requiredIndex: Int)?
            for entry in matched {
                if let previous = latest, entry.requiredIndex < previous.requiredIndex {
                    findings.append(Finding(
                        range: entry.section.heading.textRange,
                        message: Message.outOfOrder(entry.section.title, before: previous.section.title),
                        arguments: ["section": entry.section.title]))
                } else {
                    latest = entry
                }
            }
        }
        if flagEmpty {
            for entry in matched where entry.section.blocks.isEmpty && entry.section.subsections.isEmpty {
                findings.append(Finding(range: entry.section.heading.textRange, message: Message.empty(entry.section.title), arguments: ["section": entry.section.title]))
            }
        }
        if let allowedExtra {
            let allowed = Set(allowedExtra.map(TitleKey.init))
            for section in unmatched where !misspelled.contains(section.heading.range.start.offset) && !allowed.contains(TitleKey(section.title)) {
                findings.append(Finding(
                    range: section.heading.textRange, message: Message.unexpected(section.title, allowed: required + allowedExtra),
                    found: section.title, arguments: ["section": section.title]))
            }
        }
        return findings
    }

    /// Where a missing section should have been: at the next required section that is
    /// present, else at the end of the scope.
    private func missingAnchor(for index: Int, matched: [(section: Section, requiredIndex: Int)], context: CheckContext) -> SourceRange {
        if let next = matched.filter({ $0.requiredIndex > index }).min(by: { $0.requiredIndex < $1.requiredIndex }) {
            return SourceRange(at: next.section.heading.range.start)
        }
        if let scope, let section = context.section(scope) { return section.heading.textRange }
        return context.pageAnchor
    }

    private func duplicateFindings(_ sections: [Section]) -> [Finding] {
        var first: [TitleKey: Section] = [:]
        var findings: [Finding] = []
        for section in sections {
            let key = TitleKey(section.title)
            if let earlier = first[key] {
                findings.append(Finding(
                    range: section.heading.textRange, message: Message.duplicate(section.title, firstLine: earlier.heading.range.start.line),
                    found: section.title, arguments: ["section": section.title]))
            } else {
                first[key] = section
            }
        }
        return findings
    }

    private func countFindings(_ sections: [Section], context: CheckContext) -> [Finding] {
        guard let scope, let section = context.section(scope) else { return [] }
        let count = sections.count
        let arguments = ["section": section.title, "count": String(count)]
        if let minimum, count < minimum {
            return [Finding(range: section.heading.textRange, message: Message.tooFew(section.title, count: count, minimum: minimum),
                            expected: "at least \(minimum)", found: String(count), arguments: arguments.merging(["limit": String(minimum)]) { $1 })]
        }
        if let maximum, count > maximum {
            return [Finding(range: sections[maximum].heading.textRange, message: Message.tooMany(section.title, count: count, maximum: maximum),
                            expected: "at most \(maximum)", found: String(count), arguments: arguments.merging(["limit": String(maximum)]) { $1 })]
        }
        return []
    }
}

extension SectionsCheck {
    enum Message {
        static let noTitle = "page has no title (a level-1 heading)"
        static func extraTitle(_ title: String, firstLine: Int) -> String {
            "second title '\(title)'; a page has one level-1 heading (the first is on line \(firstLine))"
        }
        static func missing(_ title: String, in scope: String?) -> String {
            scope.map { "missing subsection '\(title)' in '\($0)'" } ?? "missing required section '\(title)'"
        }
        static func misspelled(_ found: String, expected: String) -> String {
            "section '\(found)' looks like a misspelling of '\(expected)'"
        }
        static func wrongLevel(_ title: String, found: Int, expected: Int) -> String {
            "section '\(title)' is a level-\(found) heading; expected level \(expected)"
        }
        static func outOfOrder(_ title: String, before: String) -> String {
            "section '\(title)' should come before '\(before)'"
        }
        static func empty(_ title: String) -> String { "section '\(title)' is empty" }
        static func unexpected(_ title: String, allowed: [String]) -> String {
            "unexpected section '\(title)'; expected one of: " + allowed.joined(separator: ", ")
        }
        static func duplicate(_ title: String, firstLine: Int) -> String {
            "duplicate section '\(title)' (first on line \(firstLine))"
        }
        static func tooFew(_ title: String, count: Int, minimum: Int) -> String {
            "section '\(title)' has \(count) subsection\(count == 1 ? "" : "s"); expected at least \(minimum)"
        }
        static func tooMany(_ title: String, count: Int, maximum: Int) -> String {
            "section '\(title)' has \(count) subsections; expected at most \(maximum)"
        }
    }
}

extension SectionsCheck {
    static let kind = CheckKind(
        name: "sections",
        summary: "required sections in order, at the right level, not empty or duplicated; the page title; subsection counts",
        keys: [
            SchemaKey("required", .strings, "section titles that must be present (case and spacing forgiven)"),
            SchemaKey("order", .oneOf(["strict", "any"]), "whether the required sections must come in the listed order"),
            SchemaKey("allow-extra", .any, "true, false, or the titles of extra sections allowed"),
            SchemaKey("title", .boolean, "require exactly one level-1 heading (default: true without section:)"),
            SchemaKey("duplicates", .boolean, "report a section that appears twice (default: true)"),
            SchemaKey("empty", .boolean, "report an empty required section (default: true)"),
            SchemaKey("min", .integer, "with section: the fewest subsections"),
            SchemaKey("max", .integer, "with section: the most subsections"),
        ]
    ) { (reader, context) throws(YAMLError) in
        var orderValue = Order.any
        if let node = reader.optional("order") {
            let text = try node.string()
            guard let value = Order(rawValue: text) else { throw YAMLError(at: node, "unknown order '\(text)'; expected 'strict' or 'any'") }
            orderValue = value
        }
        var allowedExtra: [String]?
        if let node = reader.optional("allow-extra") {
            if node.scalar != nil, let allowsAny = try? node.bool() {
                allowedExtra = allowsAny ? nil : []
            } else {
                allowedExtra = try node.stringList()
            }
        }
        return SectionsCheck(
            scope: context.section,
            required: try reader.optional("required")?.stringList() ?? [],
            order: orderValue,
            allowedExtra: allowedExtra,
            requireTitle: try reader.optional("title")?.bool() ?? (context.section == nil),
            flagDuplicates: try reader.optional("duplicates")?.bool() ?? true,
            flagEmpty: try reader.optional("empty")?.bool() ?? true,
            minimum: try reader.optional("min")?.int(),
            maximum: try reader.optional("max")?.int())
    }
}
