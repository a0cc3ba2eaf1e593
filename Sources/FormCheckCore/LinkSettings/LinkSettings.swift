import Foundation

/// How links are checked: read from a pack's `links:` key.
public struct LinkSettings: Sendable {
    /// The site's own base URLs, normalised; a link under one of them is internal.
    public var sites: [NormalizedURL] = []
    /// Every URL the sitemap lists, normalised (nil when no sitemap is configured).
    public var sitemap: Set<String>?
    /// URL prefix patterns mapped to local file patterns, tried in order.
    public var content: [ContentMapping] = []
    /// Status codes that count as working.
    public var accept: Set<Int> = Set(200...299)
    /// URLs matching any of these are never checked.
    public var exclude: [RegexBox] = []
    /// Whether `/a` and `/a/` are different pages.
    public var trailingSlashSignificant = false
    public var timeout: Double = 10
    public var connectTimeout: Double = 5
    public var retries = 1
    public var perHost = 4
    public var concurrency = 32
    public var maxRedirects = 10
    /// The longest single wait a `Retry-After` may impose, and the total of all waits for one URL.
    public var maxRetryWait: Double = 10
    /// The severity of each outcome's findings.
    public var severities: [LinkOutcome.Category: Severity] = [:]

    public init() {}

    public func severity(of category: LinkOutcome.Category) -> Severity {
        severities[category] ?? category.defaultSeverity
    }

    public func isExcluded(_ url: String) -> Bool {
        exclude.contains { $0.matches(url) }
    }

    /// The site base the URL sits under, if it is internal.
    public func isInternal(_ url: NormalizedURL) -> Bool {
        sites.contains { url.isUnder($0) }
    }
}

/// `https://site/recipes/{slug}` ↔ `content/{slug}.md`.
public struct ContentMapping: Sendable {
    public var urlPrefix: String
    public var urlSuffix: String
    public var filePattern: String

    /// `url` must contain exactly one `{slug}`.
    public init?(url: String, file: String, trailingSlashSignificant: Bool = false) {
        guard let slugRange = url.range(of: "{slug}"), file.contains("{slug}") else { return nil }
        let prefix = String(url[..<slugRange.lowerBound])
        let suffix = String(url[slugRange.upperBound...])
        urlPrefix = NormalizedURL(prefix, trailingSlashSignificant: true).map { $0.withoutFragment } ?? prefix
        if prefix.hasSuffix("/"), !urlPrefix.hasSuffix("/") { urlPrefix += "/" }
        urlSuffix = suffix
        filePattern = file
    }

    /// The local file a normalised URL maps to, if it matches with a one-segment slug.
    public func file(for url: String) -> String? {
        guard url.hasPrefix(urlPrefix) else { return nil }
        var slug = String(url.dropFirst(urlPrefix.count))
        if !urlSuffix.isEmpty {
            guard slug.hasSuffix(urlSuffix) else { return nil }
            slug = String(slug.dropLast(urlSuffix.count))
        }
        // A slug is one path segment: `/recipes/soup/lentil` is not the page `soup/lentil`.
        guard !slug.isEmpty, !slug.contains("?"), !slug.contains("/") else { return nil }
        let decoded = slug.removingPercentEncoding ?? slug
        return filePattern.replacingOccurrences(of: "{slug}", with: decoded)
    }
}
