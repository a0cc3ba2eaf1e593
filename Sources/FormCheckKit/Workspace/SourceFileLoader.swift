import Foundation

public enum SourceFileLoader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot read file: \(reason)" }
    }

    /// Reads a file's bytes; failures (missing, a directory, unreadable) become `Failure`.
    public static func load(_ path: String) throws(Failure) -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(path: path, reason: "is a directory") }
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
