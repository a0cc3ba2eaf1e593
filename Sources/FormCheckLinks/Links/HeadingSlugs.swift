/// GitHub's heading anchors: lowercased, punctuation dropped, spaces to hyphens,
/// and `-1`, `-2`… appended to repeats.
public enum HeadingSlugs {
    public static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character == " " {
                result.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber {
                result.append(character)
            }
        }
        return result
    }

    /// The anchors of headings in document order, repeats numbered as GitHub does.
    public static func anchors(_ headings: [String]) -> Set<String> {
        var seen: [String: Int] = [:]
        var anchors: Set<String> = []
        for heading in headings {
            let base = slug(heading)
            if let count = seen[base] {
                anchors.insert("\(base)-\(count)")
                seen[base] = count + 1
            } else {
                anchors.insert(base)
                seen[base] = 1
            }
        }
        return anchors
    }

    /// Every heading anchor of a parsed page: its titles, then every section at every depth.
    public static func anchors(of document: ContentDocument) -> Set<String> {
        anchors(document.headingTexts)
    }
}

extension ContentDocument {
    /// The text of every heading, in document order.
    var headingTexts: [String] {
        var headings: [(Int, String)] = titles.map { ($0.range.start.offset, $0.text) }
        headings += allSections.map { ($0.heading.range.start.offset, $0.heading.text) }
        return headings.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
