import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Fetches URLs politely and safely: HEAD first (GET when HEAD is refused), redirects followed
/// by hand so each hop's address is checked and loops are seen, a global and a per-host limit,
/// 429/503 retried with backoff honouring `Retry-After`, and a disk cache.
public final class OnlineLinkChecker: LinkFetching, @unchecked Sendable {
    public struct Options: Sendable {
        public var allowPrivate = false
        public var cache: LinkCache?
        /// Called after each URL: (checked, total, failures so far).
        public var progress: (@Sendable (Int, Int, Int) -> Void)?
        public init(allowPrivate: Bool = false, cache: LinkCache? = nil, progress: (@Sendable (Int, Int, Int) -> Void)? = nil) {
            self.allowPrivate = allowPrivate
            self.cache = cache
            self.progress = progress
        }
    }

    public let settings: LinkSettings
    public let options: Options
    public static var userAgent: String { "FormCheck/\(FormCheckVersion.current) (+link check)" }

    private let lock = NSLock()
    private var requestCount = 0
    private var cache: LinkCache?
    /// Each host's address check, done once per run (nil: every address is public).
    private var hostChecks: [String: AddressGuard.Failure?] = [:]

    /// The maker a session uses for its online link check (`LinkCheckOptions.fetcher`).
    public static let maker: LinkFetcherMaker = { context in
        OnlineLinkChecker(settings: context.settings, options: Options(
            allowPrivate: context.allowPrivate, cache: context.cache, progress: context.progress))
    }

    public init(settings: LinkSettings, options: Options = Options()) {
        self.settings = settings
        self.options = options
        self.cache = options.cache
    }

    /// Requests sent so far (HEAD and GET, every hop and retry counted).
    public var requestsMade: Int { lock.withLock { requestCount } }

