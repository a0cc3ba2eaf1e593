/// One document as a check sees it, with the pack's shared knowledge.
public struct CheckContext: Sendable {
    public let document: ContentDocument
    /// The page's fields, read from where the pack says fields live.
    public let fields: [Field]
    public let taxonomy: Taxonomy
    public let fieldSource: FieldSource

    public init(document: ContentDocument, taxonomy: Taxonomy, fieldSource: FieldSource) {
        self.document = document
        self.taxonomy = taxonomy
        self.fieldSource = fieldSource
        self.fields = fieldSource.fields(of: document)
    }

    public var file: SourceFile { document.source }

    /// The first field with this key (keys compare case-insensitively).
    public func field(_ name: String) -> Field? {
        let key = TitleKey(name)
        return fields.first { TitleKey($0.key) == key }
    }

    /// The first section at any depth with this title (case and spacing forgiven).
    public func section(_ title: String) -> Section? {
        let key = TitleKey(title)
        return document.allSections.first { TitleKey($0.title) == key }
    }

    /// Where to point a finding about something missing from the page: the title, else line 1.
    public var pageAnchor: SourceRange {
        document.title?.textRange ?? SourceRange(at: file.location(atOffset: 0))
    }
}

/// A heading or field name as compared: trimmed, inner whitespace collapsed, lowercased.
public struct TitleKey: Hashable, Sendable {
    public let value: String

    public init(_ title: String) {
        value = title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
