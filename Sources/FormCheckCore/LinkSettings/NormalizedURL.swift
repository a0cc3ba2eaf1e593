import Foundation

/// An absolute http(s) URL in one canonical spelling, so that links that differ only in
/// case of scheme or host, a default port or (unless significant) a trailing slash are
/// checked once. The fragment is kept apart: it names a heading, not another resource.
public struct NormalizedURL: Sendable, Hashable, Comparable {
    public let scheme: String
    public let host: String
    /// `:port`, or empty for the scheme's default.
    public let port: String
    /// The path (at least `/`) and the query, if any.
    public let pathAndQuery: String
    /// Without the `#`, percent-decoded; nil when the link has none.
    public let fragment: String?

    public init?(_ text: String, trailingSlashSignificant: Bool = false) {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host
        if let port = components.port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) {
            self.port = ":\(port)"
        } else {
            self.port = ""
        }
        var path = components.percentEncodedPath
        if path.isEmpty { path = "/" }
        if !trailingSlashSignificant, path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if let query = components.percentEncodedQuery { path += "?" + query }
        pathAndQuery = path
        fragment = components.fragment.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The URL that is fetched: everything but the fragment.
    public var withoutFragment: String { "\(scheme)://\(host)\(port)\(pathAndQuery)" }

    public var path: String {
        pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? "/"
    }

    /// Whether this URL is `base` or lies under it (same origin, path prefix on a segment boundary).
    public func isUnder(_ base: NormalizedURL) -> Bool {
        // http and https of one host are the same site.
        guard host == base.host, port == base.port else { return false }
        let basePath = base.path
        if basePath == "/" { return true }
        return path == basePath || path.hasPrefix(basePath.hasSuffix("/") ? basePath : basePath + "/")
    }

    public static func < (lhs: NormalizedURL, rhs: NormalizedURL) -> Bool { lhs.withoutFragment < rhs.withoutFragment }
}