    public func outcomes(for urls: [String]) async -> [String: LinkOutcome] {
        var results: [String: LinkOutcome] = [:]
        var pending: [String] = []
        let cached = lock.withLock { cache }
        for url in urls {
            if let outcome = cached?.outcome(for: url) { results[url] = outcome } else { pending.append(url) }
        }
        guard !pending.isEmpty else { return results }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(settings.connectTimeout * 1000)), read: .milliseconds(Int64(settings.timeout * 1000))),
            connectionPool: .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: settings.perHost))
        configuration.httpVersion = .automatic
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let gate = HostGate(limit: settings.perHost)
        let total = urls.count
        var failures = results.values.count(where: \.isFailure)
        var checked = results.count
        await withTaskGroup(of: (String, LinkOutcome).self) { group in
            var iterator = pending.makeIterator()
            func addNext() {
                guard let url = iterator.next() else { return }
                group.addTask {
                    let host = NormalizedURL(url)?.host ?? url
                    return (url, await gate.withSlot(host) { await self.check(url, client: client) })
                }
            }
            for _ in 0..<min(settings.concurrency, pending.count) { addNext() }
            while let (url, outcome) = await group.next() {
                results[url] = outcome
                checked += 1
                if outcome.isFailure { failures += 1 }
                options.progress?(checked, total, failures)
                addNext()
            }
        }
        try? await client.shutdown()
        lock.withLock {
            for url in pending { if let outcome = results[url] { cache?.record(outcome, for: url) } }
            try? cache?.save()
        }
        return results
    }

    /// One URL, with retries.
    func check(_ url: String, client: HTTPClient) async -> LinkOutcome {
        var waited = 0.0
        var attempt = 0
        var failuresLeft = settings.retries
        while true {
            let result = await follow(url, client: client)
            switch result {
            case .done(let outcome):
                return outcome
            case .throttled(let status, let retryAfter):
                // Wait as long as the server asks, or back off exponentially; give up rather than
                // retry early when that would pass the cap on total waiting.
                let delay = retryAfter ?? 0.5 * pow(2, Double(attempt))
                guard attempt < 5, waited + delay <= settings.maxRetryWait else {
                    return .broken(reason: "\(status.code) \(status.reasonPhrase) (gave up after \(attempt + 1) tries)")
                }
                waited += delay
                attempt += 1
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            case .transient(let outcome):
                guard failuresLeft > 0 else { return outcome }
                failuresLeft -= 1
                let delay = min(0.5 * pow(2, Double(attempt)), settings.maxRetryWait)
                attempt += 1
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            }
        }
    }

    enum Attempt {
        case done(LinkOutcome)
        case throttled(HTTPResponseStatus, retryAfter: Double?)
        /// A failure worth another try (connection reset, timeout).
        case transient(LinkOutcome)
    }

    /// Follows redirects from `url` and says what the last hop gave.
    func follow(_ url: String, client: HTTPClient) async -> Attempt {
        var current = url
        var visited: [String] = [url]
        while true {
            guard let host = NormalizedURL(current)?.host else { return .done(.failed(reason: "not an http(s) URL: \(current)")) }
            if !options.allowPrivate {
                if let error = guardFailure(host) {
                    switch error {
                    case .privateAddress(let address): return .done(.refused(reason: "refused: private address \(address)"))
                    case .unresolved(let reason): return .transient(.failed(reason: "cannot resolve \(host): \(reason)"))
                    }
                }
            }
            let response: (status: HTTPResponseStatus, headers: HTTPHeaders)
            do {
                response = try await request(current, client: client)
            } catch {
                return .transient(describe(error))
            }
            let code = Int(response.status.code)
            if settings.accept.contains(code) { return .done(.ok) }
            if (300...399).contains(code), let location = response.headers.first(name: "Location") {
                guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString,
                      let normalized = NormalizedURL(next, trailingSlashSignificant: true)
                else { return .done(.failed(reason: "redirect to an invalid URL '\(location)'")) }
                let target = normalized.withoutFragment
                if visited.contains(target) {
                    return .done(.redirectLoop(reason: "redirect loop: " + (visited + [target]).joined(separator: " → ")))
                }
                if visited.count > settings.maxRedirects {
                    return .done(.redirectLoop(reason: "more than \(settings.maxRedirects) redirects"))
                }
                visited.append(target)
                current = target
                continue
            }
            if code == 429 || code == 503 {
                return .throttled(response.status, retryAfter: response.headers.first(name: "Retry-After").flatMap(Self.retryAfter))
            }
            let reason = "\(code) \(response.status.reasonPhrase)" + (visited.count > 1 ? " (redirected to \(current))" : "")
            return .done(.broken(reason: reason))
        }
    }

    /// The address guard's verdict on `host`, resolved once per run.
    private func guardFailure(_ host: String) -> AddressGuard.Failure? {
        if let known = lock.withLock({ hostChecks[host] }) { return known }
        var failure: AddressGuard.Failure?
        do throws(AddressGuard.Failure) { try AddressGuard.check(host) } catch { failure = error }
        lock.withLock { hostChecks[host] = failure }
        return failure
    }

    /// HEAD, then GET if the server refuses HEAD (405, 501).
    private func request(_ url: String, client: HTTPClient) async throws -> (status: HTTPResponseStatus, headers: HTTPHeaders) {
        let head = try await send(url, method: .HEAD, client: client)
        guard head.status == .methodNotAllowed || head.status == .notImplemented else { return head }
        return try await send(url, method: .GET, client: client)
    }

    private func send(_ url: String, method: HTTPMethod, client: HTTPClient) async throws -> (status: HTTPResponseStatus, headers: HTTPHeaders) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: "*/*")
        lock.withLock { requestCount += 1 }
        let response = try await client.execute(request, timeout: .milliseconds(Int64(settings.timeout * 1000)))
        // Read (a bounded part of) the body so the connection can be reused.
        var received = 0
        for try await chunk in response.body {
            received += chunk.readableBytes
            if received > 1 << 20 { break }
        }
        return (response.status, response.headers)
    }

    private func describe(_ error: any Error) -> LinkOutcome {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout:
                return .timeout(reason: "timeout after \(Self.seconds(settings.timeout))")
            case .connectTimeout:
                return .timeout(reason: "connect timeout after \(Self.seconds(settings.connectTimeout))")
            case .remoteConnectionClosed:
                return .failed(reason: "connection closed by the server")
            default:
                break
            }
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNRESET: return .failed(reason: "connection reset by the server")
            case ECONNREFUSED: return .failed(reason: "connection refused")
            default: return .failed(reason: "connection failed: \(error)")
            }
        }
        if error is ChannelError { return .failed(reason: "connection failed: \(error)") }
        return .failed(reason: "request failed: \(error)")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : "\(value)s"
    }

    /// `Retry-After` as seconds: a number, or an HTTP date.
    static func retryAfter(_ value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { max(0, $0.timeIntervalSinceNow) }
    }
}
