import Foundation

/// A template that reads values out of text: `**{{name}}** — {{Level}} | Part: {{Part}}`.
/// `{{name}}` is the title of the page referred to, `{{count}}` a number, any other
/// placeholder an attribute the rule declares. Literal text compares case-insensitively.
///
/// Whole-text templates (list entries, headings, breakdown parts) read every slot up to the
/// next literal. Templates found inside sentences read an attribute with a taxonomy as one
/// of its values or aliases (in the singular or the plural), so the claim ends where the
/// value does ("20 items for your legs, from …").
public struct SlotTemplate: Sendable {
    public enum Slot: Sendable, Hashable {
        case name
        case count
        case attribute(String)
    }

    /// One slot read from a text: what it is, the text, and its UTF-8 byte range in the text.
    public struct Capture: Sendable, Hashable {
        public var slot: Slot
        public var text: String
        public var bytes: Range<Int>
    }

    public let template: Template
    public let slots: [Slot]
    private let regex: RegexBox

    /// - Parameters:
    ///   - wholeText: the template must match the whole (trimmed) text, else anywhere in it.
    ///   - spellings: for each attribute, the spellings it may take inside a sentence.
    ///   - restricted: attribute slots read only their taxonomy's spellings even in a
    ///     whole text (headings: "Easy (3 items)" is not read as a kind of tool).
    init(_ template: Template, wholeText: Bool, restricted: Bool = false, spellings: (String) -> [String]?) {
        self.template = template
        var pattern = wholeText ? "^\\s*" : "(?<![\\w])"
        var slots: [Slot] = []
        for segment in template.segments {
            switch segment {
            case .literal(let text):
                // Runs of spaces in the template match any run of whitespace.
                pattern += text.split(separator: " ", omittingEmptySubsequences: false)
                    .map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\\s+")
            case .placeholder(let placeholder):
                switch placeholder.name.lowercased() {
                case "name":
                    slots.append(.name)
                    // In a sentence a name starts with a capital letter and runs word by word.
                    pattern += wholeText ? "(.+?)" : "((?-i:\\p{Lu})[\\w'’&-]*(?:\\s+[\\w'’&-]+)*?)"
                case "count":
                    slots.append(.count)
                    pattern += "(\\d[\\d,]*)"
                default:
                    slots.append(.attribute(placeholder.name))
                    if !wholeText || restricted, let words = spellings(placeholder.name), !words.isEmpty {
                        let forms = Set(words.flatMap { [$0, EnglishInflection.plural($0), EnglishInflection.singular($0)] })
                        let sorted = forms.sorted { ($0.count, $0) > ($1.count, $1) }
                        pattern += "(" + sorted.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")(?![\\w])"
                    } else {
                        pattern += "(.+?)"
                    }
                }
            }
        }
        pattern += wholeText ? "\\s*$" : ""
        self.slots = slots
        // Built from escaped literals and fixed fragments only, so it compiles.
        regex = RegexBox(try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
    }

    /// Whether the template has a slot of this kind.
    public func has(_ slot: Slot) -> Bool { slots.contains(slot) }

    /// Every match in `text` (one at most for a whole-text template), slots in template order.
    public func matches(in text: String) -> [[Capture]] {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.expression.matches(in: text, range: whole).map { match in
            slots.indices.compactMap { index -> Capture? in
                let nsRange = match.range(at: index + 1)
                guard nsRange.location != NSNotFound, let range = Range(nsRange, in: text) else { return nil }
                let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
                return Capture(slot: slots[index], text: String(text[range]), bytes: lower..<upper)
            }
        }
    }
}
