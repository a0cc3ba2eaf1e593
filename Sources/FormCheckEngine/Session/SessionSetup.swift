import Foundation

/// Where a session's rules come from: rule packs named by the caller, and the project
/// configuration (`.formcheck.yml`) given or discovered.
public struct SessionSetup: Sendable {
    /// Rule pack files or built-in pack names; empty: the config's `extends`, else the built-in pack.
    public var packs: [String]
    /// The project configuration to use; nil: the nearest `.formcheck.yml` above `directory`.
    public var configPath: String?
    /// Whether a project configuration is read at all.
    public var usesConfig: Bool
    /// Where the configuration is discovered from (default: the working directory).
    public var directory: String?

    /// Whether the session keeps a page cache (`formcheck lint` and `report` do, unless `--no-cache`).
    public var usesCache: Bool
    /// The cache folder (`--cache-dir`); nil: `.formcheck-cache/` beside the configuration,
    /// else in the working directory.
    public var cacheDirectory: String?

    public init(
        packs: [String] = [], configPath: String? = nil, usesConfig: Bool = true, directory: String? = nil,
        usesCache: Bool = false, cacheDirectory: String? = nil
    ) {
        self.packs = packs
        self.configPath = configPath
        self.usesConfig = usesConfig
        self.directory = directory
        self.usesCache = usesCache
        self.cacheDirectory = cacheDirectory
    }

    /// The cache folder in effect with this configuration file, nil when caching is off.
    func cacheFolder(config: String?) -> String? {
        guard usesCache else { return nil }
        if let cacheDirectory { return cacheDirectory }
        let base = config.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        return ((base.isEmpty ? (directory ?? ".") : base) as NSString).appendingPathComponent(".formcheck-cache")
    }

    /// The configuration file in effect, if any.
    public var configFile: String? {
        guard usesConfig else { return nil }
        if let configPath { return configPath }
        return directory.map { ProjectConfig.discover(from: $0) } ?? ProjectConfig.discover()
    }

    /// The packs to load: `packs`, else `fallback` (a config's `extends`), else the built-in pack.
    func packSources(fallback: [PackSource]) -> [PackSource] {
        if !packs.isEmpty { return packs.map { PackSource.reference($0) } }
        return fallback.isEmpty ? [PackLoader.defaultPack] : fallback
    }
}
