import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the online link tests.
/// It serves one behaviour per path and records every request it gets.
final class TestHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var userAgent: String
    }

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let channel: any Channel
    private let lock = NSLock()
    private var log: [Request] = []
    let port: Int
    /// Added before every response, like a distant server.
    let latency: TimeAmount

    init(latency: TimeAmount = .zero) throws {
        self.latency = latency
        let recorder = Recorder()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(recorder: recorder, latency: latency))
                }
            }
        channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress?.port ?? 0
        recorder.server = self
    }

    deinit {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [Request] { lock.withLock { log } }

    func count(_ path: String) -> Int { requests.count { $0.path == path } }

    /// Records a request and returns how many times its path was asked for before.
    fileprivate func record(_ request: Request) -> Int {
        lock.withLock {
            let before = log.count { $0.path == request.path }
            log.append(request)
            return before
        }
    }

    fileprivate final class Recorder: @unchecked Sendable {
        weak var server: TestHTTPServer?
    }

    /// What to do with a request.
    enum Reply {
        case status(HTTPResponseStatus, [(String, String)] = [])
        case delayed(TimeAmount)
        case reset
    }

    static func reply(method: HTTPMethod, path: String, previous: Int) -> Reply {
        let plain = path.split(separator: "?").first.map(String.init) ?? path
        switch plain {
        case "/missing": return .status(.notFound)
        case "/gone": return .status(.gone)
        case "/moved": return .status(.movedPermanently, [("Location", "/ok")])
        case "/loop-a": return .status(.movedPermanently, [("Location", "/loop-b")])
        case "/loop-b": return .status(.found, [("Location", "/loop-a")])
        case "/throttled": return previous == 0 ? .status(.tooManyRequests, [("Retry-After", "1")]) : .status(.ok)
        case "/unavailable": return previous == 0 ? .status(.serviceUnavailable) : .status(.ok)
        case "/slow": return .delayed(.seconds(10))
        case "/reset": return .reset
        case "/flaky": return previous == 0 ? .reset : .status(.ok)
        case "/head-refused": return method == .HEAD ? .status(.methodNotAllowed) : .status(.ok)
        default:
            if plain.hasPrefix("/dead/") { return .status(.notFound) }
            return .status(.ok)
        }
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let recorder: Recorder
        let latency: TimeAmount
        var head: HTTPRequestHead?

        init(recorder: Recorder, latency: TimeAmount) {
            self.recorder = recorder
            self.latency = latency
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead): head = requestHead
            case .body: break
            case .end:
                guard let head else { return }
                let previous = recorder.server?.record(Request(
                    method: head.method.rawValue, path: head.uri, userAgent: head.headers.first(name: "User-Agent") ?? "")) ?? 0
                let reply = TestHTTPServer.reply(method: head.method, path: head.uri, previous: previous)
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                let respond = { [self] in self.respond(reply, head: head, context: bound.value) }
                if latency == .zero { respond() } else { context.eventLoop.assumeIsolated().scheduleTask(in: latency, respond) }
            }
        }

        private func respond(_ reply: Reply, head: HTTPRequestHead, context: ChannelHandlerContext) {
            switch reply {
            case .reset:
                // SO_LINGER with a zero timeout makes close() send RST, not FIN.
                let channel = context.channel
                if let options = channel as? SocketOptionProvider {
                    options.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in channel.close(promise: nil) }
                } else {
                    context.close(promise: nil)
                }
            case .delayed(let delay):
                let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
                context.eventLoop.assumeIsolated().scheduleTask(in: delay) { [self] in
                    self.write(.ok, headers: [], head: head, context: bound.value)
                }
            case .status(let status, let headers):
                write(status, headers: headers, head: head, context: context)
            }
        }

        private func write(_ status: HTTPResponseStatus, headers extra: [(String, String)], head: HTTPRequestHead, context: ChannelHandlerContext) {
            guard context.channel.isActive else { return }
            let body = head.method == .HEAD ? "" : "\(status.code)\n"
            var headers = HTTPHeaders(extra)
            headers.add(name: "Content-Length", value: "\(status.code)\n".utf8.count.description)
            let response = HTTPResponseHead(version: head.version, status: status, headers: headers)
            context.write(wrapOutboundOut(.head(response)), promise: nil)
            if !body.isEmpty {
                var buffer = context.channel.allocator.buffer(capacity: body.utf8.count)
                buffer.writeString(body)
                context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
