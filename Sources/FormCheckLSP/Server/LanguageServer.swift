import Foundation

/// FormCheck's language server: reads LSP messages from a byte stream, keeps the open
/// documents, lints each through ``LintSession`` (the entry point the command line uses)
/// and answers with diagnostics, code actions, hovers and completions.
///
/// Every method runs on one serial queue (the caller's responsibility: ``StdioServer``
/// posts each read there), so the state needs no lock. With `debounce` 0 a change is
/// linted at once, which makes the server a plain function of its input (tests, fuzzing).
public final class LanguageServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// How long after a change the page is linted; a newer change restarts the wait.
        public var debounce: TimeInterval

        public init(debounce: TimeInterval = 0.05) {
            self.debounce = debounce
        }
    }

    enum State { case waiting, running, shuttingDown }

    let options: Options
    /// The queue debounced lints run on; nil: lint at once.
    private let queue: DispatchQueue?
    private let send: @Sendable ([UInt8]) -> Void
    let log: @Sendable (String) -> Void
    private var framer = MessageFramer()
    var documents: [String: OpenDocument] = [:]
    let sessions: SessionCache
    private var scheduled: [String: DispatchWorkItem] = [:]
    /// Configuration and pack files that have an error published, by configuration key.
    var publishedConfigErrors: [String: Set<String>] = [:]
    var state = State.waiting
    /// Whether the client said it can watch files for the server (`initialize`).
    private var clientWatchesFiles = false
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    public private(set) var exitCode: Int32?

    /// `send` gets each outgoing message framed; `log` gets what the server tells its
    /// operator (standard error). `queue` must be the queue `receive` is called on.
    /// `sessions` may be shared with other servers on the same thread.
    public init(
        options: Options = Options(), queue: DispatchQueue?, sessions: SessionCache = SessionCache(),
        send: @escaping @Sendable ([UInt8]) -> Void, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.options = options
        self.sessions = sessions
        self.queue = options.debounce > 0 ? queue : nil
        self.send = send
        self.log = log
    }

    /// Feeds bytes from the client; handles every complete message among them.
    public func receive<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        framer.append(bytes)
        while exitCode == nil, let frame = framer.next() {
            switch frame {
            case .message(let body): handle(Data(body))
            case .malformed(let reason): log("formcheck lsp: \(reason)")
            }
        }
    }

    /// The exit code when the input ends: 0 after `shutdown` and `exit`, else 1.
    public func endOfInput() -> Int32 {
        exitCode ?? (state == .shuttingDown ? 0 : 1)
    }

    // MARK: Messages

    private func handle(_ body: Data) {
        let message: IncomingMessage
        do {
            message = try JSONDecoder().decode(IncomingMessage.self, from: body)
        } catch {
            respondError(id: nil, .parseError("the message is not a JSON-RPC object: \(Self.describe(error))"))
            return
        }
        guard let method = message.method else { return }   // a response to a request we never send
        if let id = message.id {
            do {
                try handleRequest(method, id: id, body: body)
            } catch let error as ResponseError {
                respondError(id: id, error)
            } catch {
                respondError(id: id, .invalidParams("\(method): \(Self.describe(error))"))
            }
        } else {
            do {
                try handleNotification(method, body: body)
            } catch {
                log("formcheck lsp: \(method): \(Self.describe(error))")
            }
        }
    }

    private func handleRequest(_ method: String, id: RequestID, body: Data) throws {
        if method == "initialize" {
            state = .running
            clientWatchesFiles = (try? IncomingMessage.params(InitializeParams.self, from: body))?.clientWatchesFiles ?? false
            respond(id: id, InitializeResult(
                capabilities: ServerCapabilities(), serverInfo: .init(name: "formcheck", version: FormCheckVersion.current)))
            return
        }
        guard state != .waiting else { throw ResponseError.serverNotInitialized }
        guard state != .shuttingDown else { throw ResponseError.shutDown }
        switch method {
        case "shutdown":
            state = .shuttingDown
            respond(id: id, nil as String?)
        case "textDocument/codeAction":
            respond(id: id, codeActions(try IncomingMessage.params(CodeActionParams.self, from: body)))
        case "textDocument/hover":
            respond(id: id, hover(try IncomingMessage.params(TextDocumentPositionParams.self, from: body)))
        case "textDocument/completion":
            respond(id: id, completion(try IncomingMessage.params(TextDocumentPositionParams.self, from: body)))
        default:
            throw ResponseError.methodNotFound(method)
        }
    }

    private func handleNotification(_ method: String, body: Data) throws {
        switch method {
        case "exit":
            exitCode = state == .shuttingDown ? 0 : 1
        case _ where state != .running:
            return
        case "initialized":
            if clientWatchesFiles {
                write(RequestMessage(id: .string("formcheck-watch"), method: "client/registerCapability", params: RegistrationParams.ruleFiles))
            }
        case "textDocument/didOpen":
            let item = try IncomingMessage.params(DidOpenTextDocumentParams.self, from: body).textDocument
            documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text)
            schedule(item.uri, after: 0)
        case "textDocument/didChange":
            let params = try IncomingMessage.params(DidChangeTextDocumentParams.self, from: body)
            guard var document = documents[params.textDocument.uri], let change = params.contentChanges.last else { return }
            document.text = change.text
            document.version = params.textDocument.version
            document.analysis = nil
            documents[document.uri] = document
            schedule(document.uri, after: options.debounce)
        case "textDocument/didSave":
            let uri = try IncomingMessage.params(TextDocumentParams.self, from: body).textDocument.uri
            if Self.isRuleFile(uri) { reloadAll() }
        case "textDocument/didClose":
            let uri = try IncomingMessage.params(TextDocumentParams.self, from: body).textDocument.uri
            scheduled.removeValue(forKey: uri)?.cancel()
            if documents.removeValue(forKey: uri) != nil, !Self.isRuleFile(uri) { publish(uri: uri, version: nil, []) }
        case "workspace/didChangeWatchedFiles":
            let changes = try IncomingMessage.params(DidChangeWatchedFilesParams.self, from: body).changes
            if changes.contains(where: { Self.isRuleFile($0.uri) }) { reloadAll() }
        default:
            return   // $/cancelRequest, $/setTrace, didChangeConfiguration…
        }
    }

    /// Whether a URI names a configuration or pack file (YAML): never linted as a page; a
    /// change to one reloads the sessions.
    static func isRuleFile(_ uri: String) -> Bool {
        uri.hasSuffix(".yml") || uri.hasSuffix(".yaml")
    }

    private func reloadAll() {
        sessions.invalidate()
        for uri in documents.keys.sorted() {
            documents[uri]?.analysis = nil
            schedule(uri, after: 0)
        }
    }

    // MARK: Scheduling

    /// Lints a document after `delay`, replacing a lint already waiting for it.
    private func schedule(_ uri: String, after delay: TimeInterval) {
        scheduled.removeValue(forKey: uri)?.cancel()
        guard let queue, delay > 0 else {
            lintAndPublish(uri)
            return
        }
        let work = DispatchWorkItem { [weak self] in
            self?.scheduled[uri] = nil
            self?.lintAndPublish(uri)
        }
        scheduled[uri] = work
        queue.asyncAfter(deadline: .now() + delay, execute: work)
    }

    // MARK: Output

    func respond<Result: Encodable>(id: RequestID, _ result: Result?) {
        write(ResponseMessage(id: id, result: result))
    }

    private func respondError(id: RequestID?, _ error: ResponseError) {
        write(ErrorResponseMessage(id: id, error: error))
    }

    func notify<Params: Encodable>(_ method: String, _ params: Params) {
        write(NotificationMessage(method: method, params: params))
    }

    private func write<Message: Encodable>(_ message: Message) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let body = try? encoder.encode(message) else { return }
        send(MessageFramer.frame([UInt8](body)))
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }
}
