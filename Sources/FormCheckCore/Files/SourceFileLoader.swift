import Foundation

public enum SourceFileLoader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot read file: \(reason)" }
    }

    /// Reads a file's bytes; failures (missing, a directory, a FIFO or device, a broken or
    /// looping link, unreadable) become `Failure`.
    public static func load(_ path: String) throws(Failure) -> SourceFile {
        switch FileKind(path: path) {
        case .regular: break
        case .missing: throw Failure(path: path, reason: "no such file")
        case .brokenLink: throw Failure(path: path, reason: "symbolic link to a missing file, or a loop of links")
        case .directory: throw Failure(path: path, reason: "is a directory")
        case .special(let name): throw Failure(path: path, reason: "is \(name), not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure(path: path, reason: "permission denied") }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return SourceFile(path: path, bytes: [UInt8](data))
        } catch {
            throw Failure(path: path, reason: error.localizedDescription)
        }
    }
}
