import Foundation

/// Resolves what can be resolved without the network: local files, fragments, and internal
/// URLs against the sitemap and the content folders. Anything else is left to the online check.
public struct OfflineResolver {
    public let settings: LinkSettings
    public let inventory: LinkInventory
    /// Whether a file exists; replaced in tests.
    var fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    private var anchorCache: [String: PageAnchors?] = [:]

    public init(settings: LinkSettings, inventory: LinkInventory) {
        self.settings = settings
        self.inventory = inventory
    }

    /// The outcome of every target that can be decided offline; targets missing from the
    /// result need the network (external URLs, internal ones neither sitemap nor content decides).
    public mutating func resolve() -> [LinkTarget: LinkOutcome] {
        var outcomes: [LinkTarget: LinkOutcome] = [:]
        for target in inventory.targets.keys {
            if let outcome = resolve(target) { outcomes[target] = outcome }
        }
        return outcomes
    }

    package mutating func resolve(_ target: LinkTarget) -> LinkOutcome? {
        switch target.kind {
        case .other:
            return .skipped
        case .samePage(let path):
            return check(fragment: target.fragment, in: path, onSamePage: true)
        case .file(let path):
            guard fileExists(path) else { return .broken(reason: "no file \(path)") }
            return check(fragment: target.fragment, in: path, onSamePage: false)
        case .web(let url):
            if settings.isExcluded(url) { return .skipped }
            guard let normalized = NormalizedURL(url, trailingSlashSignificant: true), settings.isInternal(normalized) else {
                return nil
            }
            return resolveInternal(url, fragment: target.fragment)
        }
    }

    private mutating func resolveInternal(_ url: String, fragment: String?) -> LinkOutcome? {
        let file = settings.content.lazy.compactMap { $0.file(for: url) }.first
        if let file, fileExists(file) {
            return check(fragment: fragment, in: file, onSamePage: false)
        }
        if let sitemap = settings.sitemap, sitemap.contains(url) { return .ok }
        var reasons: [String] = []
        if settings.sitemap != nil { reasons.append("not in sitemap") }
        if let file { reasons.append("no file \(file)") }
        return reasons.isEmpty ? nil : .broken(reason: reasons.joined(separator: " and "))
    }

    private mutating func check(fragment: String?, in path: String, onSamePage: Bool) -> LinkOutcome {
        guard let fragment, !fragment.isEmpty else { return .ok }
        guard let anchors = anchors(of: path) else { return .ok }
        if anchors.contains(fragment) || anchors.contains(fragment.lowercased()) { return .ok }
        return .fragmentMissing(reason: onSamePage ? "no heading #\(fragment) on this page" : "no heading #\(fragment) in \(path)")
    }

    /// Anchors of a Markdown file: from the inventory when it was linted, else parsed now.
    /// Nil for files that are not Markdown (their fragments are not checked).
    private mutating func anchors(of path: String) -> PageAnchors? {
        let key = LinkInventory.standardized(path)
        if let known = inventory.anchors[key] { return known }
        if let cached = anchorCache[key] { return cached }
        var result: PageAnchors?
        if key.hasSuffix(".md") || key.hasSuffix(".markdown"), let file = try? SourceFileLoader.load(key) {
            result = PageAnchors(HeadingSlugs.anchors(of: MarkdownParser.parse(file)))
        }
        anchorCache[key] = result
        return result
    }
}
