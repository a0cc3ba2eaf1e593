import Foundation

/// Reads a pack's `links:` mapping into ``LinkSettings``; every value is checked where it is written.
package enum LinkSettingsLoader {
    package static func load(_ node: YAMLNode, extraAllowed: [String] = []) throws(YAMLError) -> LinkSettings {
        var reader = try YAMLMappingReader(node, context: "links")
        var settings = LinkSettings()
        if let slash = reader.optional("trailing-slash") {
            switch try slash.string() {
            case "ignore": settings.trailingSlashSignificant = false
            case "significant": settings.trailingSlashSignificant = true
            default: throw YAMLError(at: slash, "expected 'ignore' or 'significant', found \(slash.foundDescription)")
            }
        }
        let significant = settings.trailingSlashSignificant
        if let site = reader.optional("site") {
            for item in try site.sequenceOrScalar() {
                guard let url = NormalizedURL(try item.string(), trailingSlashSignificant: significant) else {
                    throw YAMLError(at: item, "expected an http(s) base URL, found \(item.foundDescription)")
                }
                settings.sites.append(url)
            }
        }
        if let sitemap = reader.optional("sitemap") {
            settings.sitemap = try loadSitemap(sitemap, trailingSlashSignificant: significant)
        }
        if let content = reader.optional("content") {
            for pair in try content.mapping() {
                let url = try pair.key.string()
                guard let mapping = ContentMapping(url: url, file: try pair.value.string()) else {
                    throw YAMLError(at: pair.key, "expected a URL pattern and a file pattern that both contain '{slug}'")
                }
                settings.content.append(mapping)
            }
        }
        if let accept = reader.optional("accept") { settings.accept = try statusCodes(accept) }
        if let exclude = reader.optional("exclude") {
            for item in try exclude.sequenceOrScalar() { settings.exclude.append(RegexBox(try item.regex())) }
        }
        if let value = reader.optional("timeout") { settings.timeout = try positive(value) }
        if let value = reader.optional("connect-timeout") { settings.connectTimeout = try positive(value) }
        if let value = reader.optional("max-retry-wait") { settings.maxRetryWait = try positive(value) }
        if let value = reader.optional("retries") { settings.retries = try count(value, minimum: 0) }
        if let value = reader.optional("per-host") { settings.perHost = try count(value, minimum: 1) }
        if let value = reader.optional("concurrency") { settings.concurrency = try count(value, minimum: 1) }
        if let value = reader.optional("max-redirects") { settings.maxRedirects = try count(value, minimum: 0) }
        if let severity = reader.optional("severity") {
            var severityReader = try YAMLMappingReader(severity, context: "links.severity")
            for category in LinkOutcome.Category.allCases {
                guard let value = severityReader.optional(category.rawValue) else { continue }
                settings.severities[category] = try Severity.parse(value)
            }
            try severityReader.finish()
        }
        try reader.finish(extraAllowed: extraAllowed)
        return settings
    }

    /// `200`, `[200, 204]`, `"200-299"` or a list mixing both.
    static func statusCodes(_ node: YAMLNode) throws(YAMLError) -> Set<Int> {
        var codes: Set<Int> = []
        for item in try node.sequenceOrScalar() {
            let text = try item.string()
            let bounds = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  (100...599).contains(low), (low...599).contains(high)
            else { throw YAMLError(at: item, "expected a status code (100–599) or a range like 200-299, found \(item.foundDescription)") }
            codes.formUnion(low...high)
        }
        return codes
    }

    /// Reads the sitemap file: relative to the pack's folder when it is there, else the working directory.
    static func loadSitemap(_ node: YAMLNode, trailingSlashSignificant: Bool) throws(YAMLError) -> Set<String> {
        let name = try node.string()
        var candidates = [name]
        if !name.hasPrefix("/"), !node.path.hasPrefix("builtin:") {
            let directory = (node.path as NSString).deletingLastPathComponent
            if !directory.isEmpty { candidates.insert((directory as NSString).appendingPathComponent(name), at: 0) }
        }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
              let data = FileManager.default.contents(atPath: path)
        else { throw YAMLError(at: node, "cannot read sitemap '\(name)'") }
        return Sitemap.urls(in: String(decoding: data, as: UTF8.self), trailingSlashSignificant: trailingSlashSignificant)
    }

    private static func positive(_ node: YAMLNode) throws(YAMLError) -> Double {
        let value = try node.double()
        guard value > 0, value.isFinite else { throw YAMLError(at: node, "expected a positive number of seconds, found \(node.foundDescription)") }
        return value
    }

    private static func count(_ node: YAMLNode, minimum: Int) throws(YAMLError) -> Int {
        let value = try node.int()
        guard value >= minimum else { throw YAMLError(at: node, "expected an integer of at least \(minimum), found \(node.foundDescription)") }
        return value
    }
}

/// A sitemap: `sitemap.xml` (`<loc>` elements) or a plain list, one URL a line.
public enum Sitemap {
    public static func urls(in text: String, trailingSlashSignificant: Bool = false) -> Set<String> {
        var raw: [String] = []
        if text.contains("<loc>") {
            var rest = text[...]
            while let open = rest.range(of: "<loc>"), let close = rest.range(of: "</loc>", range: open.upperBound..<rest.endIndex) {
                raw.append(String(rest[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[close.upperBound...]
            }
        } else {
            raw = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        return Set(raw.compactMap { NormalizedURL($0.trimmingCharacters(in: .whitespacesAndNewlines), trailingSlashSignificant: trailingSlashSignificant)?.withoutFragment })
    }
}
