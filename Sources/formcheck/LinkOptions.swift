import ArgumentParser
import Foundation
import FormCheckKit
import FormCheckOnline

/// `--links` and the options of the link check.
struct LinkOptions: ParsableArguments {
    @Option(help: "Link checking: offline (local files, fragments, sitemap, content folders), online (also fetch URLs) or skip (default: the config's links.mode, else offline).")
    var links: LinkMode?

    @Flag(help: "Let the online check connect to loopback, private and link-local addresses (off: safe for untrusted content in CI).")
    var allowPrivate = false

    @Option(help: ArgumentHelp("How long a fetched link's result is reused: seconds, or with s, m, h or d.", valueName: "age"))
    var maxCacheAge: CacheAge = CacheAge(seconds: 86_400)

    @Flag(help: "Neither read nor write the caches: the page cache (each unchanged page's findings, pages.cache) and the link cache (links.json).")
    var noCache = false

    @Option(help: ArgumentHelp(
        "The folder of the page cache and the link cache (default: .formcheck-cache beside the nearest .formcheck.yml, else in the working directory).",
        valueName: "dir"), completion: .directory)
    var cacheDir: String?

    /// The session's link check options; progress is shown on a terminal only.
    var checkOptions: LinkCheckOptions {
        LinkCheckOptions(
            mode: links, allowPrivate: allowPrivate, cacheMaxAge: noCache ? nil : maxCacheAge.seconds,
            progress: isatty(STDERR_FILENO) == 1 ? Self.showProgress : nil, fetcher: OnlineLinkChecker.maker)
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
