/// The first list of a section: numbered or bulleted, how many items, numbering
/// sequential from 1, no empty items.
public struct ListCheck: Check {
    public var section: String
    public var ordered: Bool?
    public var sequential: Bool
    public var minimum: Int?
    public var maximum: Int?
    public var flagEmptyItems: Bool

    public func findings(in context: CheckContext) -> [Finding] {
        guard let found = context.section(section) else { return [] }
        let arguments = ["section": found.title]
        guard let list = found.lists.first else {
            guard (minimum ?? 0) > 0 || ordered != nil else { return [] }
            return [Finding(range: found.heading.textRange, message: Message.noList(found.title), arguments: arguments)]
        }
        var findings: [Finding] = []
        if let ordered, list.ordered != ordered {
            findings.append(Finding(
                range: list.items.first?.markerRange ?? list.range, message: Message.wrongKind(found.title, ordered: ordered),
                expected: ordered ? "numbered" : "bulleted", found: ordered ? "bulleted" : "numbered", arguments: arguments))
        }
        let count = list.items.count
        if let minimum, count < minimum {
            findings.append(Finding(
                range: found.heading.textRange, message: Message.tooFew(found.title, count: count, minimum: minimum),
                expected: "at least \(minimum)", found: String(count),
                arguments: arguments.merging(["count": String(count), "limit": String(minimum)]) { $1 }))
        }
        if let maximum, count > maximum {
            findings.append(Finding(
                range: list.items[maximum].markerRange, message: Message.tooMany(found.title, count: count, maximum: maximum),
                expected: "at most \(maximum)", found: String(count),
                arguments: arguments.merging(["count": String(count), "limit": String(maximum)]) { $1 }))
        }
        if sequential, list.ordered {
            for (index, item) in list.items.enumerated() where item.number != index + 1 {
                let written = item.number.map(String.init) ?? "?"
                findings.append(Finding(
                    range: item.markerRange, message: Message.numbering(written, expected: index + 1),
                    expected: String(index + 1), found: written, arguments: arguments,
                    fix: Self.renumber(item, to: index + 1, in: context.file)))
            }
        }
        if flagEmptyItems {
            for item in list.items where item.text.trimmingWhitespace.isEmpty && item.blocks.count <= 1 {
                findings.append(Finding(range: item.markerRange, message: Message.emptyItem(found.title), arguments: arguments))
            }
        }
        return findings
    }
}

extension ListCheck {
    /// Replaces the digits of an item's marker (`4.` → `3.`), its delimiter kept.
    static func renumber(_ item: ListItem, to number: Int, in file: SourceFile) -> Fix? {
        let bytes = item.markerRange.byteRange
        guard bytes.count >= 2, bytes.upperBound <= file.bytes.count else { return nil }
        let digits = bytes.lowerBound..<(bytes.upperBound - 1)
        guard file.bytes[digits].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              [UInt8(ascii: "."), UInt8(ascii: ")")].contains(file.bytes[bytes.upperBound - 1]) else { return nil }
        return Fix(replacing: file.range(digits), with: String(number))
    }
}

extension ListCheck {
    enum Message {
        static func noList(_ section: String) -> String { "section '\(section)' has no list" }
        static func wrongKind(_ section: String, ordered: Bool) -> String {
            ordered ? "the list in '\(section)' should be numbered, not bulleted" : "the list in '\(section)' should be bulleted, not numbered"
        }
        static func tooFew(_ section: String, count: Int, minimum: Int) -> String {
            "section '\(section)' lists \(count) item\(count == 1 ? "" : "s"); expected at least \(minimum)"
        }
        static func tooMany(_ section: String, count: Int, maximum: Int) -> String {
            "section '\(section)' lists \(count) items; expected at most \(maximum)"
        }
        static func numbering(_ written: String, expected: Int) -> String {
            "item numbered \(written); expected \(expected)"
        }
        static func emptyItem(_ section: String) -> String { "empty list item in '\(section)'" }
    }
}

extension ListCheck {
    static let kind = CheckKind(
        name: "list",
        summary: "a section's list: numbered or bulleted, item count, sequential numbering, no empty items",
        keys: [
            SchemaKey("ordered", .boolean, "the list must be numbered (true) or bulleted (false)"),
            SchemaKey("sequential", .boolean, "numbers must run 1, 2, 3…"),
            SchemaKey("min", .integer, "the fewest items"),
            SchemaKey("max", .integer, "the most items"),
            SchemaKey("empty-items", .boolean, "report empty items (default: true)"),
        ]
    ) { (reader, context) throws(YAMLError) in
        guard let section = context.section else {
            throw YAMLError(path: reader.node.path, range: SourceRange(at: reader.node.range.start), message: "a 'list' rule needs 'section:'")
        }
        return ListCheck(
            section: section,
            ordered: try reader.optional("ordered")?.bool(),
            sequential: try reader.optional("sequential")?.bool() ?? false,
            minimum: try reader.optional("min")?.int(),
            maximum: try reader.optional("max")?.int(),
            flagEmptyItems: try reader.optional("empty-items")?.bool() ?? true)
    }
}
