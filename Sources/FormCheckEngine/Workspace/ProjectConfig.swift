import Foundation

/// `.formcheck.yml`: the project's packs, which files to lint, per-rule overrides and the
/// failure level. Found by walking up from the working directory, or given with `--config`.
///
/// ```yaml
/// extends: [exercise]            # built-in pack names or pack files (relative to this file)
/// include: ["content/**/*.md"]   # globs relative to this file; default: every Markdown file
/// exclude: ["content/drafts/**"]
/// fail-level: warning            # error (default), warning, info or never
/// rules:
///   quick-answer-length: { severity: info }
///   faq-questions: off
/// links:
///   mode: online                 # offline (default), online or skip; --links wins
///   timeout: 5                   # any key of a pack's `links:`; replaces the pack's settings
/// types:                         # optional: packs per kind of page; other pages are skipped
///   - { name: article, files: ["articles/*.md"], extends: [article] }
/// overrides:
///   - files: ["drafts/**"]
///     links: skip                # no link check for these files
///     rules: { required-sections: warning }
/// ```
public struct ProjectConfig: Sendable {
    public static let fileName = ".formcheck.yml"

    /// A change to one rule: a new severity, or turned off.
    public struct RuleOverride: Sendable, Hashable {
        public var ruleID: String
        public var severity: Severity?
        public var off: Bool
        /// The override turns on a rule its pack leaves off (`enabled: false`): it gives a
        /// severity, or says `off: false`.
        public var on: Bool = false
        /// The key in the config file, for errors.
        public var range: SourceRange
    }

    /// Rule changes and link checking for the files some globs match, applied after `rules`.
    public struct Override: Sendable {
        public var files: [Glob]
        public var rules: [RuleOverride]
        /// Links of these files are not checked (the pages still count as link targets).
        public var skipsLinks: Bool
    }

    /// The config file's path; relative paths and globs are resolved from its folder.
    public var path: String
    public var extends: [PackSource]
    public var include: [Glob]
    public var exclude: [Glob]
    public var failLevel: FailLevel?
    public var rules: [RuleOverride]
    public var overrides: [Override] = []
    /// Link settings that replace the pack's, when the config sets any.
    public var links: LinkSettings?
    /// The link mode when `--links` is not given.
    public var linkMode: LinkMode?
    /// Changes to the packs' taxonomies (`taxonomy:`), applied when the packs load.
    public var taxonomy: [TaxonomyPatch] = []
    /// The kinds of page (`types:`), each with its globs and packs; empty: every page is
    /// linted with `extends`.
    public var types: [PageType] = []

