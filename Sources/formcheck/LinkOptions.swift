import ArgumentParser
import Foundation
import FormCheckKit

/// `--links` and the options of the link check.
struct LinkOptions: ParsableArguments {
    @Option(help: "Link checking: offline (local files, fragments, sitemap, content folders), online (also fetch URLs) or skip (default: the config's links.mode, else offline).")
    var links: LinkMode?

    @Flag(help: "Let the online check connect to loopback, private and link-local addresses (off: safe for untrusted content in CI).")
    var allowPrivate = false

    @Option(help: ArgumentHelp("How long a fetched link's result is reused: seconds, or with s, m, h or d.", valueName: "age"))
    var maxCacheAge: CacheAge = CacheAge(seconds: 86_400)

    @Flag(help: "Neither read nor write the link cache (.formcheck-cache/links.json).")
    var noCache = false

    /// The link mode in effect: `--links`, else the config's `links.mode`, else offline.
    func mode(configMode: LinkMode?) -> LinkMode { links ?? configMode ?? .offline }

    /// Runs the link check over every page's links, after per-file linting.
    func check(_ pages: [PageLinks], settings: LinkSettings, configMode: LinkMode?, terminal: Terminal) async -> [Diagnostic] {
        let links = mode(configMode: configMode)
        guard links != .skip else { return [] }
        let inventory = LinkInventory(pages: pages, trailingSlashSignificant: settings.trailingSlashSignificant)
        var fetcher: OnlineLinkChecker?
        if links == .online {
            let progress: (@Sendable (Int, Int, Int) -> Void)? = isatty(STDERR_FILENO) == 1 ? Self.showProgress : nil
            fetcher = OnlineLinkChecker(settings: settings, options: .init(
                allowPrivate: allowPrivate, cache: noCache ? nil : LinkCache(maxAge: maxCacheAge.seconds), progress: progress))
        }
        return await LinkChecker(settings: settings, mode: links, fetcher: fetcher).check(inventory)
    }
}

extension LinkOptions {
    /// `links: 120/300 checked, 3 failing` on one line of stderr, ended when all are checked.
    @Sendable static func showProgress(checked: Int, total: Int, failures: Int) {
        let end = checked == total ? "\n" : ""
        FileHandle.standardError.write(Data("\rlinks: \(checked)/\(total) checked, \(failures) failing\(end)".utf8))
    }
}

/// `--max-cache-age 1d`, `6h`, `30m`, `90s` or plain seconds.
struct CacheAge: ExpressibleByArgument {
    var seconds: TimeInterval

    init(seconds: TimeInterval) { self.seconds = seconds }

    init?(argument: String) {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        var text = argument
        var unit = 1.0
        if let last = text.last, let factor = units[last] {
            unit = factor
            text.removeLast()
        }
        guard let value = Double(text), value >= 0 else { return nil }
        seconds = value * unit
    }

    var defaultValueDescription: String { "1d" }
}
