import Foundation

extension ProjectConfig {
    /// The rule set with this config's overrides applied; an unknown rule id is an error
    /// at its key, with the closest id suggested.
    public func apply(to ruleSet: RuleSet, source: SourceFile? = nil) throws(PackLoadError) -> RuleSet {
        var result = try Self.apply(rules, to: ruleSet, path: path, source: source)
        if let links { result.links = links }
        // Every override's rule ids are checked now, so a typo fails before any file is read.
        for override in overrides { _ = try Self.apply(override.rules, to: result, path: path, source: source) }
        return result
    }

    /// Each page type's rule set with this config's overrides applied. A rule id is an error
    /// only when no type's packs have it (at its key, with the closest id suggested); each
    /// change applies to the types whose packs have the rule.
    public func apply(toTypes ruleSets: [RuleSet], source: SourceFile? = nil) throws(PackLoadError) -> [RuleSet] {
        let known = Set(ruleSets.flatMap { $0.rules.map(\.id) })
        let all = rules + overrides.flatMap(\.rules)
        let unknown = all.filter { !known.contains($0.ruleID) }
        if !unknown.isEmpty {
            let ids = Array(known).sorted()
            let errors = unknown.map { override in
                let suggestion = closestMatch(to: override.ruleID, in: ids).map { "; did you mean '\($0)'?" } ?? ""
                let packs = ruleSets.map(\.name).joined(separator: ", ")
                return YAMLError(path: path, range: override.range, message: "no rule '\(override.ruleID)' in the packs of any page type (\(packs))\(suggestion)")
            }
            throw PackLoadError(errors: errors, sources: source.map { [path: $0] } ?? [:])
        }
        return try ruleSets.map { ruleSet throws(PackLoadError) in
            let ids = Set(ruleSet.rules.map(\.id))
            var result = try Self.apply(rules.filter { ids.contains($0.ruleID) }, to: ruleSet, path: path, source: source)
            if let links { result.links = links }
            return result
        }
    }

    /// The rule set for one file: `ruleSet` (already through `apply(to:)`) with the rule
    /// changes of every override whose globs match the file.
    public func ruleSet(for file: String, base ruleSet: RuleSet) -> RuleSet {
        let matching = overrides(for: file)
        guard !matching.isEmpty else { return ruleSet }
        // With page types an override may name rules of another type's packs (checked by
        // `apply(toTypes:)`): only the rules this rule set has apply.
        let known = Set(ruleSet.rules.map(\.id))
        let changes = matching.flatMap(\.rules).filter { known.contains($0.ruleID) }
        return (try? Self.apply(changes, to: ruleSet, path: path, source: nil)) ?? ruleSet
    }

    /// The overrides whose globs match a file, in config order.
    public func overrides(for file: String) -> [Override] {
        overrideIndices(for: file).map { overrides[$0] }
    }

    /// The positions in `overrides` of those whose globs match a file.
    public func overrideIndices(for file: String) -> [Int] {
        let relative = relativePath(file)
        return overrides.indices.filter { overrides[$0].files.contains { $0.matches(relative) } }
    }

    private static func apply(_ rules: [RuleOverride], to ruleSet: RuleSet, path: String, source: SourceFile?) throws(PackLoadError) -> RuleSet {
        var result = ruleSet
        var errors: [YAMLError] = []
        for override in rules {
            guard let index = result.rules.firstIndex(where: { $0.id == override.ruleID }) else {
                let suggestion = closestMatch(to: override.ruleID, in: ruleSet.rules.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                errors.append(YAMLError(path: path, range: override.range, message: "no rule '\(override.ruleID)' in pack '\(ruleSet.name)'\(suggestion)"))
                continue
            }
            if let severity = override.severity { result.rules[index].severity = severity }
            if override.on { result.rules[index].enabled = true }
            if override.off { result.rules.remove(at: index) }
        }
        guard errors.isEmpty else { throw PackLoadError(errors: errors, sources: source.map { [path: $0] } ?? [:]) }
        return result
    }

    /// Whether a file is linted: inside `include` (when given) and outside `exclude`,
    /// both matched against the path relative to the config file's folder.
    public func selects(_ file: String) -> Bool {
        let relative = relativePath(file)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    func relativePath(_ file: String) -> String {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : Fingerprint.normalisedPath(file)
    }
}

extension PackSource {
    /// A pack named in a config or on the command line. A bare name (no `/`, no `.yml` or
    /// `.yaml`) is always a built-in pack, even when a file or folder of that name exists;
    /// anything else is a file resolved from `directory`.
    public static func reference(_ reference: String, relativeTo directory: String = ".") -> PackSource {
        if isBareName(reference) { return .builtin(reference + ".yml") }
        let resolved = reference.hasPrefix("/") || directory == "." ? reference : (directory as NSString).appendingPathComponent(reference)
        if !FileManager.default.fileExists(atPath: resolved), !reference.contains("/"),
           BuiltinPackCatalog.names.contains(reference) {
            return .builtin(reference)
        }
        return .file(resolved)
    }

    /// Whether `reference` names a built-in pack rather than a file.
    static func isBareName(_ reference: String) -> Bool {
        !reference.contains("/") && !reference.hasSuffix(".yml") && !reference.hasSuffix(".yaml")
    }
}
