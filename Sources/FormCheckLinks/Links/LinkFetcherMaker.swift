/// What an online link check is given beyond the pack's `links:` settings.
public struct LinkFetchContext: Sendable {
    public var settings: LinkSettings
    /// Whether the check may connect to loopback, private and link-local addresses.
    public var allowPrivate: Bool
    /// Fetched results to reuse and to record; nil: no cache is read or written.
    public var cache: LinkCache?
    /// Called with (checked, total, failing) as checks finish.
    public var progress: (@Sendable (Int, Int, Int) -> Void)?

    public init(settings: LinkSettings, allowPrivate: Bool, cache: LinkCache?, progress: (@Sendable (Int, Int, Int) -> Void)?) {
        self.settings = settings
        self.allowPrivate = allowPrivate
        self.cache = cache
        self.progress = progress
    }
}

/// Makes the fetcher of an online link check. The HTTP client lives in the FormCheckOnline
/// target, which only the command line links, so a caller that wants URLs fetched passes
/// `OnlineLinkChecker.maker`; without a maker a session cannot go online.
public typealias LinkFetcherMaker = @Sendable (LinkFetchContext) -> any LinkFetching
