import Foundation

/// `--changed-since REF`: the files git reports as changed between REF and the working
/// tree (committed, staged or not), plus untracked files, as standardized absolute paths.
public enum ChangedFiles {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func since(_ reference: String) throws(Failure) -> Set<String> {
        let root = try git(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let changed = try git(["diff", "--name-only", "--no-renames", "--diff-filter=d", reference, "--"])
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "--full-name"])
        let names = (changed + "\n" + untracked).split(separator: "\n").map(String.init)
        return Set(names.map { URL(fileURLWithPath: root).appendingPathComponent($0).standardizedFileURL.path })
    }

    public static func contains(_ changed: Set<String>, _ path: String) -> Bool {
        changed.contains(URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path)
            || changed.contains(URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    private static func git(_ arguments: [String]) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")) failed: \(errorText.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
