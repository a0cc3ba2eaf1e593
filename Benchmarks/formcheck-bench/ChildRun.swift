import Dispatch
import Foundation
import FormCheckKit
internal import CCmarkGFM

/// The measured side: runs one mode over one directory in this (fresh) process.
enum ChildRun {
    static func run(_ mode: Mode, directory: String) throws -> Sample {
        let paths = try FileCollector().collect([directory])
        let linter = [.lintSequential, .lintParallel, .catalogPass].contains(mode) ? Linter(ruleSet: try PackLoader.load(PackLoader.defaultPack)) : nil
        // The catalog pass runs over records the (unmeasured) lint collected.
        let records = mode == .catalogPass ? linter!.lint(paths: paths, collecting: [.links, .catalog]).catalog : []
        // The page cache sits beside the pages (never among them), removed before a cold run.
        let cacheDirectory = directory + "-cache"
        if mode == .lintCold { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let session = mode == .lintCold || mode == .lintCached
            ? LintSession(ruleSet: try PackLoader.load(PackLoader.defaultPack), cacheDirectory: cacheDirectory) : nil
        let clock = ContinuousClock()
        var bytes = 0
        var diagnostics = 0
        let startKiB = PeakMemory.kib(field: "VmRSS:")
        let cpuBefore = CPUTime.seconds()
        let elapsed = try clock.measure {
            switch mode {
            case .cmark:
                for path in paths { bytes += try bareParse(SourceFileLoader.load(path)) }
            case .parse:
                for path in paths {
                    let document = MarkdownParser.parse(try SourceFileLoader.load(path))
                    bytes += document.source.bytes.count
                }
            case .lintSequential:
                for path in paths {
                    let document = MarkdownParser.parse(try SourceFileLoader.load(path))
                    bytes += document.source.bytes.count
                    diagnostics += linter!.lint(document).count
                }
            case .lintParallel:
                // As `formcheck lint` runs it: links kept for the (offline) link check and the
                // catalog rules' records, no page facts.
                let result = linter!.lint(paths: paths, collecting: [.links, .catalog])
                guard result.failures.isEmpty else { throw BenchError(result.failures.joined(separator: "\n")) }
                diagnostics = result.files.reduce(0) { $0 + $1.diagnostics.count }
            case .catalogPass:
                diagnostics = CatalogPass(ruleSet: linter!.ruleSet).run(records).count
            case .lintCold, .lintCached:
                let result = Self.wait { await session!.lintAndCheckLinks(paths, links: LinkCheckOptions(mode: .offline, cacheMaxAge: nil)) }
                guard result.failures.isEmpty else { throw BenchError(result.failures.joined(separator: "\n")) }
                diagnostics = result.files.reduce(0) { $0 + $1.diagnostics.count }
            }
        }
        let cpu = CPUTime.seconds() - cpuBefore
        if [.lintParallel, .catalogPass, .lintCold, .lintCached].contains(mode) { bytes = paths.reduce(0) { $0 + ((try? fileSize($1)) ?? 0) } }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Sample(seconds: seconds, cpuSeconds: cpu, bytes: bytes, files: paths.count, diagnostics: diagnostics, peakKiB: PeakMemory.kib(), startKiB: startKiB)
    }

    /// The result of async work, waited for on this (non-async) thread.
    private static func wait<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
        let box = WaitBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// cmark-gfm alone, with the options and extensions `MarkdownParser` uses; returns the byte count.
    private static func bareParse(_ file: SourceFile) -> Int {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(formcheck_cmark_opt_sourcepos) else { return 0 }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        file.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        if let root = cmark_parser_finish(parser) { cmark_node_free(root) }
        return file.bytes.count
    }

    private static func fileSize(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// CPU time of this process so far, user + system, all threads.
enum CPUTime {
    static func seconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports an enum; the call takes its raw value
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return value(usage.ru_utime) + value(usage.ru_stime)
    }
}

/// Peak (or, with `field: "VmRSS:"`, current) resident memory of this process, from
/// /proc/self/status (Linux; 0 elsewhere).
enum PeakMemory {
    static func kib(field: String = "VmHWM:") -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}

/// Carries one value out of a task to the thread waiting for it.
private final class WaitBox<Value>: @unchecked Sendable {
    var value: Value?
}
