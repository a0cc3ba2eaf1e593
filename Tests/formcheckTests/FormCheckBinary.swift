import Foundation
import Testing
import TestSupport

/// Runs the built `formcheck` binary, the one `swift test` builds next to the test bundle.
struct FormCheckBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (`PackageRoot`, in TestSupport).
    static let root = PackageRoot.url

    /// The built binary (`FormCheckExecutable`, in TestSupport).
    static let url: URL? = FormCheckExecutable.url

    /// Runs `formcheck arguments` in `directory` (the repository root by default) with
    /// `environment` added to this process's environment.
    static func run(
        _ arguments: [String], in directory: URL = root, environment: [String: String] = [:]
    ) throws -> Run {
        let binary = try #require(url, "formcheck binary not found next to the test bundle; run `swift build` first")
        return try launch(binary, arguments, in: directory, environment: environment)
    }

    static func launch(
        _ executable: URL, _ arguments: [String], in directory: URL = root, environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if environment["NO_COLOR"] == nil { env["NO_COLOR"] = nil }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read stderr on another thread so neither pipe can fill up and block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
