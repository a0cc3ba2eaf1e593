import Foundation

/// Runs a ``LanguageServer`` over standard input and output until `exit` or the end of
/// input. Reads happen on the calling thread; each read is handled on the server's queue,
/// where debounced lints also run, so the server's state is touched by one thread at a time.
public enum StdioServer {
    /// Serves until the client says `exit` (0 after `shutdown`, 1 without) or closes
    /// standard input (0 after `shutdown`, else 1); returns the exit code.
    public static func run(options: LanguageServer.Options = .init()) -> Int32 {
        signal(SIGPIPE, SIG_IGN)   // a client gone while we write is the end of input, not a crash
        let queue = DispatchQueue(label: "formcheck.lsp")
        let output = FileHandle.standardOutput
        let server = LanguageServer(
            options: options, queue: queue,
            send: { bytes in try? output.write(contentsOf: bytes) },
            log: { line in try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8)) })
        let input = FileHandle.standardInput
        while true {
            let data = input.availableData
            if data.isEmpty { break }
            if let code = queue.sync(execute: { server.receive(data); return server.exitCode }) { return code }
        }
        return queue.sync { server.endOfInput() }
    }
}
