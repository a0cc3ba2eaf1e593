import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Replaces a file's bytes atomically: a temporary file in the same directory, given the
/// file's permissions (and owner, when allowed), then renamed over it. A symbolic link is
/// followed, so the link stays a link.
public enum AtomicWriter {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write fixes: \(reason)" }
    }

    /// - Parameter temporaryPath: where to write first, given the target's real path (tests
    ///   point it somewhere unwritable to test the failure).
    public static func write(
        _ bytes: [UInt8], to path: String,
        temporaryPath: (String) -> String = { $0 + ".formcheck-" + String(UInt32.random(in: 0...UInt32.max), radix: 16) + ".tmp" }
    ) throws(Failure) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var status = stat()
        guard stat(target, &status) == 0 else { throw Failure(path: path, reason: Self.errorText()) }
        let mode = status.st_mode & 0o7777
        // Root may write anything; a file nobody may write is still left alone.
        guard mode & 0o222 != 0, access(target, W_OK) == 0 else { throw Failure(path: path, reason: "the file is read-only") }
        let temporary = temporaryPath(target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot create \(temporary): " + Self.errorText()) }
        var failure: String?
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = Self.errorText()
                    return
                }
                written += count
            }
        }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = Self.errorText() }
        _ = fchown(descriptor, status.st_uid, status.st_gid)  // allowed for root or the same owner; else kept as created
        if failure == nil, fsync(descriptor) != 0 { failure = Self.errorText() }
        close(descriptor)
        if failure == nil, rename(temporary, target) != 0 { failure = Self.errorText() }
        if let failure {
            unlink(temporary)
            throw Failure(path: path, reason: failure)
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
