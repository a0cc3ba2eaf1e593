/// One document as a check sees it, with the pack's shared knowledge.
public struct CheckContext: Sendable {
    public let document: ContentDocument
    /// The page's fields, read from where the pack says fields live.
    public let fields: [Field]
    public let taxonomy: Taxonomy
    public let fieldSource: FieldSource
    /// `document.allSections`, flattened once per document rather than per look-up.
    private let sections: [Section]
    /// The first field of each key, built once per document.
    private let fieldsByKey: [TitleKey: Field]
    /// The page's fields and title, as templates see them.
    public let templateValues: TemplateValues

    public init(document: ContentDocument, taxonomy: Taxonomy, fieldSource: FieldSource) {
        self.document = document
        self.taxonomy = taxonomy
        self.fieldSource = fieldSource
        self.fields = fieldSource.fields(of: document)
        self.sections = document.allSections
        var fieldsByKey: [TitleKey: Field] = [:]
        for field in fields where fieldsByKey[TitleKey(field.key)] == nil { fieldsByKey[TitleKey(field.key)] = field }
        self.fieldsByKey = fieldsByKey
        self.templateValues = TemplateValues(fields: fields, title: document.title?.text, taxonomy: taxonomy)
    }

    public var file: SourceFile { document.source }

    /// The first field with this key (keys compare case-insensitively).
    public func field(_ name: String) -> Field? {
        fieldsByKey[TitleKey(name)]
    }

    /// The first section at any depth with this title (case and spacing forgiven).
    public func section(_ title: String) -> Section? {
        let key = TitleKey(title)
        return sections.first { TitleKey($0.title) == key }
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
        // Keys are built for every field and section look-up, so ASCII text (nearly all of
        // it) takes a byte loop; Unicode's whitespace and case rules are the fallback.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for byte in title.utf8 {
            if byte >= 0x80 {
                value = title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
                return
            }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        value = String(decoding: bytes, as: UTF8.self)
    }
}
