import Foundation

/// One page type of the configuration with the rule set that lints its pages.
public struct PageTypeRules: Sendable {
    public var name: String
    public var ruleSet: RuleSet

    public init(name: String, ruleSet: RuleSet) {
        self.name = name
        self.ruleSet = ruleSet
    }
}

/// The files a session lints under some paths, and how many Markdown files it leaves out.
public struct FileSelection: Sendable {
    /// The files to lint, sorted, without duplicates.
    public var files: [String]
    /// Markdown files named or found under the paths that the configuration leaves out:
    /// outside `include`, inside `exclude`, or of no page type. With `changedSince`, only
    /// changed files count.
    public var skipped: [String]
}

extension LintSession {
    /// The rule set of the type at `index` (`ruleSet` without types).
    public func ruleSet(ofType index: Int) -> RuleSet {
        types.indices.contains(index) ? types[index].ruleSet : ruleSet
    }

    /// The name of a file's page type; nil without types, or when no type matches.
    public func typeName(of file: String) -> String? {
        guard !types.isEmpty, let index = config?.typeIndex(of: file) else { return nil }
        return types[index].name
    }

    /// The files under `paths` (standard input, '-', aside) the configuration selects
    /// (`include`, `exclude`, `types`), and those it leaves out; with `changedSince`, only
    /// those git reports as changed.
    public func selection(_ paths: [String], changedSince: String? = nil) throws(SessionError) -> FileSelection {
        do {
            var found = try FileCollector().collect(paths.filter { $0 != "-" })
            if let changedSince {
                let changed = try ChangedFiles.since(changedSince)
                found = found.filter { ChangedFiles.contains(changed, $0) }
            }
            guard let config else { return FileSelection(files: found, skipped: []) }
            var selection = FileSelection(files: [], skipped: [])
            for file in found {
                if config.selects(file), config.typeIndex(of: file) != nil {
                    selection.files.append(file)
                } else {
                    selection.skipped.append(file)
                }
            }
            return selection
        } catch {
            throw .files("\(error)")
        }
    }

    /// Every type's packs loaded (`setup.packs`, when given, replace the packs of every
    /// type), with the configuration's rule changes applied.
    static func typeRules(_ config: ProjectConfig, setup: SessionSetup, configSource: SourceFile?) throws(PackLoadError) -> [PageTypeRules] {
        var ruleSets: [RuleSet] = []
        for type in config.types {
            do {
                ruleSets.append(try PackLoader.load(
                    setup.packSources(fallback: type.extends.isEmpty ? config.extends : type.extends), taxonomy: config.taxonomy))
            } catch {
                var error = error
                if let configSource { error.sources[configSource.path] = error.sources[configSource.path] ?? configSource }
                throw error
            }
        }
        let applied = try config.apply(toTypes: ruleSets, source: configSource)
        return zip(config.types, applied).map { PageTypeRules(name: $0.name, ruleSet: $1) }
    }
}
