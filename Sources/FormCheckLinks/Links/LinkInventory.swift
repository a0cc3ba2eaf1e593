import Foundation

/// One place a link is used: the page (an index into `LinkInventory.paths`) and the link.
public struct LinkOccurrence: Sendable {
    public var page: Int
    public var link: PageLink
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
    /// The pages added, in order; occurrences refer to them by index.
    public private(set) var paths: [String] = []
    /// Heading anchors of the pages that were linted, by standardized path.
    public private(set) var anchors: [String: PageAnchors] = [:]
    /// Source lines kept by pages that cannot be read again (`PageLinks.lines`), by page index.
    public private(set) var keptLines: [Int: [Int: String]] = [:]
    public private(set) var linkCount = 0

    public init() {}

    public init(pages: [PageLinks], trailingSlashSignificant: Bool = false) {
        for page in pages { add(page, trailingSlashSignificant: trailingSlashSignificant) }
    }

    public mutating func add(_ page: PageLinks, trailingSlashSignificant: Bool = false) {
        let index = paths.count
        paths.append(page.path)
        anchors[Self.standardized(page.path)] = page.anchors
        if !page.lines.isEmpty { keptLines[index] = page.lines }
        for link in page.links {
            let target = Self.target(of: link.destination, on: page.path, trailingSlashSignificant: trailingSlashSignificant)
            targets[target, default: []].append(LinkOccurrence(page: index, link: link))
            linkCount += 1
        }
    }

    /// Unique URLs to fetch (fragments aside).
    public var webURLs: Set<String> {
        Set(targets.keys.compactMap { if case .web(let url) = $0.kind { url } else { nil } })
    }

    package static func target(of destination: String, on page: String, trailingSlashSignificant: Bool) -> LinkTarget {
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
