/// GitHub's heading anchors, as github-slugger computes them (Tests/…/GitHubSlugFixtures.swift
/// holds its published cases): the text lowercased, characters of some Unicode general
/// categories dropped, each space turned into a hyphen, and repeats numbered `-1`, `-2`…
/// so that no two anchors of a page are equal (a heading written `echo-1` takes the next
/// free number when `echo-1` is already taken).
public enum HeadingSlugs {
    /// GitHub's slugs follow Unicode 13.0: a character assigned later counts as unassigned.
    static let unicodeVersion = (major: 13, minor: 0)

    /// The slug of one heading's text, before repeats are numbered.
    public static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if keeps(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a character stays in a slug: letters, marks, decimal and letter numbers,
    /// connector punctuation (`_`), the hyphen, and anything alphabetic (circled letters
    /// are symbols but alphabetic). Other numbers, other punctuation, symbols, separators,
    /// control, format, private-use and unassigned characters are dropped.
    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" { return true }
        let properties = scalar.properties
        guard let age = properties.age, (age.major, age.minor) <= unicodeVersion else { return false }
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// The anchors of headings in document order, repeats numbered as GitHub does.
    public static func slugs(_ headings: [String]) -> [String] {
        var next: [String: Int] = [:]
        var taken = Set<String>()
        return headings.map { heading in
            let base = slug(heading)
            var anchor = base
            while taken.contains(anchor) {
                let number = (next[base] ?? 0) + 1
                next[base] = number
                anchor = "\(base)-\(number)"
            }
            taken.insert(anchor)
            return anchor
        }
    }

    /// The anchors of headings, as a set.
    public static func anchors(_ headings: [String]) -> Set<String> {
        Set(slugs(headings))
    }

    /// Every heading anchor of a parsed page: its titles, then every section at every depth.
    public static func anchors(of document: ContentDocument) -> Set<String> {
        anchors(document.headingTexts)
    }
}

extension ContentDocument {
    /// The text of every heading (as anchors are made from it), in document order.
    var headingTexts: [String] {
        var headings: [(Int, String)] = titles.map { ($0.range.start.offset, $0.anchorText) }
        headings += allSections.map { ($0.heading.range.start.offset, $0.heading.anchorText) }
        return headings.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
