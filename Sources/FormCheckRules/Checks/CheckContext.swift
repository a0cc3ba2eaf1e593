/// One document as a check sees it, with the pack's shared knowledge.
public struct CheckContext: Sendable {
    public let document: ContentDocument
    /// The page's fields, read from where the pack says fields live.
    public let fields: [Field]
    public let taxonomy: Taxonomy
    public let fieldSource: FieldSource
    /// `TitleKey` of each field's key, index for index with `fields`: computed once per
    /// document instead of once per lookup (every rule looks fields up).
    public let fieldKeys: [TitleKey]
    /// Every section at any depth with its `TitleKey`, in document order, computed once.
    private let keyedSections: [(key: TitleKey, section: Section)]
    /// The first field of each key, built once per document.
    private let fieldsByKey: [TitleKey: Field]
    /// The page's fields and title, as templates see them.
    public let templateValues: TemplateValues
    /// The phrase index's matches per sentence, filled as rules read sentences.
    let sentenceScans = SentenceScans()

    public init(document: ContentDocument, taxonomy: Taxonomy, fieldSource: FieldSource) {
        self.document = document
        self.taxonomy = taxonomy
        self.fieldSource = fieldSource
        self.fields = fieldSource.fields(of: document)
        self.fieldKeys = fields.map { TitleKey($0.key) }
        self.keyedSections = document.allSections.map { (TitleKey($0.title), $0) }
        var fieldsByKey: [TitleKey: Field] = [:]
        for (field, key) in zip(fields, fieldKeys) where fieldsByKey[key] == nil { fieldsByKey[key] = field }
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
        return keyedSections.first { $0.key == key }?.section
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
        value = Self.asciiKey(title) ?? title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The same key computed on bytes when the title is ASCII (nearly always): Character
    /// splitting and Unicode whitespace lookups dominated linting in profiles. ASCII
    /// whitespace is U+0009...U+000D and U+0020, as `Character.isWhitespace` has it.
    private static func asciiKey(_ title: String) -> String? {
        title.utf8.withContiguousStorageIfAvailable(asciiKey(of:)) ?? Array(title.utf8).withUnsafeBufferPointer(asciiKey(of:))
    }

    /// Written straight into the key's storage (a key of up to 15 bytes is a small string,
    /// no allocation at all) from the title's own bytes: building a byte array and decoding
    /// it allocated twice per key, and keys are made ~300 times per page.
    private static func asciiKey(of utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var isASCII = true
        let key = String(unsafeUninitializedCapacity: utf8.count) { out in
            var written = 0
            var pendingSpace = false
            for byte in utf8 {
                guard byte < 0x80 else {
                    isASCII = false
                    return 0
                }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = written > 0
                    continue
                }
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                out[written] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                written += 1
            }
            return written
        }
        return isASCII ? key : nil
    }
}
