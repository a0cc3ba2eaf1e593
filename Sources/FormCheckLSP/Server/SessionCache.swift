import Foundation

/// The sessions of the projects whose pages are open, by configuration file: found by
/// walking up from each page's folder, loaded once, and loaded again when the
/// configuration or one of its pack files changes on disk (size or modification time).
/// A configuration or pack that fails to load is kept as its error, so the editor shows
/// it on that file and the server goes on. Servers may share one (a fuzzer does, to load
/// the built-in pack once); it is not thread-safe.
public final class SessionCache {
    /// A loaded session or the error that stopped it, with the files it was read from.
    enum Entry {
        case ready(LintSession)
        case broken(PackLoadError)
    }

    private struct Loaded {
        var entry: Entry
        var stamps: [String: FileStamp]
    }

    /// What says a file changed: its size and modification time (nil: missing).
    struct FileStamp: Equatable {
        var size: UInt64?
        var modified: Date?

        init(_ path: String) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            size = (attributes?[.size] as? NSNumber)?.uint64Value
            modified = attributes?[.modificationDate] as? Date
        }
    }

    private var loaded: [String: Loaded] = [:]

    public init() {}

    /// The configuration file for a page in `directory` (nil: none, the built-in pack).
    func configPath(forDirectory directory: String?) -> String? {
        directory.flatMap { ProjectConfig.discover(from: $0) }
    }

    /// The session for the configuration at `configPath` (nil: the built-in pack, no
    /// configuration), reloaded when a file it was read from changed.
    func entry(configPath: String?) -> Entry {
        let key = configPath ?? ""
        if let cached = loaded[key], cached.stamps.allSatisfy({ FileStamp($0.key) == $0.value }) { return cached.entry }
        let entry: Entry
        var files: [String] = configPath.map { [$0] } ?? []
        do {
            let session = try LintSession(SessionSetup(configPath: configPath, usesConfig: configPath != nil))
            files += session.ruleSet.rules.map(\.path).filter { !$0.hasPrefix("builtin:") }
            entry = .ready(session)
        } catch {
            files += error.errors.map(\.path)
            entry = .broken(error)
        }
        loaded[key] = Loaded(entry: entry, stamps: Dictionary(files.map { ($0, FileStamp($0)) }) { first, _ in first })
        return entry
    }

    /// Forgets every session: the next page loads its configuration again.
    func invalidate() {
        loaded = [:]
    }
}
