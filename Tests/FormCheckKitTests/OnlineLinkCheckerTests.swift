import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckOnline
@testable import FormCheckReporting
@testable import FormCheckRules

/// Every test here talks only to `TestHTTPServer` on 127.0.0.1 and so passes `allowPrivate`,
/// except the guard's own tests, which check that without it nothing is requested.
/// The time limit only stops a hang: `swift test` runs every suite at once, and on a
/// loaded 2-core machine these waited over a minute for a core before their first request.
@Suite(.timeLimit(.minutes(4))) struct OnlineLinkCheckerTests {
    static func settings() -> LinkSettings {
        var settings = LinkSettings()
        // Generous for a loaded CI machine; the slow page holds its answer far longer.
        settings.timeout = 3
        settings.connectTimeout = 3
        settings.retries = 0
        settings.maxRetryWait = 3
        return settings
    }

    @Test func eachServerBehaviourHasItsOutcome() async throws {
        let server = try TestHTTPServer()
        let checker = OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true))
        let paths = ["/ok", "/missing", "/gone", "/moved", "/loop-a", "/throttled", "/unavailable", "/slow", "/reset", "/head-refused"]
        let started = Date()
        let outcomes = await checker.outcomes(for: paths.map(server.url))
        let elapsed = Date().timeIntervalSince(started)
        func outcome(_ path: String) -> LinkOutcome? { outcomes[server.url(path)] }

        #expect(outcome("/ok") == .ok)
        #expect(outcome("/missing") == .broken(reason: "404 Not Found"))
        #expect(outcome("/gone") == .broken(reason: "410 Gone"))
        #expect(outcome("/moved") == .ok)
        #expect(outcome("/loop-a") == .redirectLoop(
            reason: "redirect loop: \(server.url("/loop-a")) → \(server.url("/loop-b")) → \(server.url("/loop-a"))"))
        #expect(outcome("/throttled") == .ok)
        #expect(server.count("/throttled") == 2)
        #expect(outcome("/unavailable") == .ok)
        #expect(server.count("/unavailable") == 2)
        #expect(outcome("/slow") == .timeout(reason: "timeout after 3s"))
        #expect(outcome("/reset") == .failed(reason: "connection reset by the server"))
        #expect(outcome("/head-refused") == .ok)
        #expect(server.requests.filter { $0.path == "/head-refused" }.map(\.method) == ["HEAD", "GET"])
        #expect(server.requests.filter { $0.path == "/gone" }.map(\.method) == ["HEAD"])
        #expect(server.requests.filter { $0.path == "/ok" }.map(\.method) == ["HEAD", "HEAD"], "asked for and redirected to")
        #expect(server.requests.allSatisfy { $0.userAgent.hasPrefix("FormCheck/\(FormCheckVersion.current)") })
        // Retry-After: 1 was honoured: at least a second passed. (No upper bound: how long a
        // run takes on a shared machine is the benchmark's business, not a test's.)
        #expect(elapsed >= 1)
    }

    @Test func transientFailuresAreRetriedWhenAllowed() async throws {
        let server = try TestHTTPServer()
        var settings = Self.settings()
        settings.retries = 1
        let outcomes = await OnlineLinkChecker(settings: settings, options: .init(allowPrivate: true)).outcomes(for: [server.url("/flaky")])
        #expect(outcomes[server.url("/flaky")] == .ok)
        #expect(server.count("/flaky") == 2)
    }

    @Test func throttlingBeyondTheWaitCapIsAFailure() async throws {
        let server = try TestHTTPServer()
        var settings = Self.settings()
        settings.maxRetryWait = 0.5
        let outcomes = await OnlineLinkChecker(settings: settings, options: .init(allowPrivate: true)).outcomes(for: [server.url("/throttled")])
        #expect(outcomes[server.url("/throttled")] == .broken(reason: "429 Too Many Requests (gave up after 1 tries)"))
        #expect(server.count("/throttled") == 1)
    }

    @Test func perHostLimitHoldsRequestsBack() async throws {
        let server = try TestHTTPServer(latency: .milliseconds(100))
        var settings = Self.settings()
        settings.perHost = 2
        let urls = (0..<8).map { server.url("/ok?\($0)") }
        let started = Date()
        let outcomes = await OnlineLinkChecker(settings: settings, options: .init(allowPrivate: true)).outcomes(for: urls)
        // 8 requests, 2 at a time, 100 ms each: at least 4 rounds.
        #expect(Date().timeIntervalSince(started) >= 0.39)
        #expect(outcomes.values.allSatisfy { $0 == .ok } && outcomes.count == 8)
        #expect(server.requests.count == 8)
    }

    @Test func refusedConnectionIsAnError() async throws {
        // Bind then close a server to get a port nothing listens on.
        let port = try TestHTTPServer().port
        let url = "http://127.0.0.1:\(port)/x"
        let outcomes = await OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true)).outcomes(for: [url])
        #expect(outcomes[url] == .failed(reason: "connection refused"))
    }

    @Test func privateAddressesAreRefusedWithoutTheFlag() async throws {
        let server = try TestHTTPServer()
        let refused = await OnlineLinkChecker(settings: Self.settings()).outcomes(for: [server.url("/ok")])
        #expect(refused[server.url("/ok")] == .refused(reason: "refused: private address 127.0.0.1"))
        #expect(server.requests.isEmpty)
        let allowed = await OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true)).outcomes(for: [server.url("/ok")])
        #expect(allowed[server.url("/ok")] == .ok)
        #expect(server.count("/ok") == 1)
    }

    @Test func cachedRunMakesNoRequest() async throws {
        let server = try TestHTTPServer()
        let fixture = try LinkFixture()
        let cachePath = fixture.path("cache/links.json")
        let urls = [server.url("/ok"), server.url("/missing")]
        let first = OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true, cache: LinkCache(path: cachePath)))
        let fresh = await first.outcomes(for: urls)
        #expect(first.requestsMade == 2)
        let second = OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true, cache: LinkCache(path: cachePath)))
        #expect(await second.outcomes(for: urls) == fresh)
        #expect(second.requestsMade == 0)
        #expect(server.requests.count == 2)
        // A failure is kept for less time than a success.
        let later = Date().addingTimeInterval(2 * 3_600)
        let cache = LinkCache(path: cachePath)
        #expect(cache.outcome(for: server.url("/ok"), now: later) == .ok)
        #expect(cache.outcome(for: server.url("/missing"), now: later) == nil)
    }

    @Test func eachUniqueURLIsFetchedOnceAndEveryOccurrenceReported() async throws {
        let server = try TestHTTPServer()
        let fixture = try LinkFixture()
        let pages = try (1...5).map { index in
            try fixture.page("p\(index).md", "# P\n\n[a](\(server.url("/ok"))) [b](\(server.url("/dead/x"))) [c](\(server.url("/ok/")))\n")
        }
        let checker = OnlineLinkChecker(settings: Self.settings(), options: .init(allowPrivate: true))
        let diagnostics = await LinkChecker(settings: Self.settings(), mode: .online, fetcher: checker).check(LinkInventory(pages: pages))
        #expect(checker.requestsMade == 2)
        #expect(diagnostics.count == 5)
        #expect(diagnostics.allSatisfy { $0.found == "404 Not Found" && $0.ruleID == "links/broken" && $0.range.start.column == 4 + server.url("/ok").count + 3 })
        // Offline mode never touches the network.
        #expect(await LinkChecker(settings: Self.settings(), mode: .offline, fetcher: checker).check(LinkInventory(pages: pages)).isEmpty)
        #expect(checker.requestsMade == 2)
    }
}

@Suite struct AddressGuardTests {
    @Test func classifiesAddresses() throws {
        for literal in ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"] {
            let privateCount = try AddressGuard.resolve(literal).count { $0.isPrivate }
            #expect(privateCount > 0, "\(literal) should be refused")
        }
        for literal in ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"] {
            let privateCount = try AddressGuard.resolve(literal).count { $0.isPrivate }
            #expect(privateCount == 0, "\(literal) should be allowed")
        }
        #expect(throws: AddressGuard.Failure.privateAddress(AddressGuard.Address(bytes: [169, 254, 169, 254]))) {
            try AddressGuard.check("169.254.169.254")
        }
    }

    @Test func retryAfterSecondsOrDate() {
        #expect(OnlineLinkChecker.retryAfter("3") == 3)
        #expect(OnlineLinkChecker.retryAfter("soon") == nil)
        #expect(OnlineLinkChecker.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == 0)
    }
}
