import Foundation

/// Outcomes of fetched URLs kept on disk between runs (`.formcheck-cache/links.json`), so a
/// second run makes no request for what it already knows. Failures are kept for a shorter time.
public struct LinkCache: Sendable {
    struct Entry: Codable, Sendable {
        var outcome: LinkOutcome
        var checked: Date
    }

    public let path: String
    public let maxAge: TimeInterval
    public let failureMaxAge: TimeInterval
    private var entries: [String: Entry] = [:]

    public static let defaultPath = ".formcheck-cache/links.json"

    /// Reads the cache file; a missing or unreadable one is an empty cache.
    public init(path: String = LinkCache.defaultPath, maxAge: TimeInterval = 86_400, failureMaxAge: TimeInterval? = nil) {
        self.path = path
        self.maxAge = maxAge
        self.failureMaxAge = min(maxAge, failureMaxAge ?? 3_600)
        if let data = FileManager.default.contents(atPath: path),
           let decoded = try? JSONDecoder.cache.decode([String: Entry].self, from: data) {
            entries = decoded
        }
    }

    /// The cached outcome of `url` if it is young enough.
    public func outcome(for url: String, now: Date = Date()) -> LinkOutcome? {
        guard let entry = entries[url] else { return nil }
        let age = now.timeIntervalSince(entry.checked)
        return age >= 0 && age < (entry.outcome.isFailure ? failureMaxAge : maxAge) ? entry.outcome : nil
    }

    /// Records an outcome; refusals are not cached (they cost no request and depend on `--allow-private`).
    public mutating func record(_ outcome: LinkOutcome, for url: String, now: Date = Date()) {
        if case .refused = outcome { return }
        entries[url] = Entry(outcome: outcome, checked: now)
    }

    /// Writes the cache atomically, dropping entries too old to be used.
    public func save(now: Date = Date()) throws {
        let fresh = entries.filter { outcome(for: $0.key, now: now) != nil }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        try JSONEncoder.cache.encode(fresh).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

extension JSONEncoder {
    static var cache: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension JSONDecoder {
    static var cache: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
