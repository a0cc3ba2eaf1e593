import Foundation

/// Cuts a byte stream into LSP messages: `Content-Length: N` headers (other headers
/// ignored, names in any case) ending in an empty line, then N bytes of body.
///
/// Garbage never stops the stream: bytes before a frame's `Content-Length` on its line
/// are skipped, a header block without a valid length is dropped
/// (reported as `.malformed`), a header block that never ends is dropped once it passes
/// `maximumHeaderLength`, and a length above `maximumContentLength` is refused before any
/// of the body is kept.
public struct MessageFramer: Sendable {
    /// Longest header block kept while waiting for its end.
    public static let maximumHeaderLength = 8_192
    /// Largest body accepted (64 MiB).
    public static let maximumContentLength = 64 << 20

    /// What the stream gave next.
    public enum Frame: Equatable, Sendable {
        /// One message's body.
        case message([UInt8])
        /// Bytes dropped, and why.
        case malformed(String)
    }

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already consumed (compacted when they pass half of it).
    private var start = 0
    /// The body length announced by the header block already consumed, while its body arrives.
    private var pendingLength: Int?

    public init() {}

    /// Bytes received but not yet part of a frame.
    public var bufferedCount: Int { buffer.count - start }

    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        defer { compact() }
        if let length = pendingLength {
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<start + length])
            start += length
            pendingLength = nil
            return .message(body)
        }
        guard let end = headerEnd() else {
            guard buffer.count - start > Self.maximumHeaderLength else { return nil }
            // Keep the last 3 bytes: they may begin the "\r\n\r\n" of a real header.
            start = buffer.count - 3
            return .malformed("a header longer than \(Self.maximumHeaderLength) bytes without an empty line; dropped")
        }
        let header = buffer[start..<end]
        start = end + 4
        switch Self.contentLength(in: header) {
        case .success(let length):
            pendingLength = length
            return next()
        case .failure(let reason):
            return .malformed(reason.message)
        }
    }

    private struct Reason: Error { var message: String }

    /// The value of the `Content-Length` header.
    private static func contentLength(in header: ArraySlice<UInt8>) -> Result<Int, Reason> {
        let text = String(decoding: header, as: UTF8.self)
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            // The name may follow junk on its line (bytes before a frame run into it).
            let lowered = line.lowercased()
            guard let name = lowered.range(of: "content-length", options: .backwards) else { continue }
            let rest = lowered[name.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard rest.first == ":" else { continue }
            let value = rest.dropFirst().trimmed(of: " \t")
            guard !value.isEmpty, value.utf8.count <= 10, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let length = Int(value) else {
                return .failure(Reason(message: "Content-Length '\(value.prefix(40))' is not a number; header dropped"))
            }
            guard length <= maximumContentLength else {
                return .failure(Reason(message: "Content-Length \(length) is above the limit of \(maximumContentLength) bytes; header dropped"))
            }
            return .success(length)
        }
        return .failure(Reason(message: "a header without Content-Length; dropped"))
    }

    /// The offset of the "\r\n\r\n" that ends the header block at `start`.
    private func headerEnd() -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    private mutating func compact() {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// One message framed for the wire.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension StringProtocol {
    fileprivate func trimmed(of set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