    public var directory: String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The nearest `.formcheck.yml` in `directory` or one of its parents.
    public static func discover(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads and validates a config file; every error is located in the file.
    public static func load(_ path: String) throws(PackLoadError) -> ProjectConfig {
        let source: SourceFile
        do throws(SourceFileLoader.Failure) {
            source = try SourceFileLoader.load(path)
        } catch {
            throw PackLoadError(errors: [YAMLError(path: path, range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)), message: error.reason)])
        }
        do throws(YAMLError) {
            return try parse(source)
        } catch {
            throw PackLoadError(errors: [error], sources: [path: source])
        }
    }

    static func parse(_ source: SourceFile) throws(YAMLError) -> ProjectConfig {
        var config = ProjectConfig(path: source.path, extends: [], include: [], exclude: [], failLevel: nil, rules: [])
        guard let root = try YAMLParser.parse(source), !root.isNull else { return config }
        var reader = try YAMLMappingReader(root, context: "config")
        if let extends = reader.optional("extends") {
            config.extends = try packReferences(extends, relativeTo: config.directory)
        }
        if let include = reader.optional("include") { config.include = try list(include).map(Glob.init) }
        if let exclude = reader.optional("exclude") { config.exclude = try list(exclude).map(Glob.init) }
        if let level = reader.optional("fail-level") {
            let text = try level.string()
            guard let value = FailLevel(rawValue: text) else {
                throw YAMLError(at: level, "unknown fail-level '\(text)'; expected one of: " + FailLevel.allCases.map(\.rawValue).joined(separator: ", "))
            }
            config.failLevel = value
        }
        if let rules = reader.optional("rules") { config.rules = try overrides(rules) }
        if let links = reader.optional("links") { try readLinks(links, into: &config) }
        if let taxonomy = reader.optional("taxonomy") { config.taxonomy = try TaxonomyPatch.load(taxonomy) }
        if let types = reader.optional("types") { config.types = try pageTypes(types, relativeTo: config.directory) }
        if let overrides = reader.optional("overrides") {
            for item in try overrides.sequence() {
                var entry = try YAMLMappingReader(item, context: "override")
                let files = try list(try entry.required("files")).map(Glob.init)
                let rules = try entry.optional("rules").map(Self.overrides) ?? []
                var skipsLinks = false
                if let links = entry.optional("links") {
                    guard let mode = LinkMode(rawValue: try links.string()), mode != .online else {
                        throw YAMLError(at: links, "expected 'skip' or 'offline' for an override's links, found \(links.foundDescription)")
                    }
                    skipsLinks = mode == .skip
                }
                try entry.finish()
                config.overrides.append(Override(files: files, rules: rules, skipsLinks: skipsLinks))
            }
        }
        try reader.finish()
        return config
    }

    /// `links:` — `mode` plus any key of a pack's `links:` settings.
    private static func readLinks(_ node: YAMLNode, into config: inout ProjectConfig) throws(YAMLError) {
        let pairs = try node.mapping()
        if let mode = pairs.first(where: { $0.key.scalar?.value == "mode" })?.value {
            guard let value = LinkMode(rawValue: try mode.string()) else {
                throw YAMLError(at: mode, "unknown link mode '\(try mode.string())'; expected offline, online or skip")
            }
            config.linkMode = value
        }
        if pairs.contains(where: { $0.key.scalar?.value != "mode" }) {
            config.links = try LinkSettingsLoader.load(node, extraAllowed: ["mode"])
        }
    }

    private static func overrides(_ node: YAMLNode) throws(YAMLError) -> [RuleOverride] {
        var result: [RuleOverride] = []
        for pair in try node.mapping() { result.append(try override(key: pair.key, value: pair.value)) }
        return result
    }

    /// The config's top-level keys, for `formcheck rules schema config`.
    public static let keys: [SchemaKey] = [
        SchemaKey("extends", .strings, "built-in pack names (exercise) or pack files, relative to this file"),
        SchemaKey("include", .strings, "globs of the files to lint (default: every Markdown file)"),
        SchemaKey("exclude", .strings, "globs of files never linted"),
        SchemaKey("fail-level", .oneOf(FailLevel.allCases.map(\.rawValue)), "the lowest severity that fails the run"),
        SchemaKey("rules", .mapping, "rule id → off, a severity, or { severity, off }"),
        SchemaKey("links", .mapping, "link checking: mode and settings"),
        SchemaKey("overrides", .sequence, "per-glob rule changes and link checking"),
        SchemaKey("taxonomy", .mapping, "taxonomy name → { add: [values], replace: [values] }"),
        SchemaKey("types", .sequence, "page types: { name, files, extends }; a page matching no type is skipped"),
    ]

    public static let linkModeKeys: [SchemaKey] = [
        SchemaKey("mode", .oneOf(LinkMode.allCases.map(\.rawValue)), "offline (default), online or skip; --links wins"),
    ]

    public static let overrideKeys: [SchemaKey] = [
        SchemaKey("files", .strings, "globs, relative to this file, of the files the override applies to"),
        SchemaKey("rules", .mapping, "rule id → off, a severity, or { severity, off }"),
        SchemaKey("links", .oneOf(["skip", "offline"]), "skip: do not check these files' links"),
    ]

    /// The packs `extends:` names; an unknown built-in name or a directory is an error at its own line and column.
    static func packReferences(_ node: YAMLNode, relativeTo directory: String) throws(YAMLError) -> [PackSource] {
        let items = try node.sequenceOrScalar()
        var sources: [PackSource] = []
        for item in items {
            let source = PackSource.reference(try item.string(), relativeTo: directory)
            if source.isNeverAPack { throw YAMLError(at: item, source.unreadableReason) }
            sources.append(source)
        }
        return sources
    }

    static func list(_ node: YAMLNode) throws(YAMLError) -> [String] {
        if node.scalar != nil { return [try node.string()] }
        return try node.stringList()
    }

    /// `id: off`, `id: error|warning|info`, or `id: { severity: …, off: true }`.
    private static func override(key: YAMLNode, value: YAMLNode) throws(YAMLError) -> RuleOverride {
        var result = RuleOverride(ruleID: try key.string(), severity: nil, off: false, range: key.range)
        if let scalar = value.scalar, !scalar.isNull {
            if scalar.boolValue == false {
                result.off = true
            } else if let severity = Severity(rawValue: scalar.value) {
                result.severity = severity
                result.on = true
            } else {
                throw YAMLError(at: value, "expected 'off' or a severity (\(Severity.spelledOut)) for rule '\(result.ruleID)', found '\(scalar.value)'")
            }
            return result
        }
        var reader = try YAMLMappingReader(value, context: "rule override")
        if let severity = reader.optional("severity") {
            result.severity = try Severity.parse(severity)
            result.on = true
        }
        if let off = reader.optional("off") {
            result.off = try off.bool()
            result.on = !result.off
        }
        try reader.finish()
        return result
    }
}
