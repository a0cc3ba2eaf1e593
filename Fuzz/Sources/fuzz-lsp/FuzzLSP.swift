import Foundation
import FormCheckLSP

/// Sessions shared by every input's server: the built-in pack is loaded once per process.
nonisolated(unsafe) let sessions = SessionCache()

/// One input is fed to a fresh language server three ways, each without debounce (a change
/// is linted at once, so a run is a plain function of its input): as the raw stream
/// (framed or not, read in chunks whose size the first byte picks), as the body of one
/// framed message after `initialize`, and as the text of an open page that is then
/// changed, hovered, completed and asked for code actions at positions taken from the
/// input. The server must neither crash nor hang (libFuzzer's -timeout).
@main enum FuzzLSP {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return fuzzLSP(UnsafePointer(bitPattern: 1)!, 0) }
            return fuzzLSP(data, size)
        })
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    rawStream(bytes)
    framedBody(bytes)
    pageText(bytes)
    return 0
}

func makeServer() -> LanguageServer {
    LanguageServer(options: .init(debounce: 0), queue: nil, sessions: sessions, send: { _ in })
}

func frame(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

let initialize = frame(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#)
    + frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)

/// The bytes as they would come from a client, in chunks of 1 to 256 bytes.
func rawStream(_ bytes: [UInt8]) {
    let server = makeServer()
    let chunk = Int(bytes.first ?? 0) + 1
    var index = 0
    while index < bytes.count {
        server.receive(bytes[index..<min(index + chunk, bytes.count)])
        index += chunk
    }
    _ = server.endOfInput()
}

/// The bytes as one message's body, to a server that is initialized.
func framedBody(_ bytes: [UInt8]) {
    let server = makeServer()
    server.receive(initialize + MessageFramer.frame(bytes))
}

/// The bytes as a page: opened, changed, and asked about at positions from the input.
func pageText(_ bytes: [UInt8]) {
    let server = makeServer()
    let text = String(decoding: bytes, as: UTF8.self)
    let encoder = JSONEncoder()
    func json(_ value: String) -> String { String(decoding: try! encoder.encode(value), as: UTF8.self) }
    let uri = #""file:///fuzz-lsp/page.md""#
    var stream = initialize
    stream += frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":\#(uri),"languageId":"markdown","version":1,"text":\#(json(text))}}}"#)
    stream += frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":\#(uri),"version":2},"contentChanges":[{"text":\#(json(text + "\n## "))}]}}"#)
    let lines = max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count)
    for (id, seed) in bytes.prefix(4).enumerated() {
        let position = #"{"line":\#(Int(seed) % (lines + 1)),"character":\#(Int(seed) % 40)}"#
        let document = #"{"uri":\#(uri)}"#
        stream += frame(#"{"jsonrpc":"2.0","id":\#(3 * id + 1),"method":"textDocument/hover","params":{"textDocument":\#(document),"position":\#(position)}}"#)
        stream += frame(#"{"jsonrpc":"2.0","id":\#(3 * id + 2),"method":"textDocument/completion","params":{"textDocument":\#(document),"position":\#(position)}}"#)
        stream += frame(#"{"jsonrpc":"2.0","id":\#(3 * id + 3),"method":"textDocument/codeAction","params":{"textDocument":\#(document),"range":{"start":{"line":0,"character":0},"end":\#(position)},"context":{"diagnostics":[]}}}"#)
    }
    stream += frame(#"{"jsonrpc":"2.0","id":99,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
    server.receive(stream)
    guard server.exitCode == 0 else { fatalError("the server did not exit cleanly after shutdown and exit: \(String(describing: server.exitCode))") }
}
