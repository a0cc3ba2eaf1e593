import Foundation

/// Each page's findings and facts from earlier runs (`.formcheck-cache/pages.cache`), so a
/// page whose bytes, rules and FormCheck build are unchanged is neither parsed nor linted.
///
/// The file is one header line, `formcheck-page-cache FORMAT RULES-DIGEST`, then one line
/// per page: `KEY<tab>PATH<tab>RECORD-JSON`, KEY the SHA-256 of the page's path and bytes.
/// A file with another header (another format, other rules, another build) is ignored
/// whole; a line that does not read as a consistent record for its page is a miss. Lines
/// are decoded only when their page is linted, on the linting threads. The file is
/// replaced atomically (a temporary file renamed over it), so concurrent runs never leave
/// a torn file: the last one to finish wins.
public final class PageCache: @unchecked Sendable {
    /// Goes up whenever `PageRecord` or the line format changes.
    public static let format = 1
    public static let fileName = "pages.cache"

    public let path: String
    private let header: [UInt8]
    /// The file as read, and where each key's line (after the key) is in it.
    private let old: [UInt8]
    private let lines: [String: (path: String, record: Range<Int>)]
    private let lock = NSLock()
    /// Lines for this run's pages, by key: reused bytes for hits, new JSON for misses.
    private var used: [String: (path: String, line: ArraySlice<UInt8>)] = [:]
    private var missCount = 0

    /// Reads `directory/pages.cache`; a missing, unreadable or foreign file is an empty cache.
    public init(directory: String, rulesDigest: String) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        header = Array("formcheck-page-cache \(Self.format) \(rulesDigest)\n".utf8)
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        guard bytes.starts(with: header) else {
            old = []
            lines = [:]
            return
        }
        old = bytes
        lines = Self.index(bytes, from: header.count)
    }

    private static func index(_ bytes: [UInt8], from start: Int) -> [String: (path: String, record: Range<Int>)] {
        var lines: [String: (path: String, record: Range<Int>)] = [:]
        var lineStart = start
        while lineStart < bytes.count {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<end]
            if let keyEnd = line.firstIndex(of: 0x09), let pathEnd = line[(keyEnd + 1)...].firstIndex(of: 0x09) {
                let key = String(decoding: line[lineStart..<keyEnd], as: UTF8.self)
                let path = String(decoding: line[(keyEnd + 1)..<pathEnd], as: UTF8.self)
                lines[key] = (path, (pathEnd + 1)..<end)
            }
            lineStart = end + 1
        }
        return lines
    }

    /// Pages larger than this are linted every time: a cache is for catalogs of ordinary
    /// pages, and encoding a huge page's record (a 50 MB page has ~700,000 links) would
    /// cost more than it saves.
    public static let maxPageBytes = 1 << 20

    /// Whether a page of this path and size is cached at all (no tab or line break in
    /// the path, at most `maxPageBytes`).
    public func keeps(path: String, byteCount: Int) -> Bool {
        byteCount <= Self.maxPageBytes && Self.isStorable(path)
    }

    /// The page's record from an earlier run, if there is a consistent one for these exact
    /// bytes at this path; nil is a miss (the caller lints the page and `store`s it).
    public func record(path: String, bytes: [UInt8]) -> PageRecord? {
        guard Self.isStorable(path) else { return nil }
        let key = CacheDigest.page(path: path, bytes: bytes)
        guard let entry = lines[key], entry.path == path,
              let record = try? JSONDecoder().decode(PageRecord.self, from: Data(old[entry.record])),
              record.isConsistent(path: path, byteCount: bytes.count)
        else { return nil }
        lock.withLock { used[key] = (path, old[entry.record]) }
        return record
    }

    /// Keeps a freshly linted page's record for `save()`.
    public func store(_ record: PageRecord, path: String, bytes: [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same record is the same line, run after run
        guard Self.isStorable(path), let json = try? encoder.encode(record) else { return }
        let key = CacheDigest.page(path: path, bytes: bytes)
        lock.withLock {
            used[key] = (path, ArraySlice(json))
            missCount += 1
        }
    }

    /// How many pages were linted afresh (and stored) in this run.
    public var misses: Int { lock.withLock { missCount } }

    /// Writes this run's pages, and earlier pages not in this run whose file still exists,
    /// unless nothing changed. A path with a tab or line break is never cached.
    public func save() throws {
        let (used, misses) = lock.withLock { (self.used, self.missCount) }
        let paths = Set(used.values.map(\.path))
        var kept = lines.filter { !paths.contains($0.value.path) && used[$0.key] == nil }
        if misses == 0, kept.count + used.count == lines.count { return }
        kept = kept.filter { FileManager.default.fileExists(atPath: $0.value.path) }
        var out = header
        for (key, entry) in used.sorted(by: { $0.value.path < $1.value.path }) {
            out += Array(key.utf8) + [0x09] + Array(entry.path.utf8) + [0x09]
            out += entry.line
            out.append(0x0A)
        }
        for (key, entry) in kept.sorted(by: { $0.value.path < $1.value.path }) {
            out += Array(key.utf8) + [0x09] + Array(entry.path.utf8) + [0x09]
            out += old[entry.record]
            out.append(0x0A)
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        try Data(out).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private static func isStorable(_ path: String) -> Bool {
        !path.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
