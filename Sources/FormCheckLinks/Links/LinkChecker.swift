/// `--links`: how far link checking goes.
public enum LinkMode: String, Sendable, CaseIterable {
    /// Local files, fragments, sitemap and content folders only.
    case offline
    /// Offline first, then every URL still undecided is fetched.
    case online
    case skip
}

/// Fetches URLs and says what each one gave.
public protocol LinkFetching: Sendable {
    func outcomes(for urls: [String]) async -> [String: LinkOutcome]
}

/// Checks the links of every page once per unique target, after per-file linting,
/// and reports one finding per occurrence of a failing target.
public struct LinkChecker: Sendable {
    public var settings: LinkSettings
    public var mode: LinkMode
    public var fetcher: (any LinkFetching)?

    public init(settings: LinkSettings, mode: LinkMode, fetcher: (any LinkFetching)? = nil) {
        self.settings = settings
        self.mode = mode
        self.fetcher = fetcher
    }

    public func check(_ inventory: LinkInventory) async -> [Diagnostic] {
        guard mode != .skip else { return [] }
        var resolver = OfflineResolver(settings: settings, inventory: inventory)
        var outcomes = resolver.resolve()
        if mode == .online, let fetcher {
            let pending = inventory.targets.keys.compactMap { target -> String? in
                guard outcomes[target] == nil, case .web(let url) = target.kind else { return nil }
                return url
            }
            let fetched = await fetcher.outcomes(for: Array(Set(pending)).sorted())
            for target in inventory.targets.keys where outcomes[target] == nil {
                if case .web(let url) = target.kind, let outcome = fetched[url] { outcomes[target] = outcome }
            }
        }
        return diagnostics(inventory, outcomes: outcomes)
    }

    /// The offline part of `check` alone, without waiting: what an editor runs on every
    /// change (never the network, whatever `mode` says).
    public func checkOffline(_ inventory: LinkInventory) -> [Diagnostic] {
        guard mode != .skip else { return [] }
        var resolver = OfflineResolver(settings: settings, inventory: inventory)
        return diagnostics(inventory, outcomes: resolver.resolve())
    }

    /// One finding per occurrence of a target whose outcome fails.
    private func diagnostics(_ inventory: LinkInventory, outcomes: [LinkTarget: LinkOutcome]) -> [Diagnostic] {
        var failing: [(occurrence: LinkOccurrence, category: LinkOutcome.Category, reason: String)] = []
        for (target, occurrences) in inventory.targets {
            guard let outcome = outcomes[target], let category = outcome.category, let reason = outcome.reason else { continue }
            for occurrence in occurrences { failing.append((occurrence, category, reason)) }
        }
        // In page order, so each file whose line is read back is read once.
        failing.sort { ($0.occurrence.page, $0.occurrence.link.range.start.offset) < ($1.occurrence.page, $1.occurrence.link.range.start.offset) }
        var lines = LinkSourceLines(inventory: inventory)
        var diagnostics: [Diagnostic] = []
        for (occurrence, category, reason) in failing {
            let link = occurrence.link, range = link.range
            diagnostics.append(Diagnostic(
                ruleID: "links/\(category.rawValue)", severity: settings.severity(of: category),
                message: "link to '\(link.destination)' does not work: \(reason)",
                path: inventory.paths[occurrence.page], range: range, sectionPath: link.sectionPath,
                expected: "a working link", found: reason, sourceLine: lines.line(range.start.line, onPage: occurrence.page)))
        }
        return diagnostics.sorted { ($0.path, $0.range.start.offset) < ($1.path, $1.range.start.offset) }
    }
}
