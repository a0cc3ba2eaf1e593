import Foundation

extension ProjectConfig {
    /// The rule set with this config's overrides applied; an unknown rule id is an error
    /// at its key, with the closest id suggested.
    public func apply(to ruleSet: RuleSet, source: SourceFile? = nil) throws(PackLoadError) -> RuleSet {
        var result = ruleSet
        var errors: [YAMLError] = []
        for override in rules {
            guard let index = result.rules.firstIndex(where: { $0.id == override.ruleID }) else {
                let suggestion = closestMatch(to: override.ruleID, in: ruleSet.rules.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                errors.append(YAMLError(path: path, range: override.range, message: "no rule '\(override.ruleID)' in pack '\(ruleSet.name)'\(suggestion)"))
                continue
            }
            if let severity = override.severity { result.rules[index].severity = severity }
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
    /// A pack named in a config or on the command line: a built-in pack's name (`exercise`)
    /// when no such file exists, else a file resolved from `directory`.
    public static func reference(_ reference: String, relativeTo directory: String = ".") -> PackSource {
        let resolved = reference.hasPrefix("/") || directory == "." ? reference : (directory as NSString).appendingPathComponent(reference)
        if !FileManager.default.fileExists(atPath: resolved), !reference.contains("/") {
            let name = reference.hasSuffix(".yml") ? reference : reference + ".yml"
            if BuiltinPackCatalog.names.contains(name) { return .builtin(name) }
        }
        return .file(resolved)
    }
}
