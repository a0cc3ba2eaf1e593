/// The links a section must hold, each derived from the fields:
///
/// ```yaml
/// - id: related-links
///   check: links
///   section: Related recipes
///   expect:
///     - { text: "More {{Cuisine}} Recipes", url: "https://example.com/recipes/{{Cuisine | slug}}" }
///   extra: allow        # or error
/// ```
///
/// A link with the expected text but another URL, or the expected URL but other text, or
/// a text of the template's shape naming another value, is a mismatch reported at the link
/// with what was expected; an expectation no link meets is missing.
public struct LinksCheck: Check {
    public struct Expectation: Sendable {
        public var text: TemplatePattern
        public var url: Template
    }

    public var section: String
    public var expectations: [Expectation]
    public var flagExtra: Bool

    public func findings(in context: CheckContext) -> [Finding] {
        guard let found = context.section(section) else { return [] }
        let key = TitleKey(found.title)
        var unclaimed = context.document.links.filter { link in
            link.kind != .image && found.range.contains(link.range) && link.sectionPath.contains { TitleKey($0) == key }
        }
        let values = context.templateValues
        var findings: [Finding] = []
        var missing: [(text: String, url: String)] = []
        for expectation in expectations {
            guard let text = expectation.text.template.render(values), let url = expectation.url.render(values) else { continue }
            func sameText(_ link: Link) -> Bool {
                Self.sameText(link.text, text) || expectation.text.agreement(of: Substring(link.text), with: values) == .agrees
            }
            if let index = unclaimed.firstIndex(where: { sameText($0) && Self.sameURL($0.destination, url) }) {
                unclaimed.remove(at: index)
            } else if let index = unclaimed.firstIndex(where: { sameText($0) || Self.sameURL($0.destination, url) })
                ?? unclaimed.firstIndex(where: { expectation.text.match(Substring($0.text)) != nil }) {
                let link = unclaimed.remove(at: index)
                findings.append(Finding(
                    range: link.range, message: Message.mismatch(text: link.text, url: link.destination, expectedText: text, expectedURL: url),
                    expected: sameText(link) ? url : text, found: sameText(link) ? link.destination : link.text,
                    arguments: ["section": found.title],
                    fix: Self.linkFix(link, text: text, url: url, derivedFrom: expectation.text.template.names + expectation.url.names, file: context.file)))
            } else {
                missing.append((text, url))
            }
        }
        for (text, url) in missing {
            findings.append(Finding(
                range: found.heading.textRange, message: Message.missing(found.title, text: text, url: url),
                expected: url, arguments: ["section": found.title]))
        }
        if flagExtra {
            for link in unclaimed {
                findings.append(Finding(
                    range: link.range, message: Message.extra(found.title, text: link.text, url: link.destination),
                    found: link.destination, arguments: ["section": found.title]))
            }
        }
        return findings
    }

    /// The link's text and destination replaced by the expected ones together (a URL never
    /// changes under a text that names something else), its title kept. Only for an inline
    /// link whose text is written plainly; the URL is verified by the engine (`writesURLs`).
    static func linkFix(_ link: Link, text: String, url: String, derivedFrom: [String], file: SourceFile) -> Fix? {
        guard let destination = link.destinationRange, let textRange = textRange(of: link, destination: destination, file: file),
              !text.contains(where: { "[]\\`*_<>\n".contains($0) }) else { return nil }
        let angled = file.bytes[destination.byteRange].first == UInt8(ascii: "<")
        guard let spelling = LinkDestination.spelling(of: url, angled: angled) else { return nil }
        let urlChanges = !sameURL(link.destination, url) || !file.bytes[destination.byteRange].elementsEqual(spelling.utf8)
        var edits = [Edit(range: textRange, replacement: text)]
        if urlChanges { edits.append(Edit(range: destination, replacement: spelling)) }
        return Fix(edits: edits, derivedFrom: derivedFrom, writesURLs: urlChanges ? [url] : [])
    }

    /// The range of an inline link's text between `[` and `](`, when its bytes are exactly
    /// the link's plain text (no markup a replacement would drop).
    static func textRange(of link: Link, destination: SourceRange, file: SourceFile) -> SourceRange? {
        let bytes = file.bytes
        let open = link.range.start.offset, close = destination.start.offset - 2
        guard link.kind == .inline, open >= 0, close > open, destination.start.offset <= bytes.count,
              bytes[open] == UInt8(ascii: "["), bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "("),
              bytes[(open + 1)..<close].elementsEqual(link.text.utf8) else { return nil }
        return file.range(open + 1..<close)
    }

    static func sameText(_ lhs: String, _ rhs: String) -> Bool {
        ValueComparison.normalized(lhs) == ValueComparison.normalized(rhs)
    }

    /// URLs compare case-insensitively, a trailing slash forgiven.
    static func sameURL(_ lhs: String, _ rhs: String) -> Bool {
        func trimmed(_ url: String) -> String { (url.hasSuffix("/") ? String(url.dropLast()) : url).lowercased() }
        return trimmed(lhs) == trimmed(rhs)
    }
}

extension LinksCheck {
    enum Message {
        static func mismatch(text: String, url: String, expectedText: String, expectedURL: String) -> String {
            "link \"\(text)\" points to \(url); expected \"\(expectedText)\" pointing to \(expectedURL)"
        }
        static func missing(_ section: String, text: String, url: String) -> String {
            "section '\(section)' is missing the link \"\(text)\" to \(url)"
        }
        static func extra(_ section: String, text: String, url: String) -> String {
            "section '\(section)' has an unexpected link \"\(text)\" to \(url)"
        }
    }
}

extension LinksCheck {
    static let kind = CheckKind(
        name: "links",
        summary: "the links a section must hold, text and URL rendered from the fields; missing, mismatched and extra links",
        keys: [
            SchemaKey("expect", .sequence, "the links that must exist: { text: template, url: template }"),
            SchemaKey("extra", .oneOf(["allow", "error"]), "whether other links in the section are reported"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        var expectations: [Expectation] = []
        for item in try reader.required("expect").sequence() {
            var inner = try YAMLMappingReader(item, context: "link expectation")
            let text = try context.template(inner.required("text"))
            let url = try context.template(inner.required("url"))
            try inner.finish()
            expectations.append(Expectation(text: TemplatePattern(text), url: url))
        }
        var flagExtra = false
        if let node = reader.optional("extra") {
            switch try node.string() {
            case "error": flagExtra = true
            case "allow": flagExtra = false
            default: throw YAMLError(at: node, "'extra' must be 'error' or 'allow'")
            }
        }
        return LinksCheck(section: section, expectations: expectations, flagExtra: flagExtra)
    }
}
