/// A text with `{{Name | filter | filter}}` placeholders: `{{Main Ingredient | lower}}`,
/// `{{title}}`, `{{value}}`. Parsed once when the pack loads.
public struct Template: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case placeholder(Placeholder)
    }

    public struct Placeholder: Sendable, Hashable {
        public var name: String
        public var filters: [TemplateFilter]
    }

    public let source: String
    public let segments: [Segment]

    public enum ParseError: Error, Equatable, Sendable {
        case unclosedPlaceholder
        case emptyPlaceholder
        case unknownFilter(String, suggestion: String?)
    }

    public init(_ source: String) throws(ParseError) {
        self.source = source
        var segments: [Segment] = []
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else { throw .unclosedPlaceholder }
            let parts = rest[open.upperBound..<close.lowerBound].split(separator: "|", omittingEmptySubsequences: false)
            let name = parts[0].trimmingWhitespace
            guard !name.isEmpty else { throw .emptyPlaceholder }
            var filters: [TemplateFilter] = []
            for part in parts.dropFirst() {
                let filterName = part.trimmingWhitespace
                guard let filter = TemplateFilter(rawValue: filterName) else {
                    throw .unknownFilter(filterName, suggestion: closestMatch(to: filterName, in: TemplateFilter.allCases.map(\.rawValue)))
                }
                filters.append(filter)
            }
            segments.append(.placeholder(Placeholder(name: name, filters: filters)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        self.segments = segments
    }

    /// The placeholder names used, in order of first use.
    public var names: [String] {
        var names: [String] = []
        for case .placeholder(let placeholder) in segments where !names.contains(placeholder.name) {
            names.append(placeholder.name)
        }
        return names
    }

    /// The text with each placeholder replaced by its filtered value; nil when a
    /// placeholder has no value.
    public func render(_ values: TemplateValues) -> String? {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal):
                text += literal
            case .placeholder(let placeholder):
                guard let value = placeholder.render(values) else { return nil }
                text += value
            }
        }
        return text
    }

    public var description: String { source }
}

extension Template.Placeholder {
    func render(_ values: TemplateValues) -> String? {
        guard var parts = values.lookup(name) else { return nil }
        var joined: String?
        for filter in filters {
            if filter == .list {
                joined = TemplateFilter.joinList(parts)
            } else if let text = joined {
                joined = filter.apply(text, taxonomy: values.taxonomy)
            } else {
                parts = parts.map { filter.apply($0, taxonomy: values.taxonomy) }
            }
        }
        return joined ?? parts.joined(separator: ", ")
    }
}

/// The values a template can name: the page's fields, `title`, and a finding's arguments.
public struct TemplateValues: Sendable {
    public var arguments: [String: String]
    public var fields: [Field] { didSet { fieldIndex = Self.index(fields) } }
    public var title: String?
    public var taxonomy: Taxonomy
    /// Position of the first field of each key, so a look-up does not rebuild every key.
    private var fieldIndex: [TitleKey: Int]

    public init(arguments: [String: String] = [:], fields: [Field] = [], title: String? = nil, taxonomy: Taxonomy = Taxonomy()) {
        self.arguments = arguments
        self.fields = fields
        self.title = title
        self.taxonomy = taxonomy
        self.fieldIndex = Self.index(fields)
    }

    private static func index(_ fields: [Field]) -> [TitleKey: Int] {
        var index: [TitleKey: Int] = [:]
        for (position, field) in fields.enumerated() where index[TitleKey(field.key)] == nil { index[TitleKey(field.key)] = position }
        return index
    }

    /// A name's values: a multi-valued field gives one entry per value.
    public func lookup(_ name: String) -> [String]? {
        if let argument = arguments[name] { return [argument] }
        if name == "title" { return title.map { [$0] } }
        guard let position = fieldIndex[TitleKey(name)] else { return nil }
        return fields[position].values.map(\.text)
    }
}
