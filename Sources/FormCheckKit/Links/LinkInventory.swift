import Foundation

/// The links of one page and the anchors its headings define, collected while the page
/// is linted so the parsed document itself can be dropped.
public struct PageLinks: Sendable {
    public var path: String
    public var links: [Link]
    public var anchors: Set<String>
    /// The text of the line each link starts on, for reporters that show source.
    public var lines: [Int: String]

    public init(path: String, links: [Link], anchors: Set<String>, lines: [Int: String] = [:]) {
        self.path = path
        self.links = links
        self.anchors = anchors
        self.lines = lines
    }

    public init(document: ContentDocument) {
        var lines: [Int: String] = [:]
        for link in document.links where lines[link.range.start.line] == nil {
            lines[link.range.start.line] = document.source.lineText(link.range.start.line)
        }
        self.init(path: document.path, links: document.links, anchors: HeadingSlugs.anchors(of: document), lines: lines)
    }
}

/// One place a link is used.
public struct LinkOccurrence: Sendable {
    public var path: String
    public var link: Link
    public var sourceLine: String
}

/// What a link points at, with every place it is used. Targets are deduplicated, so each is
/// checked once however many pages use it.
public struct LinkTarget: Sendable, Hashable {
    public enum Kind: Sendable, Hashable, Comparable {
        /// An absolute http(s) URL without its fragment, normalised.
        case web(String)
        /// A local file, as a path from the working directory.
        case file(String)
        /// `#fragment` on the page itself.
        case samePage(path: String)
        /// Any other scheme (mailto:, tel:, ftp:…): not checked.
        case other(String)
    }
    public var kind: Kind
    public var fragment: String?
}

/// Every link of every page, grouped by target.
public struct LinkInventory: Sendable {
    public private(set) var targets: [LinkTarget: [LinkOccurrence]] = [:]
    /// Heading anchors of the pages that were linted, by path.
    public private(set) var anchors: [String: Set<String>] = [:]
    public private(set) var linkCount = 0

    public init() {}

    public init(pages: [PageLinks], trailingSlashSignificant: Bool = false) {
        for page in pages { add(page, trailingSlashSignificant: trailingSlashSignificant) }
    }

    public mutating func add(_ page: PageLinks, trailingSlashSignificant: Bool = false) {
        anchors[Self.standardized(page.path)] = page.anchors
        for link in page.links {
            let target = Self.target(of: link.destination, on: page.path, trailingSlashSignificant: trailingSlashSignificant)
            let line = page.lines[link.range.start.line] ?? ""
            targets[target, default: []].append(LinkOccurrence(path: page.path, link: link, sourceLine: line))
            linkCount += 1
        }
    }

    /// Unique URLs to fetch (fragments aside).
    public var webURLs: Set<String> {
        Set(targets.keys.compactMap { if case .web(let url) = $0.kind { url } else { nil } })
    }

    static func target(of destination: String, on page: String, trailingSlashSignificant: Bool) -> LinkTarget {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") {
            let fragment = String(trimmed.dropFirst())
            return LinkTarget(kind: .samePage(path: standardized(page)), fragment: fragment.removingPercentEncoding ?? fragment)
        }
        if let url = NormalizedURL(trimmed, trailingSlashSignificant: trailingSlashSignificant) {
            return LinkTarget(kind: .web(url.withoutFragment), fragment: url.fragment)
        }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }),
           !trimmed[..<colon].isEmpty {
            return LinkTarget(kind: .other(trimmed), fragment: nil)
        }
        var pathPart = trimmed
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        if let question = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<question]) }
        let decoded = pathPart.removingPercentEncoding ?? pathPart
        let directory = (page as NSString).deletingLastPathComponent
        let resolved = decoded.hasPrefix("/") ? "." + decoded : ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(decoded)
        return LinkTarget(kind: .file(standardized(resolved)), fragment: fragment.map { $0.removingPercentEncoding ?? $0 })
    }

    static func standardized(_ path: String) -> String { LexicalPath.normalized(path) }
}
