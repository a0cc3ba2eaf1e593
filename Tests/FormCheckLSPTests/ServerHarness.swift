import Foundation
import TestSupport
@testable import FormCheckLSP

/// A language server driven in memory (no debounce: each change is linted at once), with
/// what it sent decoded as JSON objects.
final class ServerHarness: @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [[String: Any]] = []
    private var nextID = 1
    private(set) var server: LanguageServer!

    init(initialize: Bool = true) {
        server = LanguageServer(options: .init(debounce: 0), queue: nil, send: { [weak self] bytes in
            var framer = MessageFramer()
            framer.append(bytes)
            guard case .message(let body)? = framer.next(),
                  let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return }
            self?.lock.withLock { self?.sent.append(object) }
        })
        if initialize {
            _ = request("initialize", ["capabilities": [String: Any]()])
            notify("initialized", [String: Any]())
        }
    }

    /// Messages sent since the last call.
    func take() -> [[String: Any]] {
        lock.withLock {
            defer { sent = [] }
            return sent
        }
    }

    func notify(_ method: String, _ params: Any) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and returns its response (the other messages stay for `take`).
    func request(_ method: String, _ params: Any) -> [String: Any]? {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return lock.withLock {
            guard let index = sent.firstIndex(where: { ($0["id"] as? Int) == id }) else { return nil }
            return sent.remove(at: index)
        }
    }

    func send(_ message: [String: Any]) {
        let body = try! JSONSerialization.data(withJSONObject: message)
        server.receive(MessageFramer.frame([UInt8](body)))
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
    }

    func change(_ uri: String, _ text: String, version: Int) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
    }

    /// The diagnostics last published for `uri` among `messages`.
    static func diagnostics(for uri: String, in messages: [[String: Any]]) -> [[String: Any]]? {
        messages.last { message in
            (message["method"] as? String) == "textDocument/publishDiagnostics" && ((message["params"] as? [String: Any])?["uri"] as? String) == uri
        }.flatMap { ($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] }
    }

    /// A range as (start line, start character, end line, end character).
    static func range(_ object: Any?) -> [Int] {
        let range = object as? [String: Any]
        let start = range?["start"] as? [String: Int], end = range?["end"] as? [String: Int]
        return [start?["line"], start?["character"], end?["line"], end?["character"]].map { $0 ?? -1 }
    }

    /// `text` with LSP text edits applied (non-overlapping, any order).
    static func apply(_ edits: [[String: Any]], to text: String) -> String {
        let file = SourceFile(path: "page.md", text: text)
        let map = PositionMap(file)
        var bytes = file.bytes
        let located = edits.map { edit -> (Range<Int>, String) in
            let range = edit["range"] as! [String: Any]
            func position(_ key: String) -> Position {
                let value = range[key] as! [String: Int]
                return Position(line: value["line"]!, character: value["character"]!)
            }
            return (map.offset(of: position("start"))..<map.offset(of: position("end")), edit["newText"] as! String)
        }
        for (range, newText) in located.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            bytes.replaceSubrange(range, with: Array(newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "formcheck-lsp-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) {
        let file = (path as NSString).appendingPathComponent(name)
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func uri(_ name: String) -> String { URL(fileURLWithPath: (path as NSString).appendingPathComponent(name)).absoluteString }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A clean page of `Samples/` (the built-in pack gives it no finding).
enum SamplePage {
    static let text = try! String(contentsOfFile: PackageRoot.path("Samples/box-jump.md"), encoding: .utf8)
}
