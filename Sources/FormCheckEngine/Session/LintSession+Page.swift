/// One page held in memory (an editor's unsaved buffer, an assistant's draft, standard
/// input): linted and fixed with the rule set its path gets from the configuration's
/// overrides, exactly as the same page on disk would be by `lint` and `fix`.
extension LintSession {
    /// The rule set for a page at `path`: its page type's (the session's without types),
    /// with the rule changes of every configuration override whose globs match the path.
    public func ruleSet(for path: String) -> RuleSet {
        guard let config else { return ruleSet }
        return config.ruleSet(for: path, base: ruleSet(ofType: config.typeIndex(of: path) ?? 0))
    }

    /// Whether the configuration selects a page at `path` for linting: `include`/`exclude`,
    /// and a page type when it has `types:` (always, without a configuration).
    public func selects(_ path: String) -> Bool {
        guard let config else { return true }
        return config.selects(path) && config.typeIndex(of: path) != nil
    }

    /// The page's findings and facts, from one parse, with the rules for its path.
    public func lintPage(_ source: SourceFile) -> (diagnostics: [Diagnostic], facts: PageFacts) {
        Linter(ruleSet: ruleSet(for: source.path)).lintPage(MarkdownParser.parse(source))
    }

    /// The page with its fixes applied (safe ones; unsafe ones too with `unsafeFixes`), in
    /// memory: nothing is written.
    public func fixPage(_ source: SourceFile, unsafeFixes: Bool = false) -> Fixer.Outcome {
        Fixer(linter: Linter(ruleSet: ruleSet(for: source.path)), unsafeFixes: unsafeFixes).fix(source)
    }

    /// The page's findings with its links checked offline (local files, fragments, the
    /// sitemap and content folders; never the network), unless the configuration or an
    /// override for its path skips links. What an editor shows for an unsaved buffer.
    public func lintPageCheckingLinksOffline(_ source: SourceFile) -> [Diagnostic] {
        let document = MarkdownParser.parse(source)
        var diagnostics = Linter(ruleSet: ruleSet(for: source.path)).lint(document)
        let skips = linkMode(nil) == .skip || (config?.overrides(for: source.path).contains { $0.skipsLinks } ?? false)
        guard !skips else { return diagnostics }
        let inventory = LinkInventory(
            pages: [PageLinks(document: document, keepsLines: true)],
            trailingSlashSignificant: (ruleSet.links ?? LinkSettings()).trailingSlashSignificant)
        diagnostics += LinkChecker(settings: ruleSet.links ?? LinkSettings(), mode: .offline).checkOffline(inventory)
        return diagnostics.sorted { $0.range.start.offset < $1.range.start.offset }
    }
}
