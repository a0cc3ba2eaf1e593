import Foundation

/// The parent process: generates each size once, runs every mode `repeats` times in a
/// fresh child process (so VmHWM is that measurement's own peak), and prints medians.
struct Harness {
    var options: Options

    func run() throws {
        let exercises: [Exercise]
        switch Catalog.load(path: options.catalogPath) {
        case .success(let catalog):
            exercises = catalog
            print("Pages drawn from \(catalog.count) exercises of \(options.catalogPath)")
        case .failure(let unavailable):
            var generator = SplitMix64(seed: options.seed ^ 0xC0FFEE)
            exercises = (0..<500).map { _ in Vocabulary.randomExercise(using: &generator) }
            print("Catalog skipped: \(unavailable.reason)")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-bench-\(getpid())")
        defer { if !options.keep { try? FileManager.default.removeItem(at: root) } }
        let generator = PageGenerator(exercises: exercises, seed: options.seed, defectRate: options.defectRate)
        print("Seed \(options.seed), \(Int(options.defectRate * 100))% pages with one defect, median of \(options.repeats) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
        var rows: [ReportRow] = []
        var referenceReports: [String] = []
        for size in options.sizes {
            let directory = root.appendingPathComponent("pages-\(size)")
            let bytes = try generator.write(count: size, into: directory)
            print("Generated \(size) pages (\(String(format: "%.1f", Double(bytes) / 1_048_576)) MB) in \(directory.path)")
            var medians: [Mode: Sample] = [:]
            for mode in Mode.allCases {
                let samples = try (0..<options.repeats).map { _ in try child(mode, directory.path) }
                medians[mode] = Self.median(samples)
            }
            rows.append(ReportRow(pages: size, bytes: bytes, samples: medians))
            if !options.keep { try? FileManager.default.removeItem(at: directory) }
            if options.references > 0 {
                let folder = root.appendingPathComponent("references-\(size)")
                let bench = ReferenceBench(generator: generator, listings: options.references, repeats: options.repeats)
                referenceReports.append(try bench.run(pages: size, root: folder))
                if !options.keep { try? FileManager.default.removeItem(at: folder) }
            }
        }
        print()
        print(Report(rows: rows).text)
        for report in referenceReports { print("\n" + report) }
        if options.keep { print("Pages kept in \(root.path)") }
    }

    /// The sample with the median wall time; its CPU time and peak memory are the
    /// medians of theirs (each taken on its own).
    static func median(_ samples: [Sample]) -> Sample {
        let byTime = samples.sorted { $0.seconds < $1.seconds }
        var middle = byTime[byTime.count / 2]
        middle.cpuSeconds = samples.map(\.cpuSeconds).sorted()[samples.count / 2]
        middle.peakKiB = samples.map(\.peakKiB).sorted()[samples.count / 2]
        middle.startKiB = samples.map(\.startKiB).sorted()[samples.count / 2]
        return middle
    }

    private func child(_ mode: Mode, _ directory: String) throws -> Sample {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = ["--child", mode.rawValue, directory]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let sample = Sample(line: text) else {
            throw BenchError("child \(mode.rawValue) failed (status \(process.terminationStatus)): \(text)")
        }
        return sample
    }

    private var executablePath: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
